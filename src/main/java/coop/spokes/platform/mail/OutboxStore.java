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
import java.util.Collection;
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

  /**
   * How many messages sealed by {@code provider} for one of {@code references} are still to be
   * sent: neither sent nor given up, due now or later.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public long waitingSealed(String provider, Collection<Long> references) {
    return em.createQuery(
            "select count(m) from OutboxMail m where m.sealedBy = :provider"
                + " and m.sealedReference in :references and m.sentAt is null"
                + " and m.failedAt is null",
            Long.class)
        .setParameter("provider", provider)
        .setParameter("references", references)
        .getSingleResult();
  }

  /**
   * How many messages sealed by {@code provider} for one of {@code references} were not sent:
   * waiting, or given up.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public long unsentSealed(String provider, Collection<Long> references) {
    return em.createQuery(
            "select count(m) from OutboxMail m where m.sealedBy = :provider"
                + " and m.sealedReference in :references and m.sentAt is null",
            Long.class)
        .setParameter("provider", provider)
        .setParameter("references", references)
        .getSingleResult();
  }

  /**
   * Gives up, in the caller's transaction, the waiting messages sealed by {@code provider} for one
   * of {@code references} (their key is about to be destroyed), their bodies cleared; one a sender
   * holds right now is left to it. Answers how many were given up.
   */
  @Transactional
  public int giveUpSealed(String provider, Collection<Long> references, String reason) {
    OffsetDateTime now = now();
    return em.createQuery(
            "update OutboxMail m set m.failedAt = :now, m.nextAttemptAt = null,"
                + " m.bodyText = :cleared, m.bodyHtml = :cleared, m.lastError = :reason"
                + " where m.sealedBy = :provider and m.sealedReference in :references"
                + " and m.sentAt is null and m.failedAt is null"
                + " and (m.claimedUntil is null or m.claimedUntil <= :now)")
        .setParameter("now", now)
        .setParameter("cleared", OutboxMail.CLEARED)
        .setParameter("reason", reason)
        .setParameter("provider", provider)
        .setParameter("references", references)
        .executeUpdate();
  }

  /**
   * Makes the waiting messages sealed by {@code provider} for one of {@code references} due now,
   * those waiting for a retry included; answers how many were waiting for later.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public int hurrySealed(String provider, Collection<Long> references) {
    OffsetDateTime now = now();
    return em.createQuery(
            "update OutboxMail m set m.nextAttemptAt = :now where m.sealedBy = :provider"
                + " and m.sealedReference in :references and m.sentAt is null"
                + " and m.failedAt is null and m.nextAttemptAt > :now")
        .setParameter("now", now)
        .setParameter("provider", provider)
        .setParameter("references", references)
        .executeUpdate();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
