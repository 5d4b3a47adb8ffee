package coop.spokes.platform.approval;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.testing.TestDatabases;
import coop.spokes.testing.TestDatabases.Kind;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * N-of-M approvals on both databases: once per person, tallied against what the context requires,
 * counted for a page of subjects in one query, cleared; and V22 moves the approvals of time entries
 * and resources from their former tables, unchanged.
 */
class ApprovalsPersistenceTest {
  static final OffsetDateTime NOON = OffsetDateTime.parse("2026-12-06T12:00:00Z");
  static final ApprovalSubject ENTRY = new ApprovalSubject("test-entry", 7);

  @ParameterizedTest
  @EnumSource(Kind.class)
  void eachPersonApprovesOnceAndTheTallyReachesTheRequiredNumberOn(Kind kind) {
    EntityManagerFactory emf = TestDatabases.entityManagers(TestDatabases.fresh(kind));
    Function<Function<Approvals, Object>, Object> work =
        job ->
            TestDatabases.inTransaction(
                emf,
                em -> {
                  Approvals approvals = new Approvals();
                  approvals.em = em;
                  return job.apply(approvals);
                });

    assertThat(work.apply(a -> a.approve(ENTRY, 11, 2, NOON)))
        .isEqualTo(Optional.of(new ApprovalTally(1, 2)));
    assertThat(work.apply(a -> a.approve(ENTRY, 11, 2, NOON.plusMinutes(1))))
        .as("a second approval by the same person")
        .isEqualTo(Optional.empty());
    assertThat(work.apply(a -> a.approve(ENTRY, 16, 2, NOON.plusHours(1))))
        .isEqualTo(Optional.of(new ApprovalTally(2, 2)));
    assertThat(new ApprovalTally(2, 2).reached()).isTrue();
    work.apply(a -> a.approve(new ApprovalSubject("other-kind", 7), 12, 1, NOON));

    assertThat(work.apply(a -> a.approvers(ENTRY))).isEqualTo(List.of(11L, 16L));
    assertThat(work.apply(a -> a.hasApproved(ENTRY, 16))).isEqualTo(true);
    assertThat(work.apply(a -> a.hasApproved(ENTRY, 12))).isEqualTo(false);
    assertThat(work.apply(a -> a.counts("test-entry", List.of(7L, 8L)))).isEqualTo(Map.of(7L, 2));
    assertThat(work.apply(a -> a.counts("test-entry", List.of()))).isEqualTo(Map.of());

    work.apply(
        a -> {
          a.clear(ENTRY);
          return null;
        });
    assertThat(work.apply(a -> a.approvers(ENTRY))).isEqualTo(List.of());
    assertThat(work.apply(a -> a.counts("other-kind", List.of(7L)))).isEqualTo(Map.of(7L, 1));
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void v22MovesTheApprovalsOfEntriesAndResourcesOn(Kind kind) throws SQLException {
    DataSource ds = TestDatabases.freshUnmigrated(kind);
    Flyway.configure()
        .dataSource(ds)
        .locations("classpath:db/migration")
        .target("21")
        .load()
        .migrate();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      // Only the approval rows matter here: the rows they point to are left out.
      s.execute(
          kind == Kind.H2
              ? "SET REFERENTIAL_INTEGRITY FALSE"
              : "SET session_replication_role = replica");
      s.execute(
          "insert into timesheet_approval (entry_id, approver_id, approved_at) values"
              + " (1, 11, timestamp with time zone '2026-10-10 09:00:00+00'),"
              + " (1, 16, timestamp with time zone '2026-10-12 10:00:00+00')");
      s.execute(
          "insert into contribution_resource_approval (resource_id, approver_id, approved_at)"
              + " values (1, 26, timestamp with time zone '2026-10-17 09:00:00+00')");
    }

    TestDatabases.migrate(ds);

    assertThat(
            TestDatabases.number(
                    ds,
                    "select count(*) from platform_approval where subject_type = 'timesheet-entry'"
                        + " and subject_id = 1 and approver_id in (11, 16)")
                .longValue())
        .isEqualTo(2);
    assertThat(
            TestDatabases.number(
                    ds,
                    "select count(*) from platform_approval where subject_type ="
                        + " 'contribution-resource' and subject_id = 1 and approver_id = 26"
                        + " and approved_at = timestamp with time zone '2026-10-17 09:00:00+00'")
                .longValue())
        .isEqualTo(1);
  }
}
