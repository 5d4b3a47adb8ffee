package coop.spokes.contribution.infra;

import coop.spokes.contribution.model.Resource;
import coop.spokes.contribution.model.ResourceKind;
import coop.spokes.platform.time.RecordWindow;
import coop.spokes.platform.time.RecordWindows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** In-kind contributions (their approvals: the platform's {@code Approvals}). */
@ApplicationScoped
public class ResourceRepository {
  @PersistenceContext EntityManager em;

  public void add(Resource r) {
    em.persist(r);
    em.flush();
  }

  public Optional<Resource> lock(long id) {
    return Optional.ofNullable(em.find(Resource.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public List<Resource> ofMember(long memberId) {
    return em.createQuery(
            "select r from Resource r where r.memberId = :m order by r.providedOn desc, r.id desc",
            Resource.class)
        .setParameter("m", memberId)
        .getResultList();
  }

  /** Submitted resources, oldest first, at most {@code max}. */
  /**
   * A page of the resources waiting for validation, oldest first, leaving out those of the given
   * members (the validator's own).
   */
  public List<Resource> submitted(
      Collection<Long> exceptMembers, long exceptRecordedBy, int first, int max) {
    return em.createQuery(
            "select r from Resource r where r.status = :s and r.memberId not in :own"
                + NOT_RECORDED_BY
                + " order by r.submittedAt, r.id",
            Resource.class)
        .setParameter("s", Resource.Status.SUBMITTED)
        .setParameter("own", notEmpty(exceptMembers))
        .setParameter("me", exceptRecordedBy)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /** How many resources {@link #submitted} pages through. */
  public long countSubmitted(Collection<Long> exceptMembers, long exceptRecordedBy) {
    return em.createQuery(
            "select count(r) from Resource r where r.status = :s and r.memberId not in :own"
                + NOT_RECORDED_BY,
            Long.class)
        .setParameter("s", Resource.Status.SUBMITTED)
        .setParameter("own", notEmpty(exceptMembers))
        .setParameter("me", exceptRecordedBy)
        .getSingleResult();
  }

  private static final String NOT_RECORDED_BY =
      " and (r.submittedBy is null or r.submittedBy <> :me)";

  /** "not in" needs at least one value; no member has id -1. */
  private static Collection<Long> notEmpty(Collection<Long> ids) {
    return ids.isEmpty() ? List.of(-1L) : ids;
  }

  /**
   * Approved resources of the given members for a fiscal year, approved by {@code asOf}: per member
   * and custodian, the participant-hours of server capacity and the declared values.
   */
  public Map<Long, Map<Long, BigDecimal[]>> approved(
      Collection<Long> memberIds, int year, OffsetDateTime asOf) {
    Map<Long, Map<Long, BigDecimal[]>> sums = new HashMap<>();
    if (memberIds.isEmpty()) {
      return sums;
    }
    for (Object[] row :
        em.createQuery(
                "select r.memberId, r.custodianId, r.kind, sum(r.participantHours), sum(r.declaredValue)"
                    + " from Resource r where r.memberId in :m and r.fiscalYear = :y"
                    + " and r.status = :s and r.decidedAt <= :at"
                    + " group by r.memberId, r.custodianId, r.kind",
                Object[].class)
            .setParameter("m", memberIds)
            .setParameter("y", year)
            .setParameter("s", Resource.Status.APPROVED)
            .setParameter("at", asOf)
            .getResultList()) {
      BigDecimal[] pair =
          sums.computeIfAbsent((Long) row[0], k -> new HashMap<>())
              .computeIfAbsent(
                  (Long) row[1], k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      if (row[2] == ResourceKind.SERVER_CAPACITY && row[3] != null) {
        pair[0] = pair[0].add((BigDecimal) row[3]);
      } else if (row[4] != null) {
        pair[1] = pair[1].add((BigDecimal) row[4]);
      }
    }
    return sums;
  }

  /**
   * Approved server capacity of {@code window} (lent on its days, approved in its instants), of
   * custodian {@code custodianId} (every custodian when null), summed per custodian in the
   * database. Each row: custodian id, participant-hours, members who lent it.
   */
  public List<Object[]> capacity(Long custodianId, RecordWindow window) {
    var q =
        em.createQuery(
                "select r.custodianId, sum(r.participantHours), count(distinct r.memberId)"
                    + " from Resource r where r.kind = :k and r.status = :s"
                    + " and "
                    + window.where("r.providedOn", "r.decidedAt")
                    + (custodianId == null ? "" : " and r.custodianId = :c")
                    + " group by r.custodianId order by r.custodianId",
                Object[].class)
            .setParameter("k", ResourceKind.SERVER_CAPACITY)
            .setParameter("s", Resource.Status.APPROVED);
    if (custodianId != null) {
      q.setParameter("c", custodianId);
    }
    window.bind(q);
    return q.getResultList();
  }

  private static final String CAPACITY_OF = " from Resource r where r.kind = :k and r.status = :s";

  /**
   * One page of the approved server capacity of any of {@code windows} (lent on its days, approved
   * in its instants) of custodian {@code custodianId} (every custodian when null), by day.
   */
  public List<Resource> capacityLines(Long custodianId, RecordWindows windows, int first, int max) {
    return capacityQuery(
            "select r", " order by r.providedOn, r.id", custodianId, windows, Resource.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /** How many lines {@link #capacityLines} pages through. */
  public long capacityLinesCount(Long custodianId, RecordWindows windows) {
    return capacityQuery("select count(r)", "", custodianId, windows, Long.class).getSingleResult();
  }

  private <T> jakarta.persistence.TypedQuery<T> capacityQuery(
      String select, String order, Long custodianId, RecordWindows windows, Class<T> type) {
    var q =
        em.createQuery(
                select
                    + CAPACITY_OF
                    + " and "
                    + windows.where("r.providedOn", "r.decidedAt")
                    + (custodianId == null ? "" : " and r.custodianId = :c")
                    + order,
                type)
            .setParameter("k", ResourceKind.SERVER_CAPACITY)
            .setParameter("s", Resource.Status.APPROVED);
    if (custodianId != null) {
      q.setParameter("c", custodianId);
    }
    return windows.bind(q);
  }
}
