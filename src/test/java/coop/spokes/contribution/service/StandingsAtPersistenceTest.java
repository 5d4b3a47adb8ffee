package coop.spokes.contribution.service;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.contribution.infra.PaymentRepository;
import coop.spokes.contribution.infra.ResourceRepository;
import coop.spokes.contribution.infra.ScheduleRepository;
import coop.spokes.custodian.infra.CustodianRepository;
import coop.spokes.custodian.service.CustodianService;
import coop.spokes.membership.infra.MemberRepository;
import coop.spokes.membership.infra.RollQueries;
import coop.spokes.membership.service.MemberFactsService;
import coop.spokes.platform.persistence.PageRequest;
import coop.spokes.platform.persistence.PageResult;
import coop.spokes.platform.security.Access;
import coop.spokes.testing.TestDatabases;
import coop.spokes.testing.TestDatabases.Kind;
import coop.spokes.testing.Wiring;
import coop.spokes.timesheet.infra.TimesheetRepository;
import coop.spokes.timesheet.service.HoursService;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The roll's standings computed for a page at once answer, for every member, what the one-member
 * computation answers, on both databases. Custodian 1 (EUR) starts its fiscal year in July, so
 * fiscal 2026 runs from 2026-07-01; the date is 2026-12-06 and each member has something on either
 * side of it: a payment recorded a second before and after midnight, one received after the date,
 * validated minutes decided after it or on a day of the previous fiscal year, a resource approved
 * after it, a declared band, a payment to the custodian they came from (custodian 2, GBP).
 */
class StandingsAtPersistenceTest {
  static final LocalDate DATE = LocalDate.of(2026, 12, 6);
  static final int YEAR = 2026;

  @ParameterizedTest
  @EnumSource(Kind.class)
  void everyLineOfThePagesIsTheMembersOwnStandingOn(Kind kind) {
    DataSource ds = seeded(kind);
    EntityManager em = TestDatabases.entityManagers(ds).createEntityManager();
    try {
      StandingService service = standingService(em);

      List<StandingAt> roll = new ArrayList<>();
      for (int first = 0; ; first += 2) {
        PageResult<StandingAt> page =
            service.standingsAtInternal(1, YEAR, DATE, PageRequest.internal(first, 2));
        assertThat(page.total()).isEqualTo(6);
        roll.addAll(page.items());
        if (page.items().size() < 2) {
          break;
        }
      }

      assertThat(roll).extracting(StandingAt::memberId).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
      for (StandingAt line : roll) {
        assertThat(line).isEqualTo(service.standingAtInternal(line.memberId(), YEAR, DATE));
      }
      Map<Long, StandingAt> by =
          roll.stream().collect(Collectors.toMap(StandingAt::memberId, Function.identity()));
      assertThat(by.get(1L).money()).isEqualByComparingTo("30");
      assertThat(by.get(1L).level()).isEqualTo("PARTIAL");
      assertThat(by.get(2L).giftMinutes()).isEqualTo(300);
      assertThat(by.get(2L).total()).isEqualByComparingTo("60");
      assertThat(by.get(2L).level()).isEqualTo("PARTIAL");
      assertThat(by.get(3L).resources()).isEqualByComparingTo("50");
      assertThat(by.get(4L).band()).isEqualTo("B");
      assertThat(by.get(4L).suggested()).isEqualByComparingTo("60");
      assertThat(by.get(4L).met()).isTrue();
      assertThat(by.get(5L).percent()).isEqualByComparingTo("80.00");
      assertThat(by.get(5L).money()).isEqualByComparingTo("30");
      assertThat(by.get(6L).level()).isEqualTo("NONE");
    } finally {
      em.close();
    }
  }

