package coop.spokes.membership.infra;

import coop.spokes.membership.model.ApplicationStatus;
import coop.spokes.membership.model.MemberClass;
import coop.spokes.membership.model.MemberStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's membership figures, each one grouped count in the database (over the indexes on
 * custodian and status), for one custodian or, with {@code null}, for all.
 */
@ApplicationScoped
public class MembershipFigureQueries {
  @PersistenceContext EntityManager em;

  /** Members by status and class, every status and class present, zero where none. */
  public record Counts(Map<MemberStatus, Long> byStatus, Map<MemberClass, Long> activeByClass) {}

  /**
   * Members counted by status and, among the active ones, by class: one grouped query (over the
   * index on custodian, status and class) for both.
   */
  public Counts counts(Long custodianId) {
    Map<MemberStatus, Long> byStatus = zeros(MemberStatus.class);
    Map<MemberClass, Long> byClass = zeros(MemberClass.class);
    // count(*), not JPQL's count(m): counting the id would read every row, not the index alone.
    var q =
        em.createNativeQuery(
            "select status, member_class, count(*) from membership_member"
                + (custodianId == null ? "" : " where custodian_id = ?1")
                + " group by status, member_class");
    if (custodianId != null) {
      q.setParameter(1, custodianId);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.getResultList();
    for (Object[] row : rows) {
      MemberStatus status = MemberStatus.valueOf((String) row[0]);
      long n = ((Number) row[2]).longValue();
      byStatus.merge(status, n, Long::sum);
      if (status == MemberStatus.ACTIVE) {
        byClass.merge(MemberClass.valueOf((String) row[1]), n, Long::sum);
      }
    }
    return new Counts(byStatus, byClass);
  }

  /** Applications waiting for a manager's decision, by custodian (only custodians with some). */
  public Map<Long, Long> applicationsWaiting(Long custodianId) {
    TypedQuery<Object[]> q =
        em.createQuery(
            "select a.custodianId, count(a) from MembershipApplication a where a.status = :pending"
                + (custodianId == null ? "" : " and a.custodianId = :custodian")
                + " group by a.custodianId",
            Object[].class);
    q.setParameter("pending", ApplicationStatus.PENDING);
    if (custodianId != null) {
      q.setParameter("custodian", custodianId);
    }
    Map<Long, Long> waiting = new java.util.TreeMap<>();
    for (Object[] row : q.getResultList()) {
      waiting.put((Long) row[0], (Long) row[1]);
    }
    return waiting;
  }

  private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type) {
    Map<E, Long> counts = new EnumMap<>(type);
    for (E e : type.getEnumConstants()) {
      counts.put(e, 0L);
    }
    return counts;
  }
}
