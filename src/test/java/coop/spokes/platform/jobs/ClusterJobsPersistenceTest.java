package coop.spokes.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.testing.TestDatabases;
import coop.spokes.testing.TestDatabases.Kind;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.provider.jdbc.JdbcLockProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two instances ("holders", each with its own lock provider) over one database, on both databases:
 * while one runs a job the other skips it; a lock left by a holder that died is taken over once it
 * expires, not before. Time moves by ShedLock's clock, not by sleeping.
 */
class ClusterJobsPersistenceTest {
  static final ClusterJob JOB = new ClusterJob("test-job", Duration.ofMinutes(10), Duration.ZERO);
  static final Instant START = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  @AfterEach
  void realTimeAgain() {
    ClockProvider.setClock(Clock.systemUTC());
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void whileOneHolderRunsAJobTheOtherSkipsItAndRunsItAfterwardsOn(Kind kind) throws Exception {
    DataSource db = TestDatabases.fresh(kind);
    ClusterJobs.Locks first = new ClusterJobs.Locks(db);
    ClusterJobs.Locks second = new ClusterJobs.Locks(db);
    AtomicInteger runs = new AtomicInteger();

    boolean firstRan =
        ClusterJobs.runOnce(
            first,
            JOB,
            () -> {
              runs.incrementAndGet();
              // The other instance's timer fires while this run holds the lock (another thread,
              // as on another instance; this one waits for its answer, so no timing is involved).
              boolean secondRan =
                  CompletableFuture.supplyAsync(
                          () -> ClusterJobs.runOnce(second, JOB, runs::incrementAndGet))
                      .join();
              assertThat(secondRan).as("the second holder during the first one's run").isFalse();
            });

    assertThat(firstRan).isTrue();
    assertThat(runs).hasValue(1);
    assertThat(ClusterJobs.runOnce(second, JOB, runs::incrementAndGet)).isTrue();
    assertThat(runs).hasValue(2);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aLockLeftByACrashedHolderIsTakenOverOnceItExpiresOn(Kind kind) {
    DataSource db = TestDatabases.fresh(kind);
    ClockProvider.setClock(Clock.fixed(START, ZoneOffset.UTC));
    // The first holder takes the lock and dies: it never releases it.
    assertThat(
            new JdbcLockProvider(db, ClusterJobs.TABLE)
                .lock(
                    new LockConfiguration(
                        START, JOB.name(), JOB.lockAtMostFor(), JOB.lockAtLeastFor())))
        .isPresent();
    ClusterJobs.Locks survivor = new ClusterJobs.Locks(db);
    AtomicInteger runs = new AtomicInteger();

    ClockProvider.setClock(Clock.fixed(START.plus(Duration.ofMinutes(9)), ZoneOffset.UTC));
    assertThat(ClusterJobs.runOnce(survivor, JOB, runs::incrementAndGet)).isFalse();

    ClockProvider.setClock(
        Clock.fixed(START.plus(JOB.lockAtMostFor()).plusSeconds(1), ZoneOffset.UTC));
    assertThat(ClusterJobs.runOnce(survivor, JOB, runs::incrementAndGet)).isTrue();
    assertThat(runs).hasValue(1);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aFailedRunReleasesItsLockForTheNextOn(Kind kind) {
    DataSource db = TestDatabases.fresh(kind);
    ClusterJobs.Locks holder = new ClusterJobs.Locks(db);

    assertThat(
            ClusterJobs.runOnce(
                holder,
                JOB,
                () -> {
                  throw new IllegalStateException("the job failed");
                }))
        .isTrue();

    AtomicInteger runs = new AtomicInteger();
    assertThat(ClusterJobs.runOnce(new ClusterJobs.Locks(db), JOB, runs::incrementAndGet)).isTrue();
    assertThat(runs).hasValue(1);
  }

  /**
   * The first start on a new database: a timer fires before the lock table is migrated, so its
   * insert fails, and by the time ShedLock updates the row the table is there but empty. The job
   * runs at the next timer all the same (ShedLock alone would only update, and never run it).
   */
  @ParameterizedTest
  @EnumSource(Kind.class)
  void aJobWhoseFirstLockInsertFailedRunsAtTheNextTimerOn(Kind kind) {
    DataSource db = TestDatabases.fresh(kind);
    AtomicBoolean failNextInsert = new AtomicBoolean(true);
    ClusterJobs.Locks locks = new ClusterJobs.Locks(failingNextInsert(db, failNextInsert));
    AtomicInteger runs = new AtomicInteger();

    assertThat(ClusterJobs.runOnce(locks, JOB, runs::incrementAndGet)).isFalse();
    assertThat(failNextInsert).as("the insert was tried, and failed").isFalse();

    assertThat(ClusterJobs.runOnce(locks, JOB, runs::incrementAndGet)).isTrue();
    assertThat(runs).hasValue(1);
  }

  /** {@code db}, but the next insert into the lock table fails (while {@code fail} is set). */
  private static DataSource failingNextInsert(DataSource db, AtomicBoolean fail) {
    ClassLoader loader = ClusterJobsPersistenceTest.class.getClassLoader();
    return (DataSource)
        Proxy.newProxyInstance(
            loader,
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              Object result = call(method, db, args);
              if (!(result instanceof Connection connection)) {
                return result;
              }
              return Proxy.newProxyInstance(
                  loader,
                  new Class<?>[] {Connection.class},
                  (p, m, a) -> {
                    if (m.getName().equals("prepareStatement")
                        && String.valueOf(a[0]).startsWith("INSERT INTO " + ClusterJobs.TABLE)
                        && fail.compareAndSet(true, false)) {
                      throw new SQLException("relation does not exist", "42P01");
                    }
                    return call(m, connection, a);
                  });
            });
  }

  private static Object call(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
