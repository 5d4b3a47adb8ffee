package coop.spokes.identity.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.spokes.identity.model.HashingBusyException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** At most N hashes at once; the next caller is refused at once, never queued. */
class HashingLimitTest {

  @Test
  void aCallerPastTheLimitIsRefusedAtOnceAndAPermitComesBackAfterUse() throws Exception {
    HashingLimit limit = new HashingLimit(2);
    CountDownLatch running = new CountDownLatch(2);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<String> first = pool.submit(() -> limit.run(() -> hold(running, release)));
      Future<String> second = pool.submit(() -> limit.run(() -> hold(running, release)));
      assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

      long start = System.nanoTime();
      assertThatThrownBy(() -> limit.run(() -> "third"))
          .isInstanceOf(HashingBusyException.class)
          .hasMessage("identity.busy");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
      assertThat(limit.available()).isZero();

      release.countDown();
      assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("done");
      assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("done");
      assertThat(limit.run(() -> "after")).isEqualTo("after");
      assertThat(limit.available()).isEqualTo(2);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFailingHashGivesItsPermitBack() {
    HashingLimit limit = new HashingLimit(1);

    assertThatThrownBy(
            () ->
                limit.run(
                    () -> {
                      throw new IllegalStateException("broken");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(limit.available()).isEqualTo(1);
  }

  @Test
  void zeroPermitsAreRefused() {
    assertThatThrownBy(() -> new HashingLimit(0)).isInstanceOf(IllegalArgumentException.class);
  }

  private static String hold(CountDownLatch running, CountDownLatch release) {
    running.countDown();
    try {
      release.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return "done";
  }
}
