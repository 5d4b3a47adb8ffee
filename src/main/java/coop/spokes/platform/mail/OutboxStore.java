package coop.spokes.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The outbox table's short transactions, each on its own so that a slow SMTP server never holds a
 * database lock: find due messages, claim one (a lease, so several instances never send the same
 * message at once), record the outcome.
 */
@ApplicationScoped
public class OutboxStore {
  static final Duration LEASE = Duration.ofMinutes(2);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Transactional(TxType.REQUIRES_NEW)
  public List<Long> due(int max) {
    return em.createNamedQuery("OutboxMail.due", Long.class)
        .setParameter("now", now())
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Claims a message for sending; empty when it was sent, given up or claimed by another sender.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public Optional<OutboxMail> claim(long id) {
    OutboxMail mail = em.find(OutboxMail.class, id, LockModeType.PESSIMISTIC_WRITE);
    OffsetDateTime now = now();
    if (mail == null || !mail.claim(now, now.plus(LEASE))) {
      return Optional.empty();
    }
    em.flush();
    em.detach(mail);
    return Optional.of(mail);
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void markSent(long id) {
    em.find(OutboxMail.class, id, LockModeType.PESSIMISTIC_WRITE).sent(now());
  }

  /** Gives the message up unsent: the single-use link it was to carry is no longer usable. */
  @Transactional(TxType.REQUIRES_NEW)
  public void markWithdrawn(long id) {
    em.find(OutboxMail.class, id, LockModeType.PESSIMISTIC_WRITE)
        .withdrawn(now(), "link withdrawn before sending (spent, revoked or expired)");
  }

  /** Gives a sealed message up unsent: the key its bodies were sealed under is gone. */
  @Transactional(TxType.REQUIRES_NEW)
  public void markUnsealable(long id) {
    em.find(OutboxMail.class, id, LockModeType.PESSIMISTIC_WRITE)
        .withdrawn(now(), "sealed, and its key was destroyed before sending");
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void markFailed(long id, String error, int maxAttempts, Duration firstRetry) {
    em.find(OutboxMail.class, id, LockModeType.PESSIMISTIC_WRITE)
        .attemptFailed(now(), error, maxAttempts, firstRetry);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
