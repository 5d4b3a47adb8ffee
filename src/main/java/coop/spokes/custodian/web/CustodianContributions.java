package coop.spokes.custodian.web;

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

/** The custodians menu entry and dashboard panel, for admins. */
@ApplicationScoped
public class CustodianContributions implements MenuContributor, DashboardContributor {

  @Override
  public List<MenuEntry> menuEntries(Access access) {
    List<MenuEntry> entries = new ArrayList<>();
    if (access.hasAny(Grant.admin())) {
      entries.add(
          new MenuEntry(
              "platform.menu.admin",
              "custodian.menu.custodians",
              "/custodian/custodians.xhtml",
              "pi pi-building",
              10));
    }
    int order = 30;
    for (Grant g : access.grantsOf(Role.CUSTODIAN_MANAGER)) {
      if (!g.scope().isAll()) {
        entries.add(
            new MenuEntry(
                "platform.menu.account",
                "custodian.menu.mine",
                "/custodian/custodian-edit.xhtml?id=" + g.scope().id(),
                "pi pi-building",
                order++));
      }
    }
    return entries;
  }

  @Override
  public List<DashboardPanel> panels(Access access) {
    return access.hasAny(Grant.admin())
        ? List.of(
            new DashboardPanel(
                "custodian.dashboard.title",
                "/WEB-INF/includes/custodian/custodians-panel.xhtml",
                20))
        : List.of();
  }
}
