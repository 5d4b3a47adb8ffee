package coop.spokes.timesheet.infra;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.identity.infra.AccountRepository;
import coop.spokes.testing.TestDatabases;
import coop.spokes.testing.TestDatabases.Kind;
import coop.spokes.testing.Waits;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two saves of one person's time at once, as {@code TimesheetService} makes them: each locks the
 * person's account, then checks for an overlapping entry, then inserts. The second waits for the
 * first's lock, and once the first has committed its overlap check sees the first entry, so only
 * one of two identical entries is stored (without the lock both checks ran before either insert).
 */
class TimeEntryRacePersistenceTest {
  static final OffsetDateTime START = OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneOffset.UTC);
  static final OffsetDateTime END = START.plusHours(1);

  @ParameterizedTest
  @EnumSource(Kind.class)
  void theSecondSaveWaitsForTheFirstAndThenSeesItsEntryOn(Kind kind) throws Exception {
    DataSource ds = TestDatabases.fresh(kind);
    seed(ds);
    EntityManagerFactory emf = TestDatabases.entityManagers(ds);
    CountDownLatch firstChecked = new CountDownLatch(1);
    CountDownLatch secondWaiting = new CountDownLatch(1);

    CompletableFuture<Boolean> first =
        CompletableFuture.supplyAsync(
            () ->
                TestDatabases.inTransaction(
                    emf,
                    em -> {
                      boolean overlapped = lockAndCheck(em);
                      firstChecked.countDown();
                      Waits.await(secondWaiting);
                      // The database reports the second waiting for the person's lock.
                      Waits.untilASessionWaitsForALock(ds, kind);
                      insert(em, 1);
                      return overlapped;
                    }));
    Waits.await(firstChecked);
    CompletableFuture<Boolean> second =
        CompletableFuture.supplyAsync(
            () ->
                TestDatabases.inTransaction(
                    emf,
                    em -> {
                      secondWaiting.countDown();
                      boolean overlapped = lockAndCheck(em);
                      if (!overlapped) {
                        insert(em, 2);
                      }
                      return overlapped;
                    }));

    assertThat(first.get(30, TimeUnit.SECONDS)).isFalse();
    assertThat(second.get(30, TimeUnit.SECONDS)).isTrue();
    assertThat(TestDatabases.number(ds, "select count(*) from timesheet_entry").intValue())
        .isEqualTo(1);
  }

  private static boolean lockAndCheck(EntityManager em) {
    assertThat(new AccountRepository(em).lock(1)).isTrue();
    TimesheetRepository repo = new TimesheetRepository();
    repo.em = em;
    return repo.overlaps(1, START, END, null);
  }

  private static void insert(EntityManager em, long id) {
    em.createNativeQuery(
            "insert into timesheet_entry (id, circle_id, activity_id, user_id, kind, started_at,"
                + " ended_at, local_date, minutes, status) values (?, 1, 1, 1, 'GIFT', ?, ?,"
                + " date '2026-11-02', 60, 'DRAFT')")
        .setParameter(1, id)
        .setParameter(2, START)
        .setParameter(3, END)
        .executeUpdate();
  }

  private static void seed(DataSource ds) {
    TestDatabases.execute(
        ds,
        "insert into identity_user_account (id, email, display_name, language, time_zone, enabled,"
            + " created_at) values (1, 'ops@example.org', 'Ops Person', 'en', 'Europe/Madrid',"
            + " true, timestamp with time zone '2026-01-01 00:00:00+00')");
    TestDatabases.execute(ds, "insert into timesheet_circle (id, name) values (1, 'Tech ops')");
    TestDatabases.execute(
        ds, "insert into timesheet_activity (id, circle_id, name) values (1, 1, 'On call')");
  }
}
