package coop.spokes.membership.infra;

import coop.spokes.membership.service.JoinService;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Expires unverified applications once an hour. Safe to run on several instances at once: each
 * application row is changed under the service's transaction, and an expired one is skipped.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ApplicationExpiry {
  private static final Logger LOG = Logger.getLogger(ApplicationExpiry.class.getName());

  @Inject JoinService join;

  @Schedule(hour = "*", minute = "17", persistent = false)
  void expire() {
    int n = join.expireStaleInternal();
    if (n > 0) {
      LOG.info(() -> n + " unverified application(s) expired");
    }
  }
}
