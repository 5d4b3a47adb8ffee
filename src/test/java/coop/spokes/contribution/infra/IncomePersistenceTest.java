package coop.spokes.contribution.infra;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.contribution.infra.PaymentRepository.MemberIncome;
import coop.spokes.platform.time.RecordWindow;
import coop.spokes.testing.TestDatabases;
import coop.spokes.testing.TestDatabases.Kind;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Income for the reports on both databases: payments summed per member, custodian and currency in
 * the database, for the days they were received and the window they were recorded in (a closed
 * month counts only what was recorded by its close), reversals counting against their payment,
 * walked a page of members at a time.
 */
class IncomePersistenceTest {
  static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
  static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);
  static final OffsetDateTime MARCH_CLOSED =
      OffsetDateTime.of(2026, 4, 8, 17, 0, 0, 0, ZoneOffset.UTC);

  @ParameterizedTest
  @EnumSource(Kind.class)
  void paymentsAreSummedPerMemberForTheDaysAndTheRecordingWindowOn(Kind kind) {
    DataSource ds = seeded(kind);

    // Everything received in March, whenever recorded.
    assertThat(read(ds, null, new RecordWindow(MARCH_1, MARCH_31, null, null), Long.MIN_VALUE, 10))
        .containsExactly(
            new MemberIncome(1, 1, "EUR", new java.math.BigDecimal("70.0000")),
            new MemberIncome(2, 2, "GBP", new java.math.BigDecimal("25.0000")),
            new MemberIncome(1, 3, "EUR", new java.math.BigDecimal("15.0000")));
    // What March counted when it was closed: not the payment of member 3 recorded after.
    assertThat(
            read(
                ds,
                null,
                new RecordWindow(MARCH_1, MARCH_31, null, MARCH_CLOSED),
                Long.MIN_VALUE,
                10))
        .extracting(MemberIncome::memberId)
        .containsExactly(1L, 2L);
    // The correction: received in March, recorded after its close.
    assertThat(
            read(
                ds,
                null,
                new RecordWindow(MARCH_1, MARCH_31, MARCH_CLOSED, null),
                Long.MIN_VALUE,
                10))
        .extracting(MemberIncome::memberId)
        .containsExactly(3L);
    // One custodian only; and the walk goes on after a member.
    assertThat(read(ds, 2L, new RecordWindow(MARCH_1, MARCH_31, null, null), Long.MIN_VALUE, 10))
        .extracting(MemberIncome::memberId)
        .containsExactly(2L);
    assertThat(read(ds, null, new RecordWindow(MARCH_1, MARCH_31, null, null), 1L, 1))
        .extracting(MemberIncome::memberId)
        .containsExactly(2L);
  }

  private static List<MemberIncome> read(
      DataSource ds, Long custodian, RecordWindow window, long after, int max) {
    EntityManager em = TestDatabases.entityManagers(ds).createEntityManager();
    try {
      PaymentRepository repo = new PaymentRepository();
      repo.em = em;
      return repo.incomeByMember(custodian, window, after, max);
    } finally {
      em.close();
    }
  }

  private static DataSource seeded(Kind kind) {
    DataSource ds = TestDatabases.fresh(kind);
    TestDatabases.insertCustodian(ds, 1);
    TestDatabases.insertCustodian(ds, 2, "UK", "GBP");
    TestDatabases.insertAccount(ds, 1);
    for (long m = 1; m <= 3; m++) {
      TestDatabases.insertMember(ds, m, m == 2 ? 2 : 1, "CONSUMER");
    }
    TestDatabases.insertPayment(ds, 1, 1, 1, "50", "2026-03-03", "2026-03-03 10:00:00");
    TestDatabases.insertPayment(ds, 2, 1, 1, "30", "2026-03-20", "2026-03-21 10:00:00");
    TestDatabases.insertPayment(
        ds, 3, 1, 1, "-10", "2026-03-25", "2026-03-25 10:00:00"); // a reversal
    TestDatabases.insertPayment(ds, 4, 2, 2, "25", "2026-03-10", "2026-03-10 10:00:00");
    TestDatabases.insertPayment(
        ds, 5, 3, 1, "15", "2026-03-30", "2026-04-09 09:00:00"); // recorded after the close
    TestDatabases.insertPayment(ds, 6, 1, 1, "99", "2026-04-01", "2026-04-01 10:00:00"); // April
    return ds;
  }
}
