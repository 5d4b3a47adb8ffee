package coop.spokes.platform.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * N-of-M approval, shared by every context whose records need several people's approval (time
 * entries, resources, and to come expense claims and roll objections): each person approves a
 * subject once; the subject is decided when the count reaches what its context requires.
 *
 * <p>Who may approve (not the author, not the member's own people, the right role and scope) and
 * what a reached tally changes stay with the context, which also locks its subject's row before
 * approving, so that two approvals at once are counted one after the other. Runs inside the
 * caller's transaction.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class Approvals {
  @PersistenceContext EntityManager em;

  /**
   * Records {@code approverId}'s approval of {@code subject}: the tally after it, or empty (and
   * nothing recorded) when that person had approved it already.
   */
  public Optional<ApprovalTally> approve(
      ApprovalSubject subject, long approverId, int required, OffsetDateTime now) {
    List<Long> before = approvers(subject);
    if (before.contains(approverId)) {
      return Optional.empty();
    }
    em.persist(new Approval(subject, approverId, now));
    return Optional.of(new ApprovalTally(before.size() + 1, required));
  }

  /** Who approved {@code subject}, in the order they did. */
  public List<Long> approvers(ApprovalSubject subject) {
    return em.createQuery(
            "select a.approverId from Approval a"
                + " where a.subjectType = :type and a.subjectId = :id order by a.approvedAt",
            Long.class)
        .setParameter("type", subject.type())
        .setParameter("id", subject.id())
        .getResultList();
  }

  /** Whether {@code approverId} approved {@code subject}. */
  public boolean hasApproved(ApprovalSubject subject, long approverId) {
    return !em.createQuery(
            "select a.approverId from Approval a where a.subjectType = :type"
                + " and a.subjectId = :id and a.approverId = :approver",
            Long.class)
        .setParameter("type", subject.type())
        .setParameter("id", subject.id())
        .setParameter("approver", approverId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Which subjects of {@code type} among {@code ids} {@code approverId} approved, in one query. */
  public java.util.Set<Long> approvedBy(String type, Collection<Long> ids, long approverId) {
    if (ids.isEmpty()) {
      return java.util.Set.of();
    }
    return java.util.Set.copyOf(
        em.createQuery(
                "select a.subjectId from Approval a where a.subjectType = :type"
                    + " and a.subjectId in :ids and a.approverId = :approver",
                Long.class)
            .setParameter("type", type)
            .setParameter("ids", ids)
            .setParameter("approver", approverId)
            .getResultList());
  }

  /** How many approvals each subject of {@code type} among {@code ids} has (absent: none). */
  public Map<Long, Integer> counts(String type, Collection<Long> ids) {
    Map<Long, Integer> counts = new HashMap<>();
    if (ids.isEmpty()) {
      return counts;
    }
    em.createQuery(
            "select a.subjectId, count(a) from Approval a"
                + " where a.subjectType = :type and a.subjectId in :ids group by a.subjectId",
            Object[].class)
        .setParameter("type", type)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).intValue()));
    return counts;
  }

  /** Forgets every approval of {@code subject} (it was returned, changed or deleted). */
  public void clear(ApprovalSubject subject) {
    em.createQuery("delete from Approval a where a.subjectType = :type and a.subjectId = :id")
        .setParameter("type", subject.type())
        .setParameter("id", subject.id())
        .executeUpdate();
  }
}
