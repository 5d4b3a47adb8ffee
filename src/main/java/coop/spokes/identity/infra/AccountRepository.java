package coop.spokes.identity.infra;

import coop.spokes.identity.model.RoleGrant;
import coop.spokes.identity.model.UserAccount;
import coop.spokes.platform.persistence.PageRequest;
import coop.spokes.platform.persistence.PageResult;
import coop.spokes.platform.security.Grant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Accounts and their grants. */
@ApplicationScoped
public class AccountRepository {
  private static final Map<String, String> SORT_COLUMNS =
      Map.of("email", "u.email", "displayName", "u.displayName", "createdAt", "u.createdAt");

  @PersistenceContext EntityManager em;

  public AccountRepository() {}

  /** Over a given entity manager: for persistence tests outside the container. */
  public AccountRepository(EntityManager em) {
    this.em = em;
  }

  /** The display names of the given accounts, by id, in one query. */
  public java.util.Map<Long, String> displayNames(java.util.Collection<Long> ids) {
    return coop.spokes.platform.persistence.IdNames.of(
        em, "select a.id, a.displayName from UserAccount a where a.id in :ids", ids);
  }

  /** The accounts with the given ids (a few thousand at most), in one query. */
  public List<UserAccount> findAll(java.util.Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select a from UserAccount a where a.id in :ids", UserAccount.class)
        .setParameter("ids", java.util.Set.copyOf(ids))
        .getResultList();
  }

  public Optional<UserAccount> find(long id) {
    return Optional.ofNullable(em.find(UserAccount.class, id));
  }

  /**
   * Locks the account's row until the transaction ends (SELECT … FOR UPDATE); false when there is
   * no such account.
   */
  public boolean lock(long id) {
    return em.find(UserAccount.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
        != null;
  }

  public Optional<UserAccount> findByEmail(String email) {
    return em.createNamedQuery("UserAccount.byEmail", UserAccount.class)
        .setParameter("email", UserAccount.normalizeEmail(email))
        .getResultStream()
        .findFirst();
  }

  /** An account and the roles it holds, as read for each signed-in request. */
  public record WithGrants(UserAccount account, List<RoleGrant> grants) {}

  /**
   * The account signing in with {@code email} and its grants (ordered as {@link #grantsOf}), in one
   * query: every signed-in request reads them.
   */
  public Optional<WithGrants> findWithGrants(String email) {
    List<Object[]> rows =
        em.createNamedQuery("UserAccount.withGrants", Object[].class)
            .setParameter("email", UserAccount.normalizeEmail(email))
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    List<RoleGrant> grants = new java.util.ArrayList<>();
    for (Object[] row : rows) {
      if (row[1] != null) {
        grants.add((RoleGrant) row[1]);
      }
    }
    return Optional.of(new WithGrants((UserAccount) rows.get(0)[0], List.copyOf(grants)));
  }

  public UserAccount save(UserAccount account) {
    em.persist(account);
    em.flush();
    return account;
  }

  public List<RoleGrant> grantsOf(long userId) {
    return em.createNamedQuery("RoleGrant.ofUser", RoleGrant.class)
        .setParameter("userId", userId)
        .getResultList();
  }

  public Optional<RoleGrant> findGrant(long grantId) {
    return Optional.ofNullable(em.find(RoleGrant.class, grantId));
  }

  /** The users holding exactly {@code grant} (same role, scope type and id). */
  public List<RoleGrant> holders(Grant grant) {
    if (grant.scope().id() == null) {
      return em.createQuery(
              "select g from RoleGrant g where g.role = :role and g.scopeType = :scopeType and g.scopeId is null",
              RoleGrant.class)
          .setParameter("role", grant.role())
          .setParameter("scopeType", grant.scope().type())
          .getResultList();
    }
    return em.createNamedQuery("RoleGrant.holders", RoleGrant.class)
        .setParameter("role", grant.role())
        .setParameter("scopeType", grant.scope().type())
        .setParameter("scopeId", grant.scope().id())
        .getResultList();
  }

  public void saveGrant(RoleGrant grant) {
    em.persist(grant);
  }

  public void removeGrant(RoleGrant grant) {
    em.remove(grant);
  }

  /** A page of accounts whose e-mail or name contains {@code text} (case-insensitive). */
  public PageResult<UserAccount> page(String text, PageRequest page) {
    String where = "";
    if (text != null && !text.isBlank()) {
      where = " where lower(u.email) like :text or lower(u.displayName) like :text";
    }
    String sort = SORT_COLUMNS.get(page.sortFieldOr(Set.copyOf(SORT_COLUMNS.keySet()), "email"));
    String dir = page.ascending() ? " asc" : " desc";
    TypedQuery<UserAccount> q =
        em.createQuery(
            "select u from UserAccount u" + where + " order by " + sort + dir + ", u.id",
            UserAccount.class);
    TypedQuery<Long> count =
        em.createQuery("select count(u) from UserAccount u" + where, Long.class);
    if (!where.isEmpty()) {
      String like = "%" + escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%";
      q.setParameter("text", like);
      count.setParameter("text", like);
    }
    return new PageResult<>(
        q.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(),
        count.getSingleResult());
  }

  static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
