package coop.spokes.platform.ratelimit;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.logging.Logger;

/**
 * Deletes rate-limit events older than the longest window, once an hour. Safe on several instances
 * at once: a second run deletes nothing.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RateEventPurge {
  private static final Logger LOG = Logger.getLogger(RateEventPurge.class.getName());

  @Inject RateLimiter limiter;
  @Inject Clock clock;

  @Schedule(hour = "*", minute = "7", persistent = false)
  void purge() {
    int n = limiter.purge(OffsetDateTime.now(clock));
    if (n > 0) {
      LOG.fine(() -> n + " rate-limit event(s) purged");
    }
  }
}
