package coop.spokes.identity.model;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * The growing delay between sign-in attempts for one account from one client: the first {@code
 * freeFailures} failures cost nothing, then each further failure doubles the wait before the next
 * attempt, starting at {@code firstDelay} and never above {@code maxDelay}. The wait runs from the
 * last failure, so it always ends: nobody is locked out for good, and a stranger's failures from
 * their address never delay the owner signing in from another.
 *
 * @param freeFailures failures before any delay (at least 1)
 * @param firstDelay the wait after the first failure past the free ones
 * @param maxDelay the longest wait
 */
public record LoginBackoff(int freeFailures, Duration firstDelay, Duration maxDelay) {
  public LoginBackoff {
    if (freeFailures < 1 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
      throw new IllegalArgumentException("free failures >= 1 and 0 <= first delay <= max delay");
    }
  }

  /** The wait after {@code failures} failures in a row. */
  public Duration delayAfter(long failures) {
    if (failures < freeFailures) {
      return Duration.ZERO;
    }
    long doublings = failures - freeFailures;
    if (doublings >= 62) {
      return maxDelay;
    }
    long factor = 1L << doublings;
    Duration delay;
    try {
      delay = firstDelay.multipliedBy(factor);
    } catch (ArithmeticException overflow) {
      return maxDelay;
    }
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }

  /**
   * When the next attempt is allowed after {@code failures} failures, the last at {@code
   * lastFailure}; {@code null} for no failure means at once.
   */
  public OffsetDateTime nextAttemptAt(long failures, OffsetDateTime lastFailure) {
    return lastFailure == null ? OffsetDateTime.MIN : lastFailure.plus(delayAfter(failures));
  }

  /**
   * Whether an attempt at {@code now} must wait. Without a delay it never does, even when the
   * stored time of the last failure, rounded by the database, lies a moment after {@code now}.
   */
  public boolean mustWait(long failures, OffsetDateTime lastFailure, OffsetDateTime now) {
    return lastFailure != null
        && !delayAfter(failures).isZero()
        && now.isBefore(nextAttemptAt(failures, lastFailure));
  }
}
