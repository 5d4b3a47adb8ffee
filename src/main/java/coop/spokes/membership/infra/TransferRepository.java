package coop.spokes.membership.infra;

import coop.spokes.membership.model.MemberTransfer;
import coop.spokes.membership.model.TransferStatus;
import coop.spokes.platform.persistence.PageRequest;
import coop.spokes.platform.persistence.PageResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Members' moves to another custodian. */
@ApplicationScoped
public class TransferRepository {
  private static final String INVOLVING =
      " where t.status = :status and (t.fromCustodianId = :custodian or t.toCustodianId = :custodian)";

  @PersistenceContext EntityManager em;

  public Optional<MemberTransfer> find(long id) {
    return Optional.ofNullable(em.find(MemberTransfer.class, id));
  }

  /** The transfer, locked until the transaction ends (one decision at a time). */
  public Optional<MemberTransfer> lock(long id) {
    return Optional.ofNullable(em.find(MemberTransfer.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public void save(MemberTransfer transfer) {
    em.persist(transfer);
    em.flush();
  }

  /** Every transfer of a member, newest first. */
  public List<MemberTransfer> ofMember(long memberId) {
    return em.createQuery(
            "select t from MemberTransfer t where t.memberId = :member order by t.requestedAt desc, t.id desc",
            MemberTransfer.class)
        .setParameter("member", memberId)
        .getResultList();
  }

  /** The member's pending transfer, if any. */
  public Optional<MemberTransfer> pendingOf(long memberId) {
    return em.createQuery(
            "select t from MemberTransfer t where t.memberId = :member and t.status = :status",
            MemberTransfer.class)
        .setParameter("member", memberId)
        .setParameter("status", TransferStatus.PENDING)
        .getResultStream()
        .findFirst();
  }

  /** A page of pending transfers from or to a custodian, oldest request first. */
  public PageResult<MemberTransfer> pendingInvolving(long custodianId, PageRequest page) {
    TypedQuery<MemberTransfer> q =
        em.createQuery(
            "select t from MemberTransfer t" + INVOLVING + " order by t.requestedAt, t.id",
            MemberTransfer.class);
    TypedQuery<Long> count =
        em.createQuery("select count(t) from MemberTransfer t" + INVOLVING, Long.class);
    for (TypedQuery<?> t : List.of(q, count)) {
      t.setParameter("custodian", custodianId).setParameter("status", TransferStatus.PENDING);
    }
    return new PageResult<>(
        q.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(),
        count.getSingleResult());
  }

  /** How many pending transfers still wait for a decision of this custodian's managers. */
  public long countAwaiting(long custodianId) {
    return em.createQuery(
            "select count(t) from MemberTransfer t where t.status = :status and ("
                + "(t.fromCustodianId = :custodian and t.fromApprovedAt is null)"
                + " or (t.toCustodianId = :custodian and t.toApprovedAt is null))",
            Long.class)
        .setParameter("custodian", custodianId)
        .setParameter("status", TransferStatus.PENDING)
        .getSingleResult();
  }

  /**
   * Completed transfers out of ({@code outgoing}) or into a custodian, in id order, in batches (for
   * the statutory register).
   */
  public void forEachCompleted(long custodianId, boolean outgoing, Consumer<MemberTransfer> each) {
    String side = outgoing ? "t.fromCustodianId" : "t.toCustodianId";
    long after = Long.MIN_VALUE;
    while (true) {
      List<MemberTransfer> batch =
          em.createQuery(
                  "select t from MemberTransfer t where "
                      + side
                      + " = :custodian and t.status = :status and t.id > :after order by t.id",
                  MemberTransfer.class)
              .setParameter("custodian", custodianId)
              .setParameter("status", TransferStatus.COMPLETED)
              .setParameter("after", after)
              .setMaxResults(500)
              .getResultList();
      batch.forEach(each);
      if (batch.size() < 500) {
        return;
      }
      after = batch.get(batch.size() - 1).getId();
      em.clear();
    }
  }
}