  /** The service and what it reaches, wired by hand over one entity manager. */
  static StandingService standingService(EntityManager em) {
    StandingService service = new StandingService();
    Wiring.wire(
        em,
        service,
        new Access(null),
        Clock.fixed(Instant.parse("2026-12-20T10:00:00Z"), ZoneOffset.UTC),
        new StandingsAtQuery(),
        new PaymentRepository(),
        new ResourceRepository(),
        new ScheduleRepository(),
        new ScheduleService(),
        new MemberFactsService(),
        new MemberRepository(),
        new RollQueries(),
        new CustodianService(),
        new CustodianRepository(),
        new HoursService(),
        new TimesheetRepository());
    return service;
  }

  private static DataSource seeded(Kind kind) {
    DataSource ds = TestDatabases.fresh(kind);
    TestDatabases.insertCustodian(ds, 1);
    TestDatabases.insertCustodian(ds, 2, "UK", "GBP");
    sql(
        ds,
        "insert into contribution_settings (custodian_id, fiscal_year_start_month) values (1, 7)");
    sql(ds, "insert into contribution_year values (1, 2026, 12, 0.5, 0)");
    sql(ds, "insert into contribution_year values (2, 2026, 10, 1, 0)");
    suggestion(ds, 1, 1, "CONSUMER", "PERSON", "A", "100", "null");
    suggestion(ds, 2, 1, "CONSUMER", "PERSON", "B", "60", "20");
    suggestion(ds, 3, 1, "PRODUCER", "ORGANISATION", "C", "200", "null");
    suggestion(ds, 4, 2, "CONSUMER", "PERSON", "A", "50", "null");
    sql(
        ds,
        "insert into identity_user_account (id, email, display_name, language, time_zone,"
            + " enabled, created_at) values (1, 'ops@example.org', 'Ops', 'en', 'UTC', true,"
            + " timestamp with time zone '2026-01-01 00:00:00+00')");
    sql(ds, "insert into timesheet_circle (id, name) values (1, 'Tech ops')");
    sql(ds, "insert into timesheet_activity (id, circle_id, name) values (1, 1, 'On call')");
    // 1: half paid by the date; a payment a second after midnight and one received later don't
    // count
    member(ds, 1, 1, "CONSUMER", "PERSON", "ES", "2025-01-01");
    TestDatabases.insertPayment(ds, 1, 1, 1, "30", "2026-12-06", "2026-12-06 23:59:59");
    TestDatabases.insertPayment(ds, 2, 1, 1, "30", "2026-12-06", "2026-12-07 00:00:01");
    TestDatabases.insertPayment(ds, 3, 1, 1, "40", "2026-12-07", "2026-12-06 10:00:00");
    // 2: 300 validated minutes (5 h × 12 = 60); others decided later, earlier year, or not
    // validated
    member(ds, 2, 2, "CONSUMER", "PERSON", "ES", "2025-01-01");
    entry(ds, 1, 2, "GIFT", "APPROVED", 300, "2026-07-01", "2026-12-06 12:00:00");
    entry(ds, 2, 2, "GIFT", "APPROVED", 120, "2026-06-30", "2026-07-02 12:00:00");
    entry(ds, 3, 2, "GIFT", "APPROVED", 60, "2026-11-30", "2026-12-07 08:00:00");
    entry(ds, 4, 2, "GIFT", "SUBMITTED", 45, "2026-11-30", "2026-12-01 08:00:00");
    entry(ds, 5, 2, "LIVELIHOOD", "APPROVED", 90, "2026-11-30", "2026-12-01 08:00:00");
    // 3: 100 participant-hours × 0.5 approved by the date; a later and a rejected one don't count
    member(ds, 3, 3, "CONSUMER", "PERSON", "ES", "2025-01-01");
    resource(ds, 1, 3, "SERVER_CAPACITY", "100", "null", "APPROVED", "2026-12-05 10:00:00");
    resource(ds, 2, 3, "OTHER", "null", "20", "APPROVED", "2026-12-08 10:00:00");
    resource(ds, 3, 3, "OTHER", "null", "70", "REJECTED", "2026-12-01 10:00:00");
    // 4: declared band B (60 asked instead of the country's 100), paid 60
    member(ds, 4, 4, "CONSUMER", "PERSON", "ES", "2025-01-01");
    sql(
        ds,
        "insert into contribution_declared_band values (4, 'B', 'Low income',"
            + " timestamp with time zone '2026-02-01 10:00:00+00', 1)");
    TestDatabases.insertPayment(ds, 4, 4, 1, "60", "2026-10-01", "2026-10-01 10:00:00");
    // 5: came from custodian 2 in the year: 25 of its 50 there, 30 of 100 here (80 % together)
    member(ds, 5, 5, "CONSUMER", "PERSON", "GB", "2025-01-01");
    TestDatabases.insertPayment(ds, 5, 5, 2, "25", "2026-03-01", "2026-03-01 10:00:00");
    TestDatabases.insertPayment(ds, 6, 5, 1, "30", "2026-11-01", "2026-11-01 10:00:00");
    // 6: an organisation that gave nothing; 7: joined after the date, not on the roll
    member(ds, 6, 6, "PRODUCER", "ORGANISATION", "AO", "2025-01-01");
    member(ds, 7, 7, "CONSUMER", "PERSON", "ES", "2026-12-07");
    TestDatabases.insertPayment(ds, 7, 7, 1, "100", "2026-12-06", "2026-12-06 10:00:00");
    return ds;
  }

