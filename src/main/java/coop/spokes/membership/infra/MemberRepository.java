package coop.spokes.membership.infra;

import coop.spokes.membership.model.Member;
import coop.spokes.membership.model.StatusChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Members, their history and the per-custodian number counters. */
@ApplicationScoped
public class MemberRepository {
  @PersistenceContext EntityManager em;
  @jakarta.inject.Inject NumberCounters counters;

  /** The display names of the given members, in one query (a page of a list). */
  public java.util.Map<Long, String> displayNames(java.util.Collection<Long> ids) {
    return coop.spokes.platform.persistence.IdNames.of(
        em, "select m.id, m.displayName from Member m where m.id in :ids", ids);
  }

  public Optional<Member> find(long id) {
    return Optional.ofNullable(em.find(Member.class, id));
  }

  public Member save(Member member) {
    em.persist(member);
    em.flush();
    return member;
  }

  public void saveChange(StatusChange change) {
    em.persist(change);
  }

  public List<StatusChange> history(long memberId) {
    return em.createQuery(
            "select c from StatusChange c where c.memberId = :member order by c.changedAt, c.id",
            StatusChange.class)
        .setParameter("member", memberId)
        .getResultList();
  }

  /**
   * The next member number of a custodian: the counter row is locked until the transaction ends, so
   * two approvals at once get different numbers and none is skipped.
   */
  public long nextNumber(long custodianId) {
    if (increment(custodianId) == 0) {
      try {
        counters.create(custodianId);
      } catch (RuntimeException e) {
        // Created meanwhile by a concurrent approval: take a number from it.
      }
      increment(custodianId);
    }
    Object last =
        em.createNativeQuery(
                "select last_seq from membership_number_counter where custodian_id = ?")
            .setParameter(1, custodianId)
            .getSingleResult();
    return ((Number) last).longValue();
  }

  /**
   * Raises a custodian's counter to at least {@code seq} (numbers taken from an imported register),
   * so numbers given later never collide with them. The counter stays locked until the end.
   */
  public void reserveUpTo(long custodianId, long seq) {
    if (raise(custodianId, seq) == 0) {
      try {
        counters.create(custodianId);
      } catch (RuntimeException e) {
        // Created meanwhile by a concurrent approval.
      }
      raise(custodianId, seq);
    }
  }

  private int raise(long custodianId, long seq) {
    return em.createNativeQuery(
            "update membership_number_counter set last_seq = greatest(last_seq, ?) where custodian_id = ?")
        .setParameter(1, seq)
        .setParameter(2, custodianId)
        .executeUpdate();
  }

  /**
   * Of the given member numbers and e-mail addresses, those a member of the custodian already has
   * (numbers and addresses in one set; each list at most a few hundred long).
   */
  public java.util.Set<String> existing(
      long custodianId, java.util.Collection<String> numbers, java.util.Collection<String> emails) {
    java.util.Set<String> found = new java.util.HashSet<>();
    if (!numbers.isEmpty()) {
      found.addAll(
          em.createQuery(
                  "select m.memberNumber from Member m where m.custodianId = :c and m.memberNumber in :n",
                  String.class)
              .setParameter("c", custodianId)
              .setParameter("n", numbers)
              .getResultList());
    }
    if (!emails.isEmpty()) {
      found.addAll(
          em.createQuery(
                  "select m.email from Member m where m.custodianId = :c and m.email in :e",
                  String.class)
              .setParameter("c", custodianId)
              .setParameter("e", emails)
              .getResultList());
    }
    return found;
  }

  /** Persists a member without flushing (bulk imports flush once). */
  public void add(Member member) {
    em.persist(member);
  }

  public void flush() {
    em.flush();
  }

  private int increment(long custodianId) {
    return em.createNativeQuery(
            "update membership_number_counter set last_seq = last_seq + 1 where custodian_id = ?")
        .setParameter(1, custodianId)
        .executeUpdate();
  }

  /** The person's personal membership that is not LEFT, if any (at most one: unique column). */
  public Optional<Member> findLiveOfAccount(long accountId) {
    return em.createQuery("select m from Member m where m.liveAccountId = :a", Member.class)
        .setParameter("a", accountId)
        .getResultStream()
        .findFirst();
  }

  /** Locks a member row (status changes, representatives). */
  public Optional<Member> lock(long id) {
    return Optional.ofNullable(em.find(Member.class, id, LockModeType.PESSIMISTIC_WRITE));
  }
}
