package coop.spokes.timesheet.infra;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.platform.time.RecordWindow;
import coop.spokes.testing.TestDatabases;
import coop.spokes.testing.TestDatabases.Kind;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Approved volunteer minutes count for the membership each entry was logged for, never for another
 * membership of the same person, on both databases. One person (account 1) was a member in
 * Barcelona (member 1, now LEFT) and is one in Sheffield (member 2): 60 approved minutes for
 * Barcelona, 90 for Sheffield, 30 for no membership, and 45 still submitted.
 */
class VolunteerMinutesPersistenceTest {
  static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  static final LocalDate TO = LocalDate.of(2026, 12, 31);
  static final OffsetDateTime AS_OF = OffsetDateTime.of(2026, 12, 1, 0, 0, 0, 0, ZoneOffset.UTC);

  @ParameterizedTest
  @EnumSource(Kind.class)
  void minutesCountOnlyForTheMembershipTheyWereLoggedForOn(Kind kind) {
    DataSource ds = seeded(kind);

    Map<Long, Long> both = minutes(ds, List.of(1L, 2L));
    Map<Long, Long> sheffield = minutes(ds, List.of(2L));

    assertThat(both).containsExactlyInAnyOrderEntriesOf(Map.of(1L, 60L, 2L, 90L));
    assertThat(sheffield).containsExactlyEntriesOf(Map.of(2L, 90L));
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void manyMembershipsAreReadAsTheirRangeKeepingOnlyThoseAskedOn(Kind kind) {
    DataSource ds = seeded(kind);
    List<Long> many =
        java.util.stream.Stream.concat(
                java.util.stream.Stream.of(1L),
                java.util.stream.LongStream.range(1000, 1000 + TimesheetRepository.LISTED_MEMBERS)
                    .boxed())
            .toList();

    // the range 1..1099 holds member 2 too, who was not asked for
    assertThat(minutes(ds, many)).containsExactlyEntriesOf(Map.of(1L, 60L));
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void minutesAreWalkedPerMembershipForAnApprovalWindowOn(Kind kind) {
    DataSource ds = seeded(kind);
    EntityManager em = TestDatabases.entityManagers(ds).createEntityManager();
    try {
      TimesheetRepository repo = new TimesheetRepository();
      repo.em = em;
      List<long[]> all = repo.giftMinutesByMember(RecordWindow.dated(FROM, TO), Long.MIN_VALUE, 10);
      assertThat(all).extracting(r -> r[0] + ":" + r[1]).containsExactly("1:60", "2:90");
      assertThat(repo.giftMinutesByMember(RecordWindow.dated(FROM, TO), 1L, 10))
          .extracting(r -> r[0])
          .containsExactly(2L);
      assertThat(repo.giftMinutesByMember(RecordWindow.dated(FROM, TO), Long.MIN_VALUE, 1))
          .hasSize(1);
      // Nothing was approved after the end of the year, everything before.
      assertThat(
              repo.giftMinutesByMember(
                  new RecordWindow(FROM, TO, AS_OF.plusMonths(1), null), Long.MIN_VALUE, 10))
          .isEmpty();
      assertThat(
              repo.giftMinutesByMember(
                  new RecordWindow(FROM, TO, null, AS_OF.plusMonths(1)), Long.MIN_VALUE, 10))
          .hasSize(2);
    } finally {
      em.close();
    }
  }

  private static Map<Long, Long> minutes(DataSource ds, List<Long> members) {
    EntityManager em = TestDatabases.entityManagers(ds).createEntityManager();
    try {
      TimesheetRepository repo = new TimesheetRepository();
      repo.em = em;
      return repo.approvedGiftMinutes(members, FROM, TO, AS_OF);
    } finally {
      em.close();
    }
  }

  private static DataSource seeded(Kind kind) {
    DataSource ds = TestDatabases.fresh(kind);
    TestDatabases.insertCustodian(ds, 1);
    TestDatabases.execute(
        ds,
        "insert into identity_user_account (id, email, display_name, language, time_zone, enabled,"
            + " created_at) values (1, 'ops@example.org', 'Ops Person', 'en', 'Europe/Madrid',"
            + " true, timestamp with time zone '2026-01-01 00:00:00+00')");
    member(ds, 1, 1, "LEFT", "null");
    member(ds, 2, 2, "ACTIVE", "1");
    TestDatabases.execute(ds, "insert into timesheet_circle (id, name) values (1, 'Tech ops')");
    TestDatabases.execute(
        ds, "insert into timesheet_activity (id, circle_id, name) values (1, 1, 'On call')");
    entry(ds, 11, "1", "APPROVED", 60);
    entry(ds, 12, "2", "APPROVED", 90);
    entry(ds, 13, "null", "APPROVED", 30);
    entry(ds, 14, "2", "SUBMITTED", 45);
    return ds;
  }

  private static void member(DataSource ds, long id, long seq, String status, String live) {
    TestDatabases.execute(
        ds,
        "insert into membership_member (id, custodian_id, number_seq, member_number, member_class,"
            + " kind, display_name, sort_name, country, email, language, status, joined_on,"
            + " account_id, live_account_id) values ("
            + id
            + ", 1, "
            + seq
            + ", 'ES-"
            + seq
            + "', 'CONSUMER', 'PERSON', 'Ops Person', 'ops person', 'ES', 'ops@example.org', 'en',"
            + " '"
            + status
            + "', date '2025-01-01', 1, "
            + live
            + ")");
  }

  private static void entry(DataSource ds, long id, String member, String status, int minutes) {
    TestDatabases.execute(
        ds,
        "insert into timesheet_entry (id, circle_id, activity_id, user_id, member_id, kind,"
            + " started_at, ended_at, local_date, minutes, status, decided_at) values ("
            + id
            + ", 1, 1, 1, "
            + member
            + ", 'GIFT', timestamp with time zone '2026-03-03 08:00:00+00',"
            + " timestamp with time zone '2026-03-03 08:00:00+00' + interval '"
            + minutes
            + "' minute, date '2026-03-03', "
            + minutes
            + ", '"
            + status
            + "', timestamp with time zone '2026-03-05 08:00:00+00')");
  }
}
