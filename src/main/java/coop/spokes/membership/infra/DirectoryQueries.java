package coop.spokes.membership.infra;

import coop.spokes.membership.model.Member;
import coop.spokes.membership.service.DirectoryFilter;
import coop.spokes.platform.persistence.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The member directory's queries: filtered, sorted and paged in the database (sort fields from an
 * allow-list; every order ends with the id so pages are stable), and streamed in batches for
 * exports, so no query ever loads the whole table.
 */
@ApplicationScoped
public class DirectoryQueries {
  static final Map<String, String> SORT_COLUMNS =
      Map.of(
          "displayName", "m.sortName",
          "memberNumber", "m.memberNumber",
          "memberClass", "m.memberClass",
          "kind", "m.kind",
          "status", "m.status",
          "country", "m.country",
          "joinedOn", "m.joinedOn");
  static final int BATCH = 1000;

  @PersistenceContext EntityManager em;

  /** One page of members, without counting them (see {@link #count}). */
  public List<Member> list(DirectoryFilter filter, PageRequest page) {
    Where where = where(filter);
    String sort = SORT_COLUMNS.get(page.sortFieldOr(SORT_COLUMNS.keySet(), "displayName"));
    String dir = page.ascending() ? " asc" : " desc";
    TypedQuery<Member> q =
        em.createQuery(
            "select m from Member m" + where.jpql + " order by " + sort + dir + ", m.id" + dir,
            Member.class);
    where.bind(q);
    return q.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
  }

  /** How many members match {@code filter}. */
  public long count(DirectoryFilter filter) {
    Where where = where(filter);
    TypedQuery<Long> count =
        em.createQuery("select count(m) from Member m" + where.jpql, Long.class);
    where.bind(count);
    return count.getSingleResult();
  }

  /**
   * Every member matching {@code filter}, in id order, handed over batch by batch (the persistence
   * context is cleared after each batch, so memory stays flat). Runs in a transaction of its own
   * when called outside one (a streamed download).
   */
  @jakarta.transaction.Transactional
  public void forEach(DirectoryFilter filter, Consumer<Member> each) {
    Where where = where(filter);
    long after = Long.MIN_VALUE;
    while (true) {
      TypedQuery<Member> q =
          em.createQuery(
              "select m from Member m"
                  + where.jpql
                  + (where.jpql.isEmpty() ? " where" : " and")
                  + " m.id > :after order by m.id",
              Member.class);
      where.bind(q);
      List<Member> batch = q.setParameter("after", after).setMaxResults(BATCH).getResultList();
      for (Member m : batch) {
        each.accept(m);
      }
      em.clear();
      if (batch.size() < BATCH) {
        return;
      }
      after = batch.get(batch.size() - 1).getId();
    }
  }

  private static Where where(DirectoryFilter f) {
    List<String> clauses = new ArrayList<>();
    Map<String, Object> params = new java.util.HashMap<>();
    if (f.custodianId() != null) {
      clauses.add("m.custodianId = :custodian");
      params.put("custodian", f.custodianId());
    }
    if (f.name() != null && !f.name().isBlank()) {
      clauses.add("m.sortName like :name");
      params.put("name", "%" + escape(Member.sortKey(f.name())) + "%");
    }
    if (f.number() != null && !f.number().isBlank()) {
      clauses.add("m.memberNumber like :number");
      params.put("number", escape(f.number().strip().toUpperCase(Locale.ROOT)) + "%");
    }
    if (f.memberClass() != null) {
      clauses.add("m.memberClass = :memberClass");
      params.put("memberClass", f.memberClass());
    }
    if (f.kind() != null) {
      clauses.add("m.kind = :kind");
      params.put("kind", f.kind());
    }
    if (f.status() != null) {
      clauses.add("m.status = :status");
      params.put("status", f.status());
    }
    if (f.country() != null && !f.country().isBlank()) {
      clauses.add("m.country = :country");
      params.put("country", f.country().strip().toUpperCase(Locale.ROOT));
    }
    return new Where(clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses), params);
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private record Where(String jpql, Map<String, Object> params) {
    void bind(TypedQuery<?> q) {
      params.forEach(q::setParameter);
    }
  }
}
