package coop.spokes.contribution.web;

import coop.spokes.platform.dashboard.MenuContributor;
import coop.spokes.platform.dashboard.MenuEntry;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Grant;
import coop.spokes.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Menu entries: standing and schedule per custodian for its managers and treasurers (and admins),
 * "My contributions" for members, solidarity bands for admins.
 */
@ApplicationScoped
public class ContributionMenu implements MenuContributor {
  static final String SECTION = "contribution.menu.section";

  @Override
  public List<MenuEntry> menuEntries(Access access) {
    List<MenuEntry> entries = new ArrayList<>();
    Set<Long> custodians = new LinkedHashSet<>();
    boolean all = access.hasAny(Grant.admin());
    for (Role role : new Role[] {Role.CUSTODIAN_MANAGER, Role.TREASURER}) {
      for (Grant g : access.grantsOf(role)) {
        if (g.scope().isAll()) {
          all = true;
        } else {
          custodians.add(g.scope().id());
        }
      }
    }
    int order = 10;
    if (all) {
      entries.add(
          entry(
              "contribution.menu.standing",
              "/contribution/standing.xhtml",
              "pi pi-chart-bar",
              order++));
      entries.add(
          entry(
              "contribution.menu.schedule",
              "/contribution/schedule.xhtml",
              "pi pi-calendar",
              order++));
      entries.add(
          entry(
              "contribution.menu.import",
              "/contribution/payment-import.xhtml",
              "pi pi-upload",
              order++));
    } else {
      for (long c : custodians) {
        entries.add(
            entry(
                "contribution.menu.standing",
                "/contribution/standing.xhtml?custodian=" + c,
                "pi pi-chart-bar",
                order++));
        entries.add(
            entry(
                "contribution.menu.schedule",
                "/contribution/schedule.xhtml?custodian=" + c,
                "pi pi-calendar",
                order++));
        entries.add(
            entry(
                "contribution.menu.import",
                "/contribution/payment-import.xhtml?custodian=" + c,
                "pi pi-upload",
                order++));
      }
    }
    if (access.hasAny(Grant.admin()) || access.holdsRole(Role.TREASURER)) {
      entries.add(
          entry("contribution.menu.costs", "/contribution/costs.xhtml", "pi pi-money-bill", 30));
    }
    if (access.hasAny(Grant.admin())) {
      entries.add(
          new MenuEntry(
              "platform.menu.admin",
              "contribution.menu.bands",
              "/contribution/bands.xhtml",
              "pi pi-globe",
              40));
    }
    if (access.holdsRole(Role.OPS)) {
      entries.add(
          new MenuEntry(
              "timesheet.menu.section",
              "contribution.menu.resources",
              "/contribution/resources.xhtml",
              "pi pi-server",
              20));
    }
    if (!access.grantsOf(Role.MEMBER).isEmpty()) {
      entries.add(
          new MenuEntry(
              "platform.menu.account",
              "contribution.menu.mine",
              "/contribution/my-contributions.xhtml",
              "pi pi-wallet",
              21));
    }
    return entries;
  }

  private static MenuEntry entry(String label, String path, String icon, int order) {
    return new MenuEntry(SECTION, label, path, icon, order);
  }
}
