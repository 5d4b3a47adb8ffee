package coop.spokes.transparency.infra;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.platform.approval.ApprovalTally;
import coop.spokes.platform.time.RecordWindow;
import coop.spokes.testing.TestDatabases;
import coop.spokes.testing.TestDatabases.Kind;
import coop.spokes.transparency.model.Approvers;
import coop.spokes.transparency.model.ClosedMonth;
import coop.spokes.transparency.model.ExchangeRate;
import coop.spokes.transparency.model.Expense;
import coop.spokes.transparency.model.ExpenseDetails;
import coop.spokes.transparency.model.ExpenseState;
import coop.spokes.transparency.model.Receipt;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The expense tables on both databases: who an expense waits for (the custodian's treasurers, the
 * treasurers of all custodians only where its own were too few, never the claimant nor the payee,
 * nor whoever approved it already), lists per custodian sorted in the database, receipts kept in
 * the row, rates and closed months.
 */
class ExpenseRepositoryPersistenceTest {
  static final OffsetDateTime NOW = OffsetDateTime.of(2026, 5, 10, 9, 0, 0, 0, ZoneOffset.UTC);
  static final long MARC = 13;
  static final long JORDI = 7;
  static final long TEO = 2;

  @ParameterizedTest
  @EnumSource(Kind.class)
  void anExpenseWaitsForItsPoolOnly(Kind kind) {
    EntityManagerFactory emf = seeded(kind);
    long small = in(emf, r -> add(r, 1, "40", new Approvers(1, false)));
    long large = in(emf, r -> add(r, 1, "400", new Approvers(2, true)));
    long other = in(emf, r -> add(r, 2, "10", new Approvers(1, false)));

    // Jordi, treasurer of custodian 1: both of custodian 1's; Teo, of all: only the central one.
    assertThat(
            ExpenseRepositoryPersistenceTest.<List<Long>>in(
                emf, r -> ids(r.waitingFor(JORDI, List.of(1L), false, 0, 10))))
        .containsExactly(small, large);
    assertThat(
            ExpenseRepositoryPersistenceTest.<List<Long>>in(
                emf, r -> ids(r.waitingFor(TEO, List.of(), true, 0, 10))))
        .containsExactly(large);
    assertThat(
            ExpenseRepositoryPersistenceTest.<Long>in(
                emf, r -> r.countWaitingFor(TEO, List.of(), true)))
        .isEqualTo(1);
    // The claimant waits for nobody's approval of his own claim, whatever his grants.
    assertThat(
            ExpenseRepositoryPersistenceTest.<Long>in(
                emf, r -> r.countWaitingFor(MARC, List.of(1L, 2L), true)))
        .isZero();

    // Once Jordi approved the larger one, it waits only for another treasurer.
    in(
        emf,
        r -> {
          return r.em
              .createNativeQuery(
                  "insert into platform_approval (subject_type, subject_id, approver_id,"
                      + " approved_at) values (?1, ?2, ?3, ?4)")
              .setParameter(1, Expense.APPROVAL_SUBJECT)
              .setParameter(2, large)
              .setParameter(3, JORDI)
              .setParameter(4, NOW)
              .executeUpdate();
        });
    assertThat(
            ExpenseRepositoryPersistenceTest.<List<Long>>in(
                emf, r -> ids(r.waitingFor(JORDI, List.of(1L), false, 0, 10))))
        .containsExactly(small);
    assertThat(
            ExpenseRepositoryPersistenceTest.<List<Long>>in(
                emf, r -> ids(r.waitingFor(TEO, List.of(), true, 0, 10))))
        .containsExactly(large);
    assertThat(
            ExpenseRepositoryPersistenceTest.<List<Long>>in(
                emf, r -> ids(r.ofCustodians(null, null, "amount", false, 0, 10))))
        .containsExactly(large, small, other);
    assertThat(
            ExpenseRepositoryPersistenceTest.<List<Long>>in(
                emf,
                r ->
                    ids(
                        r.ofCustodians(
                            List.of(1L), ExpenseState.SUBMITTED, "nonsense", true, 0, 1))))
        .hasSize(1);
    assertThat(
            ExpenseRepositoryPersistenceTest.<Long>in(
                emf, r -> r.countOfCustodians(List.of(2L), null)))
        .isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void receiptsRatesAndClosedMonthsAreKept(Kind kind) {
    EntityManagerFactory emf = seeded(kind);
    byte[] content = {'%', 'P', 'D', 'F', '-', '1'};
    long receipt =
        in(
            emf,
            r -> {
              Receipt x =
                  new Receipt(
                      1,
                      "ticket.pdf",
                      "application/pdf",
                      6,
                      "0".repeat(64),
                      content,
                      null,
                      MARC,
                      NOW);
              r.add(x);
              return x.getId();
            });
    assertThat(
            ExpenseRepositoryPersistenceTest.<byte[]>in(
                emf, r -> r.receipt(receipt).orElseThrow().getContent()))
        .isEqualTo(content);
    assertThat(
            ExpenseRepositoryPersistenceTest.<Object>in(
                emf, r -> r.receiptNames(List.of(receipt)).get(0)[1]))
        .isEqualTo("ticket.pdf");

    in(
        emf,
        r -> {
          r.em.persist(
              new ExchangeRate(
                  "GBP", YearMonth.of(2026, 4), new BigDecimal("1.16254"), "ECB", TEO, NOW));
          r.em.persist(new ClosedMonth(YearMonth.of(2026, 3), TEO, NOW.minusDays(20)));
          r.em.persist(new ClosedMonth(YearMonth.of(2026, 4), TEO, NOW));
          return null;
        });
    assertThat(
            ExpenseRepositoryPersistenceTest.<BigDecimal>in(
                emf, r -> ledger(r).rate("GBP", YearMonth.of(2026, 4)).orElseThrow().getRate()))
        .isEqualByComparingTo("1.16254");
    assertThat(
            ExpenseRepositoryPersistenceTest.<java.util.Optional<ExchangeRate>>in(
                emf, r -> ledger(r).rate("GBP", YearMonth.of(2026, 5))))
        .isEmpty();
    assertThat(
            ExpenseRepositoryPersistenceTest.<List<YearMonth>>in(
                emf, r -> ledger(r).closedMonths().stream().map(ClosedMonth::getMonth).toList()))
        .containsExactly(YearMonth.of(2026, 3), YearMonth.of(2026, 4));
    assertThat(
            ExpenseRepositoryPersistenceTest.<String>in(
                emf, r -> r.settings().getReportingCurrency()))
        .isEqualTo("EUR");
    assertThat(
            ExpenseRepositoryPersistenceTest.<Boolean>in(
                emf, r -> r.categories().get(1).isClaimable()))
        .isFalse();
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void approvedExpensesAreSummedPerCategoryForTheDaysAndTheApprovalWindow(Kind kind) {
    EntityManagerFactory emf = seeded(kind);
    long approved = in(emf, r -> add(r, 1, "40", new Approvers(1, false)));
    long late = in(emf, r -> add(r, 1, "60", new Approvers(1, false)));
    in(emf, r -> add(r, 1, "500", new Approvers(1, false))); // still waiting: counts nothing
    long other = in(emf, r -> add(r, 2, "10", new Approvers(1, false)));
    in(
        emf,
        r -> {
          r.find(approved).orElseThrow().approved(new ApprovalTally(1, 1), NOW);
          r.find(late).orElseThrow().approved(new ApprovalTally(1, 1), NOW.plusDays(30));
          r.find(other).orElseThrow().approved(new ApprovalTally(1, 1), NOW);
          return null;
        });
    LocalDate may1 = LocalDate.of(2026, 5, 1);
    LocalDate may31 = LocalDate.of(2026, 5, 31);

    List<ExpenseRepository.Spent> all =
        in(emf, r -> r.spent(null, RecordWindow.dated(may1, may31)));
    assertThat(all)
        .extracting(ExpenseRepository.Spent::custodianId, ExpenseRepository.Spent::payees)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, 1L),
            org.assertj.core.groups.Tuple.tuple(2L, 1L));
    assertThat(all.get(0).amount()).isEqualByComparingTo("100");
    // What was approved by a close on June 1st, and the correction after it.
    OffsetDateTime close = NOW.plusDays(22);
    assertThat(
            in(emf, r -> r.spent(1L, new RecordWindow(may1, may31, null, close))).get(0).amount())
        .isEqualByComparingTo("40");
    assertThat(
            in(emf, r -> r.spent(1L, new RecordWindow(may1, may31, close, null))).get(0).amount())
        .isEqualByComparingTo("60");
  }

