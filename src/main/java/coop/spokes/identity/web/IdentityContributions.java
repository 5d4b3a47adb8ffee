package coop.spokes.identity.web;

import coop.spokes.platform.dashboard.DashboardContributor;
import coop.spokes.platform.dashboard.DashboardPanel;
import coop.spokes.platform.dashboard.MenuContributor;
import coop.spokes.platform.dashboard.MenuEntry;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Grant;
import coop.spokes.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Identity's menu entries (own account; users and roles for admins) and dashboard panel. */
@ApplicationScoped
public class IdentityContributions implements MenuContributor, DashboardContributor {

  @Override
  public List<MenuEntry> menuEntries(Access access) {
    List<MenuEntry> entries = new ArrayList<>();
    if (access.isSignedIn()) {
      entries.add(
          new MenuEntry(
              "platform.menu.account",
              "identity.menu.profile",
              "/identity/account/profile.xhtml",
              "pi pi-user",
              10));
    }
    if (access.hasAny(Grant.admin())) {
      entries.add(
          new MenuEntry(
              "platform.menu.admin",
              "identity.menu.users",
              "/identity/admin/users.xhtml",
              "pi pi-users",
              20));
      entries.add(
          new MenuEntry(
              "platform.menu.admin",
              "identity.menu.signInPolicy",
              "/identity/admin/sign-in-policy.xhtml",
              "pi pi-shield",
              21));
    }
    if (access.holdsRole(Role.ADMIN) || access.holdsRole(Role.TREASURER)) {
      entries.add(
          new MenuEntry(
              "platform.menu.account",
              "identity.menu.secondFactor",
              "/identity/account/second-factor.xhtml",
              "pi pi-mobile",
              11));
    }
    return entries;
  }

  @Override
  public List<DashboardPanel> panels(Access access) {
    return access.isSignedIn()
        ? List.of(
            new DashboardPanel(
                "identity.dashboard.title", "/WEB-INF/includes/identity/account-panel.xhtml", 10))
        : List.of();
  }
}
