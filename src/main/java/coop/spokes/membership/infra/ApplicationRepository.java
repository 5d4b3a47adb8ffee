package coop.spokes.membership.infra;

import coop.spokes.membership.model.ApplicationStatus;
import coop.spokes.membership.model.MembershipApplication;
import coop.spokes.platform.persistence.PageRequest;
import coop.spokes.platform.persistence.PageResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Membership applications. */
@ApplicationScoped
public class ApplicationRepository {
  private static final Map<String, String> SORT_COLUMNS =
      Map.of(
          "submittedAt",
          "a.submittedAt",
          "verifiedAt",
          "a.verifiedAt",
          "personName",
          "a.personName",
          "email",
          "a.email");

  @PersistenceContext EntityManager em;

  public Optional<MembershipApplication> find(long id) {
    return Optional.ofNullable(em.find(MembershipApplication.class, id));
  }

  /** The application, locked until the transaction ends (one decision at a time). */
  public Optional<MembershipApplication> lock(long id) {
    return Optional.ofNullable(
        em.find(MembershipApplication.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public Optional<MembershipApplication> findByVerification(String hash) {
    return em.createNamedQuery("MembershipApplication.byVerification", MembershipApplication.class)
        .setParameter("hash", hash)
        .getResultStream()
        .findFirst();
  }

  /** The newest unverified application for an e-mail address, if any. */
  public Optional<MembershipApplication> findUnverified(String email) {
    return em.createQuery(
            "select a from MembershipApplication a where a.email = :email and a.status = :status order by a.submittedAt desc",
            MembershipApplication.class)
        .setParameter("email", email)
        .setParameter("status", ApplicationStatus.UNVERIFIED)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  public void save(MembershipApplication application) {
    em.persist(application);
    em.flush();
  }

  /** A page of one custodian's applications in {@code status}, filtered by name or e-mail. */
  public PageResult<MembershipApplication> page(
      long custodianId, ApplicationStatus status, String text, PageRequest page) {
    String where = " where a.custodianId = :custodian and a.status = :status";
    boolean filtered = text != null && !text.isBlank();
    if (filtered) {
      where += " and (lower(a.personName) like :text or lower(a.email) like :text)";
    }
    String sort = SORT_COLUMNS.get(page.sortFieldOr(SORT_COLUMNS.keySet(), "submittedAt"));
    String dir = page.ascending() ? " asc" : " desc";
    TypedQuery<MembershipApplication> q =
        em.createQuery(
            "select a from MembershipApplication a" + where + " order by " + sort + dir + ", a.id",
            MembershipApplication.class);
    TypedQuery<Long> count =
        em.createQuery("select count(a) from MembershipApplication a" + where, Long.class);
    for (TypedQuery<?> t : List.of(q, count)) {
      t.setParameter("custodian", custodianId).setParameter("status", status);
      if (filtered) {
        t.setParameter(
            "text",
            "%"
                + text.strip().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_")
                + "%");
      }
    }
    return new PageResult<>(
        q.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(),
        count.getSingleResult());
  }

  public long countPending(long custodianId) {
    return em.createQuery(
            "select count(a) from MembershipApplication a where a.custodianId = :custodian and a.status = :status",
            Long.class)
        .setParameter("custodian", custodianId)
        .setParameter("status", ApplicationStatus.PENDING)
        .getSingleResult();
  }

  /** Unverified applications submitted before {@code before}, oldest first, at most {@code max}. */
  public List<MembershipApplication> staleUnverified(OffsetDateTime before, int max) {
    return em.createQuery(
            "select a from MembershipApplication a where a.status = :status and a.submittedAt <= :before order by a.submittedAt",
            MembershipApplication.class)
        .setParameter("status", ApplicationStatus.UNVERIFIED)
        .setParameter("before", before)
        .setMaxResults(max)
        .getResultList();
  }
}
