package coop.spokes.audit.infra;

import coop.spokes.audit.model.AuditEntry;
import coop.spokes.audit.model.AuditEvent;
import coop.spokes.audit.model.AuditStreamHead;
import coop.spokes.audit.model.HashChain;
import coop.spokes.audit.service.AuditEventRow;
import coop.spokes.audit.service.AuditFilter;
import coop.spokes.audit.service.ChainVerification;
import coop.spokes.platform.persistence.PageRequest;
import coop.spokes.platform.persistence.PageResult;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes audit streams through an {@link EntityManager} whose transaction the caller owns
 * (JTA in the server, resource-local in the persistence tests).
 */
public class AuditLedger {
  private static final int VERIFY_BATCH = 500;
  private static final Set<String> SORTABLE = Set.of("occurredAt", "stream", "action", "actorId");
  private static final Map<String, String> SORT_COLUMNS =
      Map.of(
          "occurredAt",
          "e.occurredAt",
          "stream",
          "e.stream",
          "action",
          "e.action",
          "actorId",
          "e.actorId");

  private final EntityManager em;

  public AuditLedger(EntityManager em) {
    this.em = em;
  }

  /** Whether the stream has a head row yet. */
  public boolean hasHead(String stream) {
    return em.find(AuditStreamHead.class, stream) != null;
  }

  /** Creates the stream's head in the current transaction (fails if another creates it first). */
  public void createHead(String stream) {
    em.persist(new AuditStreamHead(stream));
    em.flush();
  }

  /**
   * Appends an event to its stream, locking the stream's head until the transaction ends. The head
   * must exist ({@link #createHead}).
   */
  public AuditEvent append(AuditEntry entry, OffsetDateTime at) {
    AuditStreamHead head =
        em.find(AuditStreamHead.class, entry.stream(), LockModeType.PESSIMISTIC_WRITE);
    if (head == null) {
      throw new IllegalStateException("no head for audit stream " + entry.stream());
    }
    AuditEvent event = head.append(entry, at);
    em.persist(event);
    return event;
  }

  public List<String> streams() {
    return em.createQuery("select h.stream from AuditStreamHead h order by h.stream", String.class)
        .getResultList();
  }

  /**
   * Walks a stream in seq order, batch by batch, and names the first broken link: a row whose
   * content no longer matches its hash (changed), a seq that skips (deleted), a previous-hash that
   * does not match the event before (changed or re-chained), or a tail missing against the head.
   */
  public ChainVerification verify(String stream) {
    AuditStreamHead head = em.find(AuditStreamHead.class, stream);
    long headSeq = head == null ? 0 : head.getLastSeq();
    long expectedSeq = 1;
    String prevHash = HashChain.GENESIS;
    long checked = 0;
    while (true) {
      List<AuditEvent> batch =
          em.createQuery(
                  "select e from AuditEvent e where e.stream = :stream and e.seq >= :from order by e.seq",
                  AuditEvent.class)
              .setParameter("stream", stream)
              .setParameter("from", expectedSeq)
              .setMaxResults(VERIFY_BATCH)
              .getResultList();
      for (AuditEvent e : batch) {
        em.detach(e);
        if (e.getSeq() != expectedSeq) {
          return new ChainVerification(
              stream, checked, headSeq, expectedSeq, "audit.verify.missing");
        }
        if (!e.getPrevHash().equals(prevHash)) {
          return new ChainVerification(
              stream, checked, headSeq, e.getSeq(), "audit.verify.linkBroken");
        }
        if (!HashChain.hash(e).equals(e.getHash())) {
          return new ChainVerification(
              stream, checked, headSeq, e.getSeq(), "audit.verify.altered");
        }
        prevHash = e.getHash();
        expectedSeq++;
        checked++;
      }
      if (batch.size() < VERIFY_BATCH) {
        break;
      }
    }
    if (head != null && (head.getLastSeq() != checked || !head.getLastHash().equals(prevHash))) {
      return new ChainVerification(
          stream, checked, headSeq, checked + 1, "audit.verify.tailMissing");
    }
    return new ChainVerification(stream, checked, headSeq, null, null);
  }

  /**
   * One page of events matching {@code filter}, sorted by an allow-listed field, newest first by
   * default.
   */
  public PageResult<AuditEventRow> page(AuditFilter filter, PageRequest page) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    if (filter.stream() != null) {
      where.append(" and e.stream = :stream");
    }
    if (filter.action() != null) {
      where.append(" and e.action = :action");
    }
    if (filter.actorId() != null) {
      where.append(" and e.actorId = :actorId");
    }
    if (filter.from() != null) {
      where.append(" and e.occurredAt >= :from");
    }
    if (filter.to() != null) {
      where.append(" and e.occurredAt < :to");
    }
    String sort = SORT_COLUMNS.get(page.sortFieldOr(SORTABLE, "occurredAt"));
    String direction = page.sortField() == null || !page.ascending() ? " desc" : " asc";
    TypedQuery<AuditEvent> query =
        em.createQuery(
            "select e from AuditEvent e"
                + where
                + " order by "
                + sort
                + direction
                + ", e.id"
                + direction,
            AuditEvent.class);
    TypedQuery<Long> count =
        em.createQuery("select count(e) from AuditEvent e" + where, Long.class);
    for (TypedQuery<?> q : List.of(query, count)) {
      bind(q, filter);
    }
    List<AuditEventRow> rows = new ArrayList<>();
    for (AuditEvent e :
        query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList()) {
      rows.add(
          new AuditEventRow(
              e.getId(),
              e.getStream(),
              e.getSeq(),
              e.getOccurredAt(),
              e.getActorId(),
              e.getAction(),
              e.getSubjectType(),
              e.getSubjectId(),
              e.getDetails(),
              e.getNote(),
              e.getHash()));
    }
    return new PageResult<>(rows, count.getSingleResult());
  }

  private static void bind(TypedQuery<?> q, AuditFilter f) {
    if (f.stream() != null) {
      q.setParameter("stream", f.stream());
    }
    if (f.action() != null) {
      q.setParameter("action", f.action());
    }
    if (f.actorId() != null) {
      q.setParameter("actorId", f.actorId());
    }
    if (f.from() != null) {
      q.setParameter("from", f.from());
    }
    if (f.to() != null) {
      q.setParameter("to", f.to());
    }
  }
}
