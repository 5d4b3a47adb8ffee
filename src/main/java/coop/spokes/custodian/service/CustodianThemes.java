package coop.spokes.custodian.service;

import coop.spokes.identity.service.AccountService;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Grant;
import coop.spokes.platform.security.Role;
import coop.spokes.platform.theme.ThemeResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * A signed-in user sees the theme of their home custodian, or else of the first custodian they
 * manage; visitors and everyone else see the default theme.
 */
@ApplicationScoped
public class CustodianThemes implements ThemeResolver {
  @Inject Access access;
  @Inject AccountService accounts;
  @Inject CustodianService custodians;

  /** The theme for the signed-in user {@code userId}. Requires that user to be the caller. */
  @Override
  public Optional<String> themeOf(long userId) {
    access.requireOwn("account", userId, userId);
    Optional<Long> custodian =
        accounts
            .myHomeCustodian()
            .or(() -> access.userId().isEmpty() ? Optional.empty() : managedCustodian());
    return custodian.map(custodians::themeOf);
  }

  private Optional<Long> managedCustodian() {
    for (Role role : new Role[] {Role.CUSTODIAN_MANAGER, Role.TREASURER}) {
      if (access.holdsRole(role)) {
        return access.grantsOf(role).stream()
            .map(Grant::scope)
            .filter(s -> !s.isAll())
            .map(s -> s.id())
            .findFirst();
      }
    }
    return Optional.empty();
  }
}
