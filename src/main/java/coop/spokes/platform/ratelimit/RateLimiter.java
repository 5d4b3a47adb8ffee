package coop.spokes.platform.ratelimit;

import coop.spokes.platform.security.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.OffsetDateTime;

/**
 * Counts events against {@link RateLimit}s, in the database so that every instance of a cluster
 * sees the same counts and a restart forgets nothing. Subjects (addresses, login names, account
 * ids) are stored only as keyed hashes, one key per limit.
 *
 * <p>Runs inside the caller's transaction: an event counted by a write that rolls back is not
 * counted. For a limit on attempts, {@code if (!limiter.acquire(LIMIT, address, now)) refuse;}; for
 * a limit on failures, {@link #allows} before and {@link #record} after a failure.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class RateLimiter {
  @Inject RateEvents events;
  @Inject Secrets secrets;

  /** Whether one more event of {@code subject} stays within {@code limit} at {@code now}. */
  public boolean allows(RateLimit limit, String subject, OffsetDateTime now) {
    return tally(limit, subject, now).count() < limit.max();
  }

  /** Counts one event of {@code subject} at {@code now}. */
  public void record(RateLimit limit, String subject, OffsetDateTime now) {
    events.add(limit.name(), key(limit, subject), now);
  }

  /**
   * Counts one event if it stays within the limit: true when it did (and is now counted), false
   * when the limit is reached (nothing is counted, so refused attempts do not extend the wait).
   */
  public boolean acquire(RateLimit limit, String subject, OffsetDateTime now) {
    if (!allows(limit, subject, now)) {
      return false;
    }
    record(limit, subject, now);
    return true;
  }

  /**
   * The events of {@code subject} within the window ending {@code now}, and the last one's time.
   */
  public Tally tally(RateLimit limit, String subject, OffsetDateTime now) {
    return events.tally(limit.name(), key(limit, subject), now.minus(limit.window()));
  }

  /** Forgets the events of {@code subject} (a right password wipes that pair's failures). */
  public void forget(RateLimit limit, String subject) {
    events.delete(limit.name(), key(limit, subject));
  }

  /** Deletes the events older than any window ({@link RateLimit#LONGEST}); how many. */
  @Transactional(TxType.REQUIRED)
  public int purge(OffsetDateTime now) {
    return events.deleteBefore(now.minus(RateLimit.LONGEST));
  }

  /** How many events within a window, and the time of the last ({@code null} when none). */
  public record Tally(long count, OffsetDateTime last) {}

  private String key(RateLimit limit, String subject) {
    return secrets.hmac("rate:" + limit.name(), subject == null ? "" : subject);
  }
}
