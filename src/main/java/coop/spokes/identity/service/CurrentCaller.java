package coop.spokes.identity.service;

import coop.spokes.identity.infra.AccountRepository;
import coop.spokes.identity.model.RoleGrant;
import coop.spokes.identity.model.UserAccount;
import coop.spokes.platform.security.Caller;
import coop.spokes.platform.security.Grant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The platform's view of who is calling: the signed-in account and its grants, read from the
 * database once per request, so a grant revoked by an admin takes effect on the next request.
 */
@RequestScoped
public class CurrentCaller implements Caller {
  @Inject SecurityContext security;
  @Inject AccountRepository accounts;

  private boolean loaded;
  private Long userId;
  private Set<Grant> grants = Set.of();
  private long credentialsStamp;
  private AccountSummary summary;

  @Override
  public Optional<Long> userId() {
    load();
    return Optional.ofNullable(userId);
  }

  @Override
  public Set<Grant> grants() {
    load();
    return grants;
  }

  /**
   * The signed-in account's credentials stamp now, empty for a visitor: a session that recorded
   * another one ({@link SessionStamp}) signed in before the password changed.
   */
  public Optional<String> credentialsStamp() {
    load();
    return userId == null
        ? Optional.empty()
        : Optional.of(new SessionStamp.Value(userId, credentialsStamp).toString());
  }

  /** The signed-in account as read for this request, empty for a visitor. */
  public Optional<AccountSummary> summary() {
    load();
    return Optional.ofNullable(summary);
  }

  void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    Principal principal = security.getCallerPrincipal();
    if (principal == null) {
      return;
    }
    // One query for the account and its grants: every signed-in request reads them.
    Optional<AccountRepository.WithGrants> found =
        accounts.findWithGrants(principal.getName()).filter(a -> a.account().isEnabled());
    if (found.isEmpty()) {
      return;
    }
    UserAccount account = found.get().account();
    userId = account.getId();
    credentialsStamp = account.getCredentialsStamp();
    summary = AccountService.summary(account);
    Set<Grant> held = new LinkedHashSet<>();
    for (RoleGrant g : found.get().grants()) {
      held.add(g.toGrant());
    }
    grants = Set.copyOf(held);
  }
}
