package coop.spokes.platform.ratelimit;

import coop.spokes.platform.jobs.ClusterJob;
import coop.spokes.platform.jobs.ClusterJobs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.logging.Logger;

/**
 * Deletes rate-limit events older than the longest window, once an hour, on one instance of a
 * cluster ({@link ClusterJobs}). Safe to run twice all the same: a second run deletes nothing.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RateEventPurge {
  private static final Logger LOG = Logger.getLogger(RateEventPurge.class.getName());

  static final ClusterJob JOB =
      new ClusterJob("rate-event-purge", Duration.ofMinutes(30), Duration.ofMinutes(1));

  @Inject RateLimiter limiter;
  @Inject Clock clock;
  @Inject ClusterJobs jobs;

  @Schedule(hour = "*", minute = "7", persistent = false)
  void hourly() {
    jobs.runOnce(JOB, this::purge);
  }

  private void purge() {
    int n = limiter.purge(OffsetDateTime.now(clock));
    if (n > 0) {
      LOG.fine(() -> n + " rate-limit event(s) purged");
    }
  }
}
