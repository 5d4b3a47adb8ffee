package coop.spokes.membership.service;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.membership.infra.MemberRepository;
import coop.spokes.membership.infra.RollQueries;
import coop.spokes.platform.persistence.PageRequest;
import coop.spokes.platform.persistence.PageResult;
import coop.spokes.platform.security.Access;
import coop.spokes.testing.TestDatabases;
import coop.spokes.testing.TestDatabases.Kind;
import coop.spokes.testing.Wiring;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A custodian's roll on 2026-12-06 with each member's status at the end of that day (UTC), read
 * from hand-built histories page by page, on both databases: changes on the day itself count, one
 * at midnight after it does not; a history that starts later gives the status the member entered
 * with; a member without history has their current status; members who joined later or belong to
 * another custodian are not on the roll.
 */
class StatusesAtPersistenceTest {
  static final LocalDate DATE = LocalDate.of(2026, 12, 6);

  @ParameterizedTest
  @EnumSource(Kind.class)
  void eachMemberHasTheStatusTheirHistoryGivesAtTheEndOfTheDayOn(Kind kind) {
    DataSource ds = seeded(kind);
    EntityManager em = TestDatabases.entityManagers(ds).createEntityManager();
    try {
      MemberFactsService service = new MemberFactsService();
      Wiring.wire(em, service, new Access(null), new MemberRepository(), new RollQueries());

      Map<Long, String> statuses = new LinkedHashMap<>();
      for (int first = 0; first < 8; first += 2) {
        PageRequest request = PageRequest.internal(first, 2);
        PageResult<MemberStatusAt> page = service.statusesAtInternal(1, DATE, request);
        PageResult<MemberFacts> facts = service.pageOfCustodianInternal(1, DATE, request);
        assertThat(page.total()).isEqualTo(7);
        assertThat(facts.total()).isEqualTo(7);
        assertThat(page.items())
            .extracting(MemberStatusAt::memberId)
            .isEqualTo(facts.items().stream().map(MemberFacts::id).toList());
        page.items().forEach(m -> statuses.put(m.memberId(), m.status()));
      }

      assertThat(statuses)
          .containsExactlyEntriesOf(
              orderedMap(
                  1L, "LAPSED", // lapsed a second before midnight
                  2L, "ACTIVE", // suspended at midnight after the date
                  3L, "LAPSED", // imported later as lapsed
                  4L, "LEFT", // no history: as now
                  5L, "LEFT", // left in June
                  6L, "ACTIVE", // lapsed and back on the day
                  7L, "ACTIVE")); // lapsed, active again in February, suspended later
      // Counted in the database, the same reading: members 2, 6 and 7.
      assertThat(service.activeCountInternal(1, DATE)).isEqualTo(3);
    } finally {
      em.close();
    }
  }

  private static Map<Long, String> orderedMap(Object... pairs) {
    Map<Long, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((Long) pairs[i], (String) pairs[i + 1]);
    }
    return map;
  }

  private static DataSource seeded(Kind kind) {
    DataSource ds = TestDatabases.fresh(kind);
    TestDatabases.insertCustodian(ds, 1);
    TestDatabases.execute(
        ds,
        "insert into custodian_coop (id, name, short_code, jurisdiction, currency,"
            + " default_language, languages, theme, contact_email, contact_address, created_at,"
            + " updated_at) values (2, 'Sheffield', 'UK', 'GB', 'GBP', 'en', 'en', 'default',"
            + " 'y@example.org', 'Street 1', current_timestamp, current_timestamp)");
    member(ds, 1, 1, "LAPSED", "2025-01-01");
    change(ds, 1, 1, null, "ACTIVE", "2025-01-01 09:00:00");
    change(ds, 2, 1, "ACTIVE", "LAPSED", "2026-12-06 23:59:59");
    member(ds, 2, 1, "SUSPENDED", "2025-01-01");
    change(ds, 3, 2, null, "ACTIVE", "2025-01-01 09:00:00");
    change(ds, 4, 2, "ACTIVE", "SUSPENDED", "2026-12-07 00:00:00");
    member(ds, 3, 1, "ACTIVE", "2019-05-01");
    change(ds, 5, 3, null, "LAPSED", "2026-12-10 09:00:00");
    change(ds, 6, 3, "LAPSED", "ACTIVE", "2026-12-11 09:00:00");
    member(ds, 4, 1, "LEFT", "2020-01-01");
    member(ds, 5, 1, "LEFT", "2024-01-01");
    change(ds, 7, 5, null, "ACTIVE", "2024-01-01 09:00:00");
    change(ds, 8, 5, "ACTIVE", "LEFT", "2026-06-01 09:00:00");
    member(ds, 6, 1, "ACTIVE", "2024-01-01");
    change(ds, 9, 6, null, "ACTIVE", "2024-01-01 09:00:00");
    change(ds, 10, 6, "ACTIVE", "LAPSED", "2026-12-06 10:00:00");
    change(ds, 11, 6, "LAPSED", "ACTIVE", "2026-12-06 15:00:00");
    member(ds, 7, 1, "SUSPENDED", "2024-01-01");
    change(ds, 12, 7, null, "ACTIVE", "2024-01-01 09:00:00");
    change(ds, 13, 7, "ACTIVE", "LAPSED", "2025-03-01 09:00:00");
    change(ds, 14, 7, "LAPSED", "ACTIVE", "2026-02-01 09:00:00");
    change(ds, 15, 7, "ACTIVE", "SUSPENDED", "2026-12-20 09:00:00");
    member(ds, 8, 1, "ACTIVE", "2026-12-07");
    member(ds, 9, 2, "ACTIVE", "2024-01-01");
    return ds;
  }

  private static void member(DataSource ds, long id, long custodian, String status, String joined) {
    TestDatabases.execute(
        ds,
        "insert into membership_member (id, custodian_id, number_seq, member_number, member_class,"
            + " kind, display_name, sort_name, country, email, language, status, joined_on) values"
            + " ("
            + id
            + ", "
            + custodian
            + ", "
            + id
            + ", 'M-"
            + id
            + "', 'CONSUMER', 'PERSON', 'Member "
            + id
            + "', 'member "
            + id
            + "', 'ES', 'm"
            + id
            + "@example.org', 'ca', '"
            + status
            + "', date '"
            + joined
            + "')");
  }

  private static void change(
      DataSource ds, long id, long member, String from, String to, String at) {
    TestDatabases.execute(
        ds,
        "insert into membership_status_change (id, member_id, from_status, to_status, changed_at,"
            + " reason) values ("
            + id
            + ", "
            + member
            + ", "
            + (from == null ? "null" : "'" + from + "'")
            + ", '"
            + to
            + "', timestamp with time zone '"
            + at
            + "+00', 'test')");
  }
}
