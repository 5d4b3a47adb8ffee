package coop.spokes.contribution.infra;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.contribution.infra.StandingRepository.Line;
import coop.spokes.contribution.model.StandingLevel;
import coop.spokes.testing.TestDatabases;
import coop.spokes.testing.TestDatabases.Kind;
import coop.spokes.testing.Waits;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One member's line of a standing list, refreshed by two changes at once (two approvals of their
 * hours, say) on PostgreSQL: the second waits for the first, then writes over the line the first
 * committed, so neither fails and the last word is the later computation.
 */
class StandingLinePersistenceTest {
  static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 30, 12, 0, 0, 0, ZoneOffset.UTC);

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aLineIsWrittenOnlyInAListAlreadyComputedOn(Kind kind) {
    DataSource ds = seeded(kind);
    EntityManagerFactory emf = TestDatabases.entityManagers(ds);

    inTransaction(
        emf,
        repo -> {
          assertThat(repo.computed(1, 2026)).isTrue();
          assertThat(repo.computed(1, 2025)).isFalse();
          assertThat(repo.lockLine(1, 2026, 1)).isTrue();
          repo.write(1, 2026, line("40.00"), NOW, true);
          assertThat(repo.lockLine(1, 2026, 2)).isFalse();
        });

    assertThat(total(ds, 1)).isEqualByComparingTo("40.00");
  }

  @Test
  void twoRefreshesOfOneLineAtOnceRunOneAfterTheOtherOnPostgresql() throws Exception {
    DataSource ds = seeded(Kind.POSTGRESQL);
    EntityManagerFactory emf = TestDatabases.entityManagers(ds);
    CountDownLatch firstLocked = new CountDownLatch(1);
    CountDownLatch secondStarted = new CountDownLatch(1);

    CompletableFuture<Void> first =
        CompletableFuture.runAsync(
            () ->
                inTransaction(
                    emf,
                    repo -> {
                      repo.lockLine(1, 2026, 1);
                      firstLocked.countDown();
                      Waits.await(secondStarted);
                      // The database reports the second waiting for this line's lock.
                      Waits.untilASessionWaitsForALock(ds, Kind.POSTGRESQL);
                      repo.write(1, 2026, line("50.00"), NOW, true);
                    }));
    Waits.await(firstLocked);
    CompletableFuture<Boolean> second =
        CompletableFuture.supplyAsync(
            () -> {
              boolean[] existed = new boolean[1];
              inTransaction(
                  emf,
                  repo -> {
                    secondStarted.countDown();
                    existed[0] = repo.lockLine(1, 2026, 1);
                    // computed now, after the first committed
                    assertThat(totalIn(repo)).isEqualByComparingTo("50.00");
                    repo.write(1, 2026, line("75.00"), NOW.plusSeconds(1), existed[0]);
                  });
              return existed[0];
            });

    first.get(30, TimeUnit.SECONDS);
    assertThat(second.get(30, TimeUnit.SECONDS)).isTrue();
    assertThat(total(ds, 1)).isEqualByComparingTo("75.00");
  }

  private static BigDecimal totalIn(StandingRepository repo) {
    return (BigDecimal)
        repo.em
            .createNativeQuery(
                "select total from contribution_standing where custodian_id = 1"
                    + " and fiscal_year = 2026 and member_id = 1")
            .getSingleResult();
  }

  private static Line line(String total) {
    return new Line(
        1,
        "ES-000001",
        "Núria Soler",
        "nuria soler",
        StandingLevel.PARTIAL,
        new BigDecimal("40.00"),
        new BigDecimal(total),
        new BigDecimal("100.00"));
  }

  private static void inTransaction(
      EntityManagerFactory emf, java.util.function.Consumer<StandingRepository> work) {
    TestDatabases.inTransaction(
        emf,
        em -> {
          StandingRepository repo = new StandingRepository();
          repo.em = em;
          work.accept(repo);
          return null;
        });
  }

  private static DataSource seeded(Kind kind) {
    DataSource ds = TestDatabases.fresh(kind);
    TestDatabases.insertCustodian(ds, 1);
    for (int id = 1; id <= 2; id++) {
      TestDatabases.execute(
          ds,
          "insert into membership_member (id, custodian_id, number_seq, member_number,"
              + " member_class, kind, display_name, sort_name, country, email, language, status,"
              + " joined_on) values ("
              + id
              + ", 1, "
              + id
              + ", 'ES-00000"
              + id
              + "', 'CONSUMER', 'PERSON', 'Member "
              + id
              + "', 'member "
              + id
              + "', 'ES', 'm"
              + id
              + "@example.org', 'ca', 'ACTIVE', date '2026-01-10')");
    }
    TestDatabases.execute(
        ds,
        "insert into contribution_standing (custodian_id, fiscal_year, member_id, member_number,"
            + " display_name, sort_name, level, percent, total, suggested, computed_at) values"
            + " (1, 2026, 1, 'ES-000001', 'Member 1', 'member 1', 'NONE', 0, 0, 100,"
            + " current_timestamp)");
    return ds;
  }

  private static BigDecimal total(DataSource ds, long member) {
    return TestDatabases.number(
        ds, "select total from contribution_standing where member_id = " + member);
  }
}
