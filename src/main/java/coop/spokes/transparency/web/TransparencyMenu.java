package coop.spokes.transparency.web;

import coop.spokes.platform.dashboard.MenuContributor;
import coop.spokes.platform.dashboard.MenuEntry;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Menu entries: claims for members and treasurers; expenses, budgets, rates and closing months for
 * treasurers; the names of expense categories for admins.
 */
@ApplicationScoped
public class TransparencyMenu implements MenuContributor {
  static final String SECTION = "transparency.menu.section";

  @Override
  public List<MenuEntry> menuEntries(Access access) {
    List<MenuEntry> entries = new ArrayList<>();
    boolean treasurer = access.holdsRole(Role.TREASURER);
    if (treasurer || !access.grantsOf(Role.MEMBER).isEmpty()) {
      entries.add(
          new MenuEntry(
              SECTION, "transparency.menu.claims", "/transparency/claims.xhtml", "pi pi-file", 10));
    }
    if (treasurer) {
      entries.add(
          new MenuEntry(
              SECTION,
              "transparency.menu.expenses",
              "/transparency/expenses.xhtml",
              "pi pi-wallet",
              20));
      entries.add(
          new MenuEntry(
              SECTION,
              "transparency.menu.report",
              "/transparency/report.xhtml",
              "pi pi-chart-bar",
              25));
      entries.add(
          new MenuEntry(
              SECTION,
              "transparency.menu.budgets",
              "/transparency/budgets.xhtml",
              "pi pi-chart-pie",
              30));
      entries.add(
          new MenuEntry(
              SECTION, "transparency.menu.rates", "/transparency/rates.xhtml", "pi pi-sync", 40));
      entries.add(
          new MenuEntry(
              SECTION,
              "transparency.menu.closing",
              "/transparency/closing.xhtml",
              "pi pi-lock",
              50));
    }
    if (access.holdsRole(Role.ADMIN)) {
      entries.add(
          new MenuEntry(
              SECTION,
              "transparency.menu.categories",
              "/transparency/categories.xhtml",
              "pi pi-tags",
              60));
    }
    return entries;
  }
}
