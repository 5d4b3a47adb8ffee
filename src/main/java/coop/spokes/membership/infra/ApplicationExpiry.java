package coop.spokes.membership.infra;

import coop.spokes.membership.service.JoinService;
import coop.spokes.platform.jobs.ClusterJob;
import coop.spokes.platform.jobs.ClusterJobs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Expires unverified applications once an hour, on one instance of a cluster ({@link ClusterJobs}).
 * Safe to run twice all the same: each application row is changed under the service's transaction,
 * and an expired one is skipped.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ApplicationExpiry {
  private static final Logger LOG = Logger.getLogger(ApplicationExpiry.class.getName());

  static final ClusterJob JOB =
      new ClusterJob("application-expiry", Duration.ofMinutes(30), Duration.ofMinutes(1));

  @Inject JoinService join;
  @Inject ClusterJobs jobs;

  @Schedule(hour = "*", minute = "17", persistent = false)
  void hourly() {
    jobs.runOnce(JOB, this::expire);
  }

  private void expire() {
    int n = join.expireStaleInternal();
    if (n > 0) {
      LOG.info(() -> n + " unverified application(s) expired");
    }
  }
}