  private static void member(
      DataSource ds,
      long id,
      long seq,
      String memberClass,
      String kind,
      String country,
      String joined) {
    sql(
        ds,
        "insert into membership_member (id, custodian_id, number_seq, member_number, member_class,"
            + " kind, display_name, sort_name, country, email, language, status, joined_on) values"
            + " ("
            + id
            + ", 1, "
            + seq
            + ", 'ES-00000"
            + seq
            + "', '"
            + memberClass
            + "', '"
            + kind
            + "', 'Member "
            + id
            + "', 'member "
            + id
            + "', '"
            + country
            + "', 'm"
            + id
            + "@example.org', 'ca', 'ACTIVE', date '"
            + joined
            + "')");
  }

  private static void suggestion(
      DataSource ds,
      long id,
      long custodian,
      String cls,
      String kind,
      String band,
      String amount,
      String hours) {
    sql(
        ds,
        "insert into contribution_suggestion (id, custodian_id, fiscal_year, member_class, kind,"
            + " band, amount, hours_alternative) values ("
            + id
            + ", "
            + custodian
            + ", 2026, '"
            + cls
            + "', '"
            + kind
            + "', '"
            + band
            + "', "
            + amount
            + ", "
            + hours
            + ")");
  }

  private static void entry(
      DataSource ds,
      long id,
      long member,
      String kind,
      String status,
      int minutes,
      String day,
      String decided) {
    sql(
        ds,
        "insert into timesheet_entry (id, circle_id, activity_id, user_id, member_id, kind,"
            + " started_at, ended_at, local_date, minutes, status, decided_at) values ("
            + id
            + ", 1, 1, 1, "
            + member
            + ", '"
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
            + "', timestamp with time zone '"
            + decided
            + "+00')");
  }

  private static void resource(
      DataSource ds,
      long id,
      long member,
      String kind,
      String hours,
      String value,
      String status,
      String decided) {
    sql(
        ds,
        "insert into contribution_resource (id, custodian_id, member_id, kind, description,"
            + " provided_on, fiscal_year, participant_hours, declared_value, status, submitted_at,"
            + " decided_at) values ("
            + id
            + ", 1, "
            + member
            + ", '"
            + kind
            + "', 'Server', date '2026-11-01', 2026, "
            + hours
            + ", "
            + value
            + ", '"
            + status
            + "', timestamp with time zone"
            + " '2026-11-01 10:00:00+00', timestamp with time zone '"
            + decided
            + "+00')");
  }

  private static void sql(DataSource ds, String sql) {
    TestDatabases.execute(ds, sql);
  }
}
