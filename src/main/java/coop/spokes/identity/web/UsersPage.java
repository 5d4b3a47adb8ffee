package coop.spokes.identity.web;

import coop.spokes.identity.service.AccountService;
import coop.spokes.identity.service.AccountSummary;
import coop.spokes.identity.service.GrantRow;
import coop.spokes.identity.service.NewAccount;
import coop.spokes.identity.service.PasswordResetService;
import coop.spokes.identity.service.RoleGrantService;
import coop.spokes.platform.SpokesException;
import coop.spokes.platform.i18n.Languages;
import coop.spokes.platform.security.Grant;
import coop.spokes.platform.security.Role;
import coop.spokes.platform.security.Scope;
import coop.spokes.platform.security.ScopeDirectory;
import coop.spokes.platform.security.ScopeDirectory.ScopeChoice;
import coop.spokes.platform.security.ScopeType;
import coop.spokes.platform.web.FacesMessages;
import coop.spokes.platform.web.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Admin page for accounts and their role grants: find accounts, open one (its owner gets a link to
 * set a password), enable or disable it, grant and revoke roles for a scope.
 */
@Named
@ViewScoped
public class UsersPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AccountService accounts;
  @Inject coop.spokes.identity.service.SecondFactorService secondFactors;
  @Inject RoleGrantService grants;
  @Inject PasswordResetService resets;
  @Inject transient Instance<ScopeDirectory> directories;

  private String search;
  private PagedModel<AccountSummary> model;
  private AccountSummary selected;
  private List<GrantRow> selectedGrants = List.of();
  private Role newRole;
  private Long newScopeId;
  private boolean selectedHasSecondFactor;
  private String newEmail;
  private String newName;
  private String newLanguage = Languages.DEFAULT;
  private String newTimeZone = "UTC";

  @PostConstruct
  void init() {
    model = new PagedModel<>(page -> accounts.page(search, page), AccountSummary::id);
  }

  public void select(long accountId) {
    selected = accounts.get(accountId);
    selectedGrants = grants.grantsOf(accountId);
    selectedHasSecondFactor = secondFactors.isOnFor(accountId);
    newRole = null;
    newScopeId = null;
  }

  public void grant() {
    if (selected == null || newRole == null) {
      FacesMessages.errorAt("grantForm:role", "identity.grant.roleRequired");
      return;
    }
    ScopeType type = newRole.scopeType();
    Scope scope = type == ScopeType.GLOBAL ? Scope.global() : new Scope(type, newScopeId);
    try {
      boolean added = grants.grant(selected.id(), Grant.of(newRole, scope));
      FacesMessages.info(added ? "identity.grant.added" : "identity.grant.alreadyHeld");
    } catch (SpokesException e) {
      FacesMessages.show("grantForm", e);
    }
    select(selected.id());
  }

  public void revoke(GrantRow row) {
    try {
      grants.revoke(row.userId(), row.grant());
      FacesMessages.info("identity.grant.revoked");
    } catch (SpokesException e) {
      FacesMessages.show("grantForm", e);
    }
    select(row.userId());
  }

  public void open() {
    try {
      AccountSummary opened =
          accounts.open(new NewAccount(newEmail, newName, newLanguage, newTimeZone, null));
      FacesMessages.info("identity.account.opened", opened.email());
      newEmail = null;
      newName = null;
      select(opened.id());
    } catch (SpokesException e) {
      FacesMessages.show("openForm", e);
    }
  }

  public void setEnabled(boolean enabled) {
    try {
      accounts.setEnabled(selected.id(), enabled);
      FacesMessages.info(
          enabled ? "identity.account.enabledDone" : "identity.account.disabledDone");
    } catch (SpokesException e) {
      FacesMessages.show("grantForm", e);
    }
    select(selected.id());
  }

  /** Turns off the selected person's second factor (they lost their phone and codes). */
  public void turnOffSecondFactor() {
    try {
      secondFactors.turnOffFor(selected.id());
      FacesMessages.info("identity.secondFactor.resetDone", selected.email());
    } catch (SpokesException e) {
      FacesMessages.show("grantForm", e);
    }
    select(selected.id());
  }

  public boolean isSelectedHasSecondFactor() {
    return selectedHasSecondFactor;
  }

  public void sendPasswordLink() {
    resets.sendSetPasswordLink(selected.id());
    FacesMessages.info("identity.account.linkSent", selected.email());
  }

  /** A grant's scope for people: "all", a named record, or the id. */
  public String scopeLabel(Grant grant) {
    Scope scope = grant.scope();
    if (scope.type() == ScopeType.GLOBAL) {
      return "";
    }
    if (scope.isAll()) {
      return FacesMessages.text("identity.grant.scopeAll");
    }
    return directory(scope.type()).flatMap(d -> d.label(scope.id())).orElse("#" + scope.id());
  }

  /** The records the chosen role can be scoped to (empty for global roles). */
  public List<ScopeChoice> getScopeChoices() {
    if (newRole == null || newRole.scopeType() == ScopeType.GLOBAL) {
      return List.of();
    }
    return directory(newRole.scopeType()).map(ScopeDirectory::choices).orElse(List.of());
  }

  public boolean isScopeNeeded() {
    return newRole != null && newRole.scopeType() != ScopeType.GLOBAL;
  }

  private java.util.Optional<ScopeDirectory> directory(ScopeType type) {
    return directories.stream().filter(d -> d.type() == type).findFirst();
  }

  public List<Role> getRoles() {
    return Arrays.asList(Role.values());
  }

  public List<String> getLanguages() {
    return Languages.SUPPORTED;
  }

  public PagedModel<AccountSummary> getModel() {
    return model;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public AccountSummary getSelected() {
    return selected;
  }

  public List<GrantRow> getSelectedGrants() {
    return selectedGrants;
  }

  public Role getNewRole() {
    return newRole;
  }

  public void setNewRole(Role newRole) {
    this.newRole = newRole;
  }

  public Long getNewScopeId() {
    return newScopeId;
  }

  public void setNewScopeId(Long newScopeId) {
    this.newScopeId = newScopeId;
  }

  public String getNewEmail() {
    return newEmail;
  }

  public void setNewEmail(String newEmail) {
    this.newEmail = newEmail;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public String getNewLanguage() {
    return newLanguage;
  }

  public void setNewLanguage(String newLanguage) {
    this.newLanguage = newLanguage;
  }

  public String getNewTimeZone() {
    return newTimeZone;
  }

  public void setNewTimeZone(String newTimeZone) {
    this.newTimeZone = newTimeZone;
  }
}
