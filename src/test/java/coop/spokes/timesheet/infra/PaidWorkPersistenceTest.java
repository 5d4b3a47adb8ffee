package coop.spokes.timesheet.infra;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.platform.time.RecordWindow;
import coop.spokes.platform.time.RecordWindows;
import coop.spokes.testing.TestDatabases;
import coop.spokes.testing.TestDatabases.Kind;
import coop.spokes.timesheet.infra.TimesheetRepository.PaidGroup;
import coop.spokes.timesheet.infra.TimesheetRepository.PaidRow;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Paid work read for the cost lines, on both databases: each approved livelihood entry meets the
 * rate its circle had that day (the latest from on or before it), pages and totals come from the
 * database, and streaming after (day, id) visits every entry once.
 *
 * <p>Circle 1 is paid 20.00 EUR an hour from 1 January 2026 and 22.00 EUR from 1 March; circle 2
 * has no rate. Approved livelihood: 15 Feb 90 min (circle 1), 1 Mar 45 min (circle 1), 1 Mar 30 min
 * (circle 2), 2 Mar 45 min (circle 1). Not paid work: a gift entry, a submitted one, and one on 1
 * April, outside the period.
 */
class PaidWorkPersistenceTest {
  static final LocalDate FROM = LocalDate.of(2026, 2, 1);
  static final LocalDate TO = LocalDate.of(2026, 3, 31);