  private static long add(ExpenseRepository r, long custodian, String amount, Approvers pool) {
    Expense e =
        new Expense(
            custodian,
            new ExpenseDetails(
                    "travel",
                    "Marc Riera",
                    null,
                    new BigDecimal(amount),
                    "EUR",
                    LocalDate.of(2026, 5, 2),
                    "Train " + amount)
                .checked(NOW.toLocalDate()),
            MARC,
            MARC,
            null,
            pool,
            NOW);
    r.add(e);
    return e.getId();
  }

  private static LedgerRepository ledger(ExpenseRepository r) {
    LedgerRepository l = new LedgerRepository();
    l.em = r.em;
    return l;
  }

  private static List<Long> ids(List<Expense> list) {
    return list.stream().map(Expense::getId).toList();
  }

  private static <T> T in(EntityManagerFactory emf, Function<ExpenseRepository, T> work) {
    return TestDatabases.inTransaction(
        emf,
        (EntityManager em) -> {
          ExpenseRepository r = new ExpenseRepository();
          r.em = em;
          return work.apply(r);
        });
  }

  private static EntityManagerFactory seeded(Kind kind) {
    DataSource ds = TestDatabases.fresh(kind);
    TestDatabases.insertCustodian(ds, 1);
    TestDatabases.insertCustodian(ds, 2, "UK", "GBP");
    for (long id : new long[] {TEO, JORDI, MARC}) {
      TestDatabases.insertAccount(ds, id);
    }
    return TestDatabases.entityManagers(ds);
  }
}
