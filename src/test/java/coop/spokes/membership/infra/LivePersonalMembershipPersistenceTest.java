package coop.spokes.membership.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.spokes.membership.model.ImportedMember;
import coop.spokes.membership.model.Member;
import coop.spokes.membership.model.MemberClass;
import coop.spokes.membership.model.MemberKind;
import coop.spokes.membership.model.MemberStatus;
import coop.spokes.testing.TestDatabases;
import coop.spokes.testing.TestDatabases.Kind;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One person holds at most one personal membership that is not LEFT, across all custodians: the
 * database refuses a second one (unique {@code live_account_id}), on H2 and PostgreSQL alike; once
 * the first is LEFT, another may take the account; the migration keeps the earliest of existing
 * duplicates and lists the others instead of failing; time entries are backfilled to the author's
 * live personal membership.
 */
class LivePersonalMembershipPersistenceTest {
  static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneOffset.UTC);

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aSecondLivePersonalMembershipOfOneAccountIsRefusedBySqlOn(Kind kind) {
    DataSource ds = TestDatabases.fresh(kind);
    seed(ds);
    insertMember(ds, 1, 1, 1, "PERSON", "ACTIVE", 7L, 7L);

    assertThatThrownBy(() -> insertMember(ds, 2, 2, 1, "PERSON", "ACTIVE", 7L, 7L))
        .as("the same account live on a second membership, at another custodian")
        .rootCause()
        .message()
        .containsIgnoringCase("membership_member_live_account");
    assertThatThrownBy(() -> insertMember(ds, 3, 2, 2, "PERSON", "LEFT", 7L, 7L))
        .as("a LEFT membership cannot claim the account as live (CHECK)")
        .rootCause()
        .message()
        .containsIgnoringCase("membership_member_live_account_matches");
    // Organisations, former members and unlinked members never clash.
    insertMember(ds, 4, 2, 3, "PERSON", "LEFT", 7L, null);
    insertMember(ds, 5, 2, 4, "ORGANISATION", "ACTIVE", null, null);
    insertMember(ds, 6, 2, 5, "PERSON", "ACTIVE", null, null);
    assertThat(TestDatabases.number(ds, "select count(*) from membership_member").intValue())
        .isEqualTo(4);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void attachingAnAccountThatIsLiveElsewhereIsRefusedUntilTheFirstIsLeftOn(Kind kind) {
    DataSource ds = TestDatabases.fresh(kind);
    seed(ds);
    EntityManagerFactory emf = TestDatabases.entityManagers(ds);
    long first =
        TestDatabases.inTransaction(
            emf,
            em -> {
              Member m = new Member(1, "ES", 1, line("first@example.org"));
              m.attach(7);
              em.persist(m);
              return m.getId();
            });
    long second =
        TestDatabases.inTransaction(
            emf,
            em -> {
              Member m = new Member(2, "UK", 1, line("first@example.org"));
              em.persist(m);
              return m.getId();
            });

    assertThatThrownBy(
            () ->
                TestDatabases.inTransaction(
                    emf,
                    em -> {
                      em.find(Member.class, second).attach(7);
                      em.flush();
                      return null;
                    }))
        .isInstanceOf(RuntimeException.class);
    TestDatabases.inTransaction(
        emf,
        em ->
            em.find(Member.class, first).changeStatus(MemberStatus.LEFT, null, "moved away", NOW));
    TestDatabases.inTransaction(
        emf,
        em -> {
          em.find(Member.class, second).attach(7);
          return null;
        });

    assertThat(liveOf(ds, first)).isNull();
    assertThat(liveOf(ds, second)).isEqualTo(7L);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void theMigrationKeepsTheEarliestDuplicateListsTheOthersAndBackfillsEntriesOn(Kind kind) {
    DataSource ds = TestDatabases.freshUnmigrated(kind);
    Flyway.configure()
        .dataSource(ds)
        .locations("classpath:db/migration")
        .target("15")
        .load()
        .migrate();
    seed(ds);
    // As an import could make before V16: account 7 live in Barcelona and in Sheffield.
    insertOld(ds, 1, 1, 1, 7L, "ACTIVE");
    insertOld(ds, 2, 2, 1, 7L, "LAPSED");
    insertOld(ds, 3, 2, 2, 8L, "LEFT");
    TestDatabases.execute(
        ds,
        "insert into timesheet_circle (id, name, approvals_required, active, version)"
            + " values (1, 'Ops', 1, true, 0)");
    TestDatabases.execute(
        ds,
        "insert into timesheet_activity (id, circle_id, name, active) values (1, 1, 'x', true)");
    entry(ds, 1, 7);
    entry(ds, 2, 8);

    TestDatabases.migrate(ds);

    assertThat(liveOf(ds, 1)).isEqualTo(7L);
    assertThat(liveOf(ds, 2)).isNull();
    assertThat(liveOf(ds, 3)).isNull();
    assertThat(
            TestDatabases.number(
                    ds,
                    "select count(*) from membership_live_account_conflict"
                        + " where member_id = 2 and account_id = 7 and kept_member_id = 1")
                .intValue())
        .isEqualTo(1);
    assertThat(TestDatabases.number(ds, "select member_id from timesheet_entry where id = 1"))
        .isEqualByComparingTo("1");
    assertThat(TestDatabases.number(ds, "select member_id from timesheet_entry where id = 2"))
        .as("a former member's entries count for their latest personal membership")
        .isEqualByComparingTo("3");
  }

  private static ImportedMember line(String email) {
    return new ImportedMember(
        null,
        "Oliver Bennett",
        email,
        MemberClass.CONSUMER,
        MemberKind.PERSON,
        "GB",
        "en",
        LocalDate.of(2025, 1, 1),
        MemberStatus.ACTIVE,
        null,
        null,
        email);
  }

  private static void seed(DataSource ds) {
    TestDatabases.insertCustodian(ds, 1);
    TestDatabases.execute(
        ds,
        "insert into custodian_coop (id, name, short_code, jurisdiction, currency,"
            + " default_language, languages, theme, contact_email, contact_address, created_at,"
            + " updated_at) values (2, 'Steel', 'UK', 'GB', 'GBP', 'en', 'en', 'default',"
            + " 'y@example.org', 'Lane 1', current_timestamp, current_timestamp)");
    for (long account : new long[] {7, 8}) {
      TestDatabases.execute(
          ds,
          "insert into identity_user_account (id, email, display_name, language, time_zone,"
              + " enabled, created_at) values ("
              + account
              + ", 'p"
              + account
              + "@example.org', 'P', 'en', 'UTC', true, current_timestamp)");
    }
  }

  private static void insertMember(
      DataSource ds,
      long id,
      long custodian,
      long seq,
      String kind,
      String status,
      Long account,
      Long live) {
    TestDatabases.execute(
        ds,
        "insert into membership_member (id, custodian_id, number_seq, member_number, member_class,"
            + " kind, display_name, sort_name, country, email, language, status, joined_on,"
            + " account_id, live_account_id) values ("
            + id
            + ", "
            + custodian
            + ", "
            + seq
            + ", 'X"
            + custodian
            + "-"
            + seq
            + "', 'CONSUMER', '"
            + kind
            + "', 'P', 'p', 'GB', 'p@example.org', 'en', '"
            + status
            + "', date '2025-01-01', "
            + account
            + ", "
            + live
            + ")");
  }

  private static void insertOld(
      DataSource ds, long id, long custodian, long seq, Long account, String status) {
    TestDatabases.execute(
        ds,
        "insert into membership_member (id, custodian_id, number_seq, member_number, member_class,"
            + " kind, display_name, sort_name, country, email, language, status, joined_on,"
            + " account_id) values ("
            + id
            + ", "
            + custodian
            + ", "
            + seq
            + ", 'X"
            + custodian
            + "-"
            + seq
            + "', 'CONSUMER', 'PERSON', 'P', 'p', 'GB', 'p@example.org', 'en', '"
            + status
            + "', date '2025-01-01', "
            + account
            + ")");
  }

  private static void entry(DataSource ds, long id, long user) {
    TestDatabases.execute(
        ds,
        "insert into timesheet_entry (id, circle_id, activity_id, user_id, kind, started_at,"
            + " ended_at, local_date, minutes, status) values ("
            + id
            + ", 1, 1, "
            + user
            + ", 'GIFT', timestamp with time zone '2026-10-05 08:00:00+00',"
            + " timestamp with time zone '2026-10-05 09:00:00+00', date '2026-10-05', 60,"
            + " 'APPROVED')");
  }

  private static Long liveOf(DataSource ds, long memberId) {
    java.math.BigDecimal v =
        TestDatabases.number(
            ds, "select live_account_id from membership_member where id = " + memberId);
    return v == null ? null : v.longValue();
  }
}
