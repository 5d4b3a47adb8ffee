package coop.spokes.identity.service;

import coop.spokes.audit.service.AuditService;
import coop.spokes.identity.infra.AccountRepository;
import coop.spokes.identity.model.IdentityException;
import coop.spokes.identity.model.RoleGrant;
import coop.spokes.identity.model.UserAccount;
import coop.spokes.platform.NotFoundException;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Grant;
import coop.spokes.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Granting and revoking roles. Only admins change grants; every change is audited. The last admin
 * grant cannot be revoked, so Spokes never locks itself out.
 */
@ApplicationScoped
@Transactional
public class RoleGrantService {
  @Inject Access access;
  @Inject AccountRepository accounts;
  @Inject AuditService audit;
  @Inject Clock clock;
  @PersistenceContext EntityManager em;

  /** The grants of one user. Requires ADMIN. */
  public List<GrantRow> grantsOf(long userId) {
    access.requireAny(Grant.admin());
    return accounts.grantsOf(userId).stream().map(RoleGrantService::row).toList();
  }

  /**
   * The users holding {@code grant}, for a caller who holds it too or is an admin (e.g. a manager
   * sees their co-managers). Requires ADMIN or the grant itself.
   */
  public List<AccountSummary> holdersOf(Grant grant) {
    access.requireAny(Grant.admin(), grant);
    return summariesOfHolders(grant);
  }

  /** The users holding {@code grant}, for a service that has checked access. Internal. */
  public List<AccountSummary> holdersInternal(Grant grant) {
    access.permitInternal();
    return summariesOfHolders(grant);
  }

  private List<AccountSummary> summariesOfHolders(Grant grant) {
    return accounts.holders(grant).stream()
        .map(g -> accounts.find(g.getUserId()).orElseThrow())
        .map(AccountService::summary)
        .toList();
  }

  /**
   * Grants {@code grant} to the user; granting what they already hold changes nothing. Requires
   * ADMIN.
   *
   * @return whether a new grant was added
   */
  public boolean grant(long userId, Grant grant) {
    access.requireAny(Grant.admin());
    UserAccount account = lockAccount(userId);
    boolean held = accounts.grantsOf(userId).stream().anyMatch(g -> g.toGrant().equals(grant));
    if (held) {
      return false;
    }
    accounts.saveGrant(
        new RoleGrant(
            account.getId(), grant, access.userId().orElse(null), OffsetDateTime.now(clock)));
    audit.record(AccountService.STREAM, "role.granted", "account", userId, details(grant), null);
    return true;
  }

  /**
   * Grants {@code grant} for another context's use case that has checked access (e.g. MEMBER of a
   * newly approved member). Internal: only services call it (ArchitectureTest).
   */
  public boolean grantInternal(long userId, Grant grant) {
    access.permitInternal();
    UserAccount account = lockAccount(userId);
    if (accounts.grantsOf(userId).stream().anyMatch(g -> g.toGrant().equals(grant))) {
      return false;
    }
    accounts.saveGrant(
        new RoleGrant(
            account.getId(), grant, access.userId().orElse(null), OffsetDateTime.now(clock)));
    audit.record(AccountService.STREAM, "role.granted", "account", userId, details(grant), null);
    return true;
  }

  /**
   * Revokes {@code grant} for another context's use case that has checked access (e.g. removing an
   * organisation's representative). Never an ADMIN grant. Internal: only services call it.
   */
  public boolean revokeInternal(long userId, Grant grant) {
    access.permitInternal();
    if (grant.role() == Role.ADMIN) {
      throw new IllegalArgumentException("admin grants are revoked by admins only");
    }
    lockAccount(userId);
    var held =
        accounts.grantsOf(userId).stream().filter(g -> g.toGrant().equals(grant)).findFirst();
    if (held.isEmpty()) {
      return false;
    }
    accounts.removeGrant(held.get());
    audit.record(AccountService.STREAM, "role.revoked", "account", userId, details(grant), null);
    return true;
  }

  /**
   * Revokes {@code grant} from the user if they hold it. Requires ADMIN.
   *
   * @throws IdentityException {@code identity.grant.lastAdmin} when it is the last admin grant
   */
  public boolean revoke(long userId, Grant grant) {
    access.requireAny(Grant.admin());
    lockAccount(userId);
    var held =
        accounts.grantsOf(userId).stream().filter(g -> g.toGrant().equals(grant)).findFirst();
    if (held.isEmpty()) {
      return false;
    }
    if (grant.role() == Role.ADMIN) {
      // Serialise admin revocations on the admin grants themselves, so two admins revoking each
      // other at once cannot both win.
      List<RoleGrant> admins =
          em.createQuery("select g from RoleGrant g where g.role = :role", RoleGrant.class)
              .setParameter("role", Role.ADMIN)
              .setLockMode(LockModeType.PESSIMISTIC_WRITE)
              .getResultList();
      if (admins.size() <= 1) {
        throw new IdentityException(null, "identity.grant.lastAdmin");
      }
    }
    accounts.removeGrant(held.get());
    audit.record(AccountService.STREAM, "role.revoked", "account", userId, details(grant), null);
    return true;
  }

  private UserAccount lockAccount(long userId) {
    UserAccount account = em.find(UserAccount.class, userId, LockModeType.PESSIMISTIC_WRITE);
    if (account == null) {
      throw new NotFoundException("account", userId);
    }
    return account;
  }

  private static Map<String, String> details(Grant grant) {
    Map<String, String> d = new HashMap<>();
    d.put("role", grant.role().name());
    d.put("scopeType", grant.scope().type().name());
    d.put("scopeId", grant.scope().id() == null ? "all" : grant.scope().id().toString());
    return d;
  }

  static GrantRow row(RoleGrant g) {
    return new GrantRow(g.getId(), g.getUserId(), g.toGrant(), g.getGrantedAt());
  }
}
