package coop.spokes.identity.web;

import coop.spokes.identity.service.AccountService;
import coop.spokes.identity.service.AccountSummary;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Grant;
import coop.spokes.platform.security.Role;
import coop.spokes.platform.security.ScopeDirectory;
import coop.spokes.platform.security.ScopeType;
import coop.spokes.platform.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/** The dashboard panel "Your account": who you are and which roles you hold, in words. */
@Named
@RequestScoped
public class AccountPanel {
  @Inject AccountService accounts;
  @Inject Access access;
  @Inject Instance<ScopeDirectory> directories;

  private AccountSummary account;

  public AccountSummary getAccount() {
    if (account == null) {
      account = accounts.mine();
    }
    return account;
  }

  /** Each role held, translated, with its scope ("Custodian manager — Érable (QC)"). */
  public List<String> getRoles() {
    List<String> roles = new ArrayList<>();
    for (Role role : Role.values()) {
      for (Grant g : access.grantsOf(role)) {
        String name = FacesMessages.text("platform.Role." + role.name());
        String scope = scope(g);
        roles.add(
            scope.isEmpty() ? name : FacesMessages.text("identity.dashboard.roleIn", name, scope));
      }
    }
    return roles;
  }

  private String scope(Grant g) {
    if (g.scope().type() == ScopeType.GLOBAL) {
      return "";
    }
    if (g.scope().isAll()) {
      return FacesMessages.text("identity.grant.scopeAll");
    }
    return directories.stream()
        .filter(d -> d.type() == g.scope().type())
        .findFirst()
        .flatMap(d -> d.label(g.scope().id()))
        .orElse("#" + g.scope().id());
  }
}
