package coop.spokes.contribution.infra;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.contribution.infra.PaymentRepository.MemberIncome;
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
    assertThat(read(ds, null, MARCH_1, MARCH_31, null, null, Long.MIN_VALUE, 10))
        .containsExactly(
            new MemberIncome(1, 1, "EUR", new java.math.BigDecimal("70.0000")),
            new MemberIncome(2, 2, "GBP", new java.math.BigDecimal("25.0000")),
            new MemberIncome(1, 3, "EUR", new java.math.BigDecimal("15.0000")));
    // What March counted when it was closed: not the payment of member 3 recorded after.
    assertThat(read(ds, null, MARCH_1, MARCH_31, null, MARCH_CLOSED, Long.MIN_VALUE, 10))
        .extracting(MemberIncome::memberId)
        .containsExactly(1L, 2L);
    // The correction: received in March, recorded after its close.
    assertThat(read(ds, null, MARCH_1, MARCH_31, MARCH_CLOSED, null, Long.MIN_VALUE, 10))
        .extracting(MemberIncome::memberId)
        .containsExactly(3L);
    // One custodian only; and the walk goes on after a member.
    assertThat(read(ds, 2L, MARCH_1, MARCH_31, null, null, Long.MIN_VALUE, 10))
        .extracting(MemberIncome::memberId)
        .containsExactly(2L);
    assertThat(read(ds, null, MARCH_1, MARCH_31, null, null, 1L, 1))
        .extracting(MemberIncome::memberId)
        .containsExactly(2L);
  }

  private static List<MemberIncome> read(
      DataSource ds,
      Long custodian,
      LocalDate from,
      LocalDate to,
      OffsetDateTime recordedFrom,
      OffsetDateTime recordedBefore,
      long after,
      int max) {
    EntityManager em = TestDatabases.entityManagers(ds).createEntityManager();
    try {
      PaymentRepository repo = new PaymentRepository();
      repo.em = em;
      return repo.incomeByMember(custodian, from, to, recordedFrom, recordedBefore, after, max);
    } finally {
      em.close();
    }
  }

  private static DataSource seeded(Kind kind) {
    DataSource ds = TestDatabases.fresh(kind);
    TestDatabases.insertCustodian(ds, 1);
    TestDatabases.execute(
        ds,
        "insert into custodian_coop (id, name, short_code, jurisdiction, currency,"
            + " default_language, languages, theme, contact_email, contact_address, created_at,"
            + " updated_at) values (2, 'Steel', 'UK', 'GB', 'GBP', 'en', 'en', 'default',"
            + " 'y@example.org', 'Forge Lane', current_timestamp, current_timestamp)");
    TestDatabases.execute(
        ds,
        "insert into identity_user_account (id, email, display_name, language, time_zone,"
            + " enabled, created_at) values (1, 'm@example.org', 'Manager', 'en', 'UTC', true,"
            + " timestamp with time zone '2026-01-01 00:00:00+00')");
    for (long m = 1; m <= 3; m++) {
      TestDatabases.execute(
          ds,
          "insert into membership_member (id, custodian_id, number_seq, member_number,"
              + " member_class, kind, display_name, sort_name, country, email, language, status,"
              + " joined_on) values ("
              + m
              + ", "
              + (m == 2 ? 2 : 1)
              + ", "
              + m
              + ", 'N-"
              + m
              + "', 'CONSUMER', 'PERSON', 'Member "
              + m
              + "', 'member "
              + m
              + "', 'ES', 'm"
              + m
              + "@example.org', 'ca', 'ACTIVE', date '2025-01-01')");
    }
    payment(ds, 1, 1, 1, "50", "2026-03-03", "2026-03-03 10:00:00");
    payment(ds, 2, 1, 1, "30", "2026-03-20", "2026-03-21 10:00:00");
    payment(ds, 3, 1, 1, "-10", "2026-03-25", "2026-03-25 10:00:00"); // a reversal
    payment(ds, 4, 2, 2, "25", "2026-03-10", "2026-03-10 10:00:00");
    payment(ds, 5, 3, 1, "15", "2026-03-30", "2026-04-09 09:00:00"); // recorded after the close
    payment(ds, 6, 1, 1, "99", "2026-04-01", "2026-04-01 10:00:00"); // April
    return ds;
  }

  private static void payment(
      DataSource ds,
      long id,
      long member,
      long custodian,
      String amount,
      String received,
      String recorded) {
    TestDatabases.execute(
        ds,
        "insert into contribution_payment (id, custodian_id, member_id, amount, currency,"
            + " received_on, fiscal_year, method, recorded_at, recorded_by, receipt_year,"
            + " receipt_seq, receipt_number) values ("
            + id
            + ", "
            + custodian
            + ", "
            + member
            + ", "
            + amount
            + ", '"
            + (custodian == 1 ? "EUR" : "GBP")
            + "', date '"
            + received
            + "', 2026, 'CASH', timestamp with time zone '"
            + recorded
            + "+00', 1, 2026, "
            + id
            + ", 'R-"
            + id
            + "')");
  }
}
