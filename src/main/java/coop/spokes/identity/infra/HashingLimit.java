package coop.spokes.identity.infra;

import coop.spokes.identity.model.HashingBusyException;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * At most a fixed number of password hashes at once. A caller past the limit is refused at once
 * with {@code identity.busy} ("try again in a moment") rather than queued: a queue of slow hashes
 * would only grow under a flood of sign-ins, holding threads and memory while every user waits.
 */
public final class HashingLimit {
  private final Semaphore permits;

  public HashingLimit(int maxConcurrent) {
    if (maxConcurrent < 1) {
      throw new IllegalArgumentException("at least one hash at a time");
    }
    this.permits = new Semaphore(maxConcurrent);
  }

  /**
   * Runs {@code hash} if a permit is free.
   *
   * @throws HashingBusyException ({@code identity.busy}) when all permits are taken
   */
  public <T> T run(Supplier<T> hash) {
    if (!permits.tryAcquire()) {
      throw new HashingBusyException();
    }
    try {
      return hash.get();
    } finally {
      permits.release();
    }
  }

  /** Permits free at the moment (for tests and health). */
  public int available() {
    return permits.availablePermits();
  }
}