  @ParameterizedTest
  @EnumSource(Kind.class)
  void eachEntryMeetsTheRateOfItsDayAndPagesComeOldestOrNewestFirstOn(Kind kind) {
    DataSource ds = seeded(kind);

    List<PaidRow> oldest = read(ds, repo -> repo.paidWork(FROM, TO, null, false, 0, 10));
    List<PaidRow> newestTwo = read(ds, repo -> repo.paidWork(FROM, TO, null, true, 0, 2));
    List<PaidRow> secondPage = read(ds, repo -> repo.paidWork(FROM, TO, null, false, 2, 2));

    assertThat(oldest).extracting(PaidRow::entryId).containsExactly(11L, 12L, 13L, 14L);
    assertThat(oldest.get(0).day()).isEqualTo(LocalDate.of(2026, 2, 15));
    assertThat(oldest.get(0).hourlyRate()).isEqualByComparingTo("20.00");
    assertThat(oldest.get(0).currency()).isEqualTo("EUR");
    assertThat(oldest.get(1).hourlyRate()).isEqualByComparingTo("22.00");
    assertThat(oldest.get(2).hourlyRate()).isNull();
    assertThat(oldest.get(2).currency()).isNull();
    assertThat(newestTwo).extracting(PaidRow::entryId).containsExactly(14L, 13L);
    assertThat(secondPage).extracting(PaidRow::entryId).containsExactly(13L, 14L);
    long count = read(ds, repo -> repo.paidWorkCount(FROM, TO, null));
    assertThat(count).isEqualTo(4L);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void groupsByRateAndLengthCountEveryPaidEntryOnceOn(Kind kind) {
    DataSource ds = seeded(kind);

    List<PaidGroup> groups = read(ds, repo -> repo.paidWorkGroups(FROM, TO, null));

    assertThat(groups).hasSize(3);
    assertThat(groups)
        .anySatisfy(
            g -> {
              assertThat(g.hourlyRate()).isEqualByComparingTo("22.00");
              assertThat(g.minutes()).isEqualTo(45);
              assertThat(g.entries()).isEqualTo(2);
            })
        .anySatisfy(
            g -> {
              assertThat(g.hourlyRate()).isEqualByComparingTo("20.00");
              assertThat(g.minutes()).isEqualTo(90);
              assertThat(g.entries()).isEqualTo(1);
            })
        .anySatisfy(
            g -> {
              assertThat(g.hourlyRate()).isNull();
              assertThat(g.minutes()).isEqualTo(30);
            });
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void streamingAfterADayAndIdResumesExactlyWhereTheLastBatchEndedOn(Kind kind) {
    DataSource ds = seeded(kind);

    List<PaidRow> first =
        read(ds, repo -> repo.paidWorkAfter(FROM, TO, null, FROM.minusDays(1), 0, 2));
    PaidRow last = first.get(1);
    List<PaidRow> rest =
        read(ds, repo -> repo.paidWorkAfter(FROM, TO, null, last.day(), last.entryId(), 2));

    assertThat(first).extracting(PaidRow::entryId).containsExactly(11L, 12L);
    assertThat(rest).extracting(PaidRow::entryId).containsExactly(13L, 14L);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aCustodianSeesThePaidWorkOfTheCirclesItPaysOn(Kind kind) {
    DataSource ds = seeded(kind);
    TestDatabases.insertCustodian(ds, 7);
    TestDatabases.execute(ds, "update timesheet_circle set paying_custodian_id = 7 where id = 2");

    List<PaidRow> paid = read(ds, repo -> repo.paidWork(FROM, TO, 7L, false, 0, 10));
    assertThat(paid).extracting(PaidRow::entryId).containsExactly(13L);
    assertThat(paid.get(0).payingCustodianId()).isEqualTo(7L);
    long count = read(ds, repo -> repo.paidWorkCount(FROM, TO, 7L));
    assertThat(count).isEqualTo(1L);
    List<PaidGroup> paidBy7 = read(ds, repo -> repo.paidWorkGroups(FROM, TO, 7L));
    assertThat(paidBy7).hasSize(1);
    List<PaidRow> paidBy8 = read(ds, repo -> repo.paidWork(FROM, TO, 8L, false, 0, 10));
    assertThat(paidBy8).isEmpty();
    // Consolidated: every circle's, paid by a custodian or not.
    List<PaidRow> all = read(ds, repo -> repo.paidWork(FROM, TO, null, false, 0, 10));
    assertThat(all).hasSize(4);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void groupsCountOnlyWhatWasApprovedInAWindowOn(Kind kind) {
    DataSource ds = seeded(kind);
    TestDatabases.execute(
        ds, "update timesheet_entry set decided_at = ended_at where status = 'APPROVED'");
    TestDatabases.execute(
        ds,
        "update timesheet_entry set decided_at = timestamp with time zone"
            + " '2026-04-20 10:00:00+00' where id = 14");
    java.time.OffsetDateTime close = java.time.OffsetDateTime.parse("2026-04-10T17:00:00Z");

    List<PaidGroup> counted =
        read(ds, repo -> repo.paidWorkGroups(null, new RecordWindow(FROM, TO, null, close)));
    List<PaidGroup> later =
        read(ds, repo -> repo.paidWorkGroups(null, new RecordWindow(FROM, TO, close, null)));

    assertThat(counted.stream().mapToLong(PaidGroup::entries).sum()).isEqualTo(3);
    assertThat(later).singleElement().satisfies(g -> assertThat(g.minutes()).isEqualTo(45));
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void theNamedMembersPaidWorkIsGroupedPerMemberFromAnyWindowOn(Kind kind) {
    DataSource ds = seeded(kind);
    TestDatabases.insertCustodian(ds, 7);
    TestDatabases.insertMember(ds, 501, 7, "PRODUCER");
    TestDatabases.insertMember(ds, 502, 7, "CONSUMER");
    TestDatabases.execute(ds, "update timesheet_entry set member_id = 501 where id in (11, 12)");
    TestDatabases.execute(ds, "update timesheet_entry set member_id = 502 where id = 14");
    // February and March as two windows: what both hold, each entry once.
    RecordWindows windows =
        new RecordWindows(
            List.of(
                RecordWindow.dated(FROM, LocalDate.of(2026, 2, 28)),
                RecordWindow.dated(LocalDate.of(2026, 3, 1), TO)));

    List<Object[]> rows = read(ds, repo -> repo.paidWorkGroupsOf(List.of(501L), windows));

    assertThat(rows).hasSize(2);
    assertThat(rows).allSatisfy(r -> assertThat(((Number) r[0]).longValue()).isEqualTo(501L));
    assertThat(rows.stream().mapToInt(r -> ((Number) r[3]).intValue()).sum()).isEqualTo(135);
    List<Object[]> none = read(ds, repo -> repo.paidWorkGroupsOf(List.of(), windows));
    assertThat(none).isEmpty();
    // The same windows page the lines and count them as the trace does.
    List<PaidRow> lines = read(ds, repo -> repo.paidWork(null, windows, 0, 10));
    assertThat(lines).extracting(PaidRow::entryId).containsExactly(11L, 12L, 13L, 14L);
    long count = read(ds, repo -> repo.paidWorkCount(null, windows));
    assertThat(count).isEqualTo(4L);
  }

  private static <T> T read(DataSource ds, Function<TimesheetRepository, T> query) {
    EntityManager em = TestDatabases.entityManagers(ds).createEntityManager();
    try {
      TimesheetRepository repo = new TimesheetRepository();
      repo.em = em;
      return query.apply(repo);
    } finally {
      em.close();
    }
  }

  private static DataSource seeded(Kind kind) {
    DataSource ds = TestDatabases.fresh(kind);
    TestDatabases.execute(
        ds,
        "insert into identity_user_account (id, email, display_name, language, time_zone, enabled,"
            + " created_at) values (1, 'ops@example.org', 'Ops Person', 'en', 'Europe/Madrid',"
            + " true, timestamp with time zone '2026-01-01 00:00:00+00')");
    TestDatabases.execute(
        ds, "insert into timesheet_circle (id, name) values (1, 'Tech ops'), (2, 'Outreach')");
    TestDatabases.execute(
        ds,
        "insert into timesheet_activity (id, circle_id, name) values (1, 1, 'On call'),"
            + " (2, 2, 'Talks')");
    TestDatabases.execute(
        ds,
        "insert into timesheet_rate (id, circle_id, valid_from, hourly_rate, currency) values"
            + " (1, 1, date '2026-01-01', 20.00, 'EUR'), (2, 1, date '2026-03-01', 22.00, 'EUR')");
    entry(ds, 11, 1, "LIVELIHOOD", "APPROVED", "2026-02-15", 90);
    entry(ds, 12, 1, "LIVELIHOOD", "APPROVED", "2026-03-01", 45);
    entry(ds, 13, 2, "LIVELIHOOD", "APPROVED", "2026-03-01", 30);
    entry(ds, 14, 1, "LIVELIHOOD", "APPROVED", "2026-03-02", 45);
    entry(ds, 15, 1, "GIFT", "APPROVED", "2026-03-03", 60);
    entry(ds, 16, 1, "LIVELIHOOD", "SUBMITTED", "2026-03-04", 60);
    entry(ds, 17, 1, "LIVELIHOOD", "APPROVED", "2026-04-01", 60);
    return ds;
  }

  private static void entry(
      DataSource ds, long id, long circle, String kind, String status, String day, int minutes) {
    TestDatabases.execute(
        ds,
        "insert into timesheet_entry (id, circle_id, activity_id, user_id, kind, started_at,"
            + " ended_at, local_date, minutes, status) values ("
            + id
            + ", "
            + circle
            + ", "
            + circle
            + ", 1, '"
            + kind
            + "', timestamp with time zone '"
            + day
            + " 08:00:00+00', timestamp with time zone '"
            + day
            + " 08:00:00+00' + interval '"
            + minutes
            + "' minute, date '"
            + day
            + "', "
            + minutes
            + ", '"
            + status
            + "')");
  }
}
