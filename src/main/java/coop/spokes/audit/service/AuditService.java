package coop.spokes.audit.service;

import coop.spokes.audit.infra.AuditHeads;
import coop.spokes.audit.infra.AuditLedger;
import coop.spokes.audit.model.AuditEntry;
import coop.spokes.platform.security.Access;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records consequential changes in the audit log, in the transaction of the change: if the change
 * rolls back, so does its audit event, and a change cannot commit without it.
 */
@ApplicationScoped
public class AuditService {
  private static final Logger LOG = Logger.getLogger(AuditService.class.getName());

  @PersistenceContext EntityManager em;
  @Inject AuditHeads heads;
  @Inject Access access;
  @Inject Clock clock;

  /**
   * Appends an event to {@code stream}, by the signed-in user (or by nobody for a visitor).
   *
   * @param details ids and non-personal values only: they are hashed and never erased
   * @param note personal context (an address typed at login), kept outside the hash; may be null
   */
  @Transactional
  public void record(
      String stream,
      String action,
      String subjectType,
      Object subjectId,
      Map<String, String> details,
      String note) {
    access.permitInternal();
    recordAs(access.userId().orElse(null), stream, action, subjectType, subjectId, details, note);
  }

  /** As {@link #record}, naming the actor explicitly (e.g. the user who just signed in). */
  @Transactional
  public void recordAs(
      Long actorId,
      String stream,
      String action,
      String subjectType,
      Object subjectId,
      Map<String, String> details,
      String note) {
    access.permitInternal();
    AuditEntry entry =
        new AuditEntry(
            stream,
            action,
            subjectType,
            subjectId == null ? null : subjectId.toString(),
            actorId,
            details,
            note);
    AuditLedger ledger = new AuditLedger(em);
    if (!ledger.hasHead(stream)) {
      try {
        heads.create(stream);
      } catch (RuntimeException e) {
        // Another transaction created it first: append behind its head.
        LOG.log(Level.FINE, "audit stream head created concurrently: " + stream, e);
      }
    }
    ledger.append(entry, OffsetDateTime.now(clock));
  }

  /** The head of an audit chain: its last event's number and hash. */
  public record Head(String stream, long seq, String hash) {}

  /**
   * The head of {@code stream} as this transaction sees it (e.g. right after a closing was
   * recorded, to publish with a result): whoever keeps it can later check that the chain up to it
   * is unchanged. Empty for a stream that has no event yet.
   */
  @Transactional
  public java.util.Optional<Head> head(String stream) {
    access.permitInternal();
    em.flush();
    coop.spokes.audit.model.AuditStreamHead h =
        em.find(coop.spokes.audit.model.AuditStreamHead.class, stream);
    return h == null
        ? java.util.Optional.empty()
        : java.util.Optional.of(new Head(stream, h.getLastSeq(), h.getLastHash()));
  }
}
