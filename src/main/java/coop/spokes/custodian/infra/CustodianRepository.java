package coop.spokes.custodian.infra;

import coop.spokes.custodian.model.Custodian;
import coop.spokes.platform.persistence.PageRequest;
import coop.spokes.platform.persistence.PageResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Custodians. */
@ApplicationScoped
public class CustodianRepository {
  private static final Map<String, String> SORT_COLUMNS =
      Map.of(
          "name",
          "c.name",
          "shortCode",
          "c.shortCode",
          "jurisdiction",
          "c.jurisdiction",
          "currency",
          "c.currency");

  @PersistenceContext EntityManager em;

  public Optional<Custodian> find(long id) {
    return Optional.ofNullable(em.find(Custodian.class, id));
  }

  /** Locks a custodian's row until the transaction ends; false when there is none. */
  public boolean lock(long id) {
    return em.find(Custodian.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE) != null;
  }

  public boolean codeTaken(String shortCode) {
    return !em.createQuery("select c.id from Custodian c where c.shortCode = :code", Long.class)
        .setParameter("code", shortCode)
        .getResultList()
        .isEmpty();
  }

  public boolean nameTaken(String name, Long exceptId) {
    return em.createQuery(
            "select c.id from Custodian c where lower(c.name) = lower(:name)", Long.class)
        .setParameter("name", name.strip())
        .getResultStream()
        .anyMatch(id -> !id.equals(exceptId));
  }

  public Custodian save(Custodian custodian) {
    em.persist(custodian);
    em.flush();
    return custodian;
  }

  public PageResult<Custodian> page(PageRequest page) {
    String sort = SORT_COLUMNS.get(page.sortFieldOr(SORT_COLUMNS.keySet(), "name"));
    List<Custodian> items =
        em.createQuery(
                "select c from Custodian c order by "
                    + sort
                    + (page.ascending() ? " asc" : " desc")
                    + ", c.id",
                Custodian.class)
            .setFirstResult(page.first())
            .setMaxResults(page.size())
            .getResultList();
    long total = em.createQuery("select count(c) from Custodian c", Long.class).getSingleResult();
    return new PageResult<>(items, total);
  }

  /** All custodians by name: a handful of co-ops, never a large table. */
  public List<Custodian> all() {
    return em.createQuery("select c from Custodian c order by c.name", Custodian.class)
        .setMaxResults(1000)
        .getResultList();
  }
}
