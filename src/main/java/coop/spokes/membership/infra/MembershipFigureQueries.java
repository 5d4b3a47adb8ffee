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

  /** Members by status; every status present, zero where none. */
  public Map<MemberStatus, Long> byStatus(Long custodianId) {
    Map<MemberStatus, Long> counts = zeros(MemberStatus.class);
    for (Object[] row :
        grouped("select m.status, count(m) from Member m", "group by m.status", custodianId)) {
      counts.put((MemberStatus) row[0], (Long) row[1]);
    }
    return counts;
  }

  /** Active members by class; every class present, zero where none. */
  public Map<MemberClass, Long> byClass(Long custodianId) {
    Map<MemberClass, Long> counts = zeros(MemberClass.class);
    for (Object[] row :
        grouped(
            "select m.memberClass, count(m) from Member m where m.status = :active",
            "group by m.memberClass",
            custodianId)) {
      counts.put((MemberClass) row[0], (Long) row[1]);
    }
    return counts;
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

  private List<Object[]> grouped(String select, String groupBy, Long custodianId) {
    boolean filtered = select.contains(" where ");
    String scope =
        custodianId == null ? "" : (filtered ? " and" : " where") + " m.custodianId = :custodian";
    TypedQuery<Object[]> q = em.createQuery(select + scope + " " + groupBy, Object[].class);
    if (select.contains(":active")) {
      q.setParameter("active", MemberStatus.ACTIVE);
    }
    if (custodianId != null) {
      q.setParameter("custodian", custodianId);
    }
    return q.getResultList();
  }

  private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type) {
    Map<E, Long> counts = new EnumMap<>(type);
    for (E e : type.getEnumConstants()) {
      counts.put(e, 0L);
    }
    return counts;
  }
}
