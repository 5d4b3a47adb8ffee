package coop.spokes.testing;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.testing.TestDatabases.Kind;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;

/**
 * Waiting in tests for something to happen, never for a while: a latch to open, a condition to
 * hold, a database session to wait for a lock. Each fails the test after {@link #PATIENCE} rather
 * than hanging it.
 */
public final class Waits {
  /** How long a test waits for a condition before it fails. */
  public static final Duration PATIENCE = Duration.ofSeconds(30);

  private static final long POLL_MILLIS = 20;

  private Waits() {}

  /** Waits for {@code latch} to open. */
  public static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS))
          .as("latch opened within %s", PATIENCE)
          .isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Waits until {@code condition} holds, checking it every few milliseconds. */
  public static void until(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("waited " + PATIENCE + " for: " + what);
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /**
   * Waits until a session of the database {@code ds} waits for a lock that another holds, as the
   * database itself reports it ({@code pg_locks} on PostgreSQL, {@code information_schema.sessions}
   * on H2): the proof that a lock makes a concurrent transaction wait.
   */
  public static void untilASessionWaitsForALock(DataSource ds, Kind kind) {
    String sql =
        kind == Kind.POSTGRESQL
            ? "select count(*) from pg_locks where not granted"
            : "select count(*) from information_schema.sessions where blocker_id is not null";
    until("a session waiting for a lock", () -> TestDatabases.number(ds, sql).intValue() > 0);
  }
}
