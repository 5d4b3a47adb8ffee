package coop.spokes.timesheet.web;

import coop.spokes.platform.dashboard.MenuContributor;
import coop.spokes.platform.dashboard.MenuEntry;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Grant;
import coop.spokes.platform.security.Role;
import coop.spokes.platform.security.Scope;
import coop.spokes.platform.security.ScopeType;
import coop.spokes.timesheet.service.ValidationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * Menu entries: "My time" and validation per circle for ops members (with the number waiting),
 * circles and period closing for admins and treasurers of all custodians.
 */
@ApplicationScoped
public class TimesheetMenu implements MenuContributor {
  static final String SECTION = "timesheet.menu.section";

  @Inject ValidationService validation;

  @Override
  public List<MenuEntry> menuEntries(Access access) {
    List<MenuEntry> entries = new ArrayList<>();
    List<Grant> ops = access.grantsOf(Role.OPS);
    if (!ops.isEmpty()) {
      entries.add(
          new MenuEntry(
              SECTION, "timesheet.menu.week", "/timesheet/week.xhtml", "pi pi-clock", 10));
      int order = 11;
      for (Grant g : ops) {
        if (!g.scope().isAll()) {
          entries.add(
              new MenuEntry(
                  SECTION,
                  "timesheet.menu.validate",
                  "/timesheet/validate.xhtml?circle=" + g.scope().id(),
                  "pi pi-check-square",
                  order++,
                  validation.countSubmitted(g.scope().id())));
        }
      }
    }
    if (access.hasAny(Grant.admin(), Grant.of(Role.TREASURER, Scope.allOf(ScopeType.CUSTODIAN)))) {
      entries.add(
          new MenuEntry(
              SECTION, "timesheet.menu.circles", "/timesheet/circles.xhtml", "pi pi-sitemap", 30));
    }
    return entries;
  }
}
