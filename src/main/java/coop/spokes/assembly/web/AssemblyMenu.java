package coop.spokes.assembly.web;

import coop.spokes.platform.dashboard.MenuContributor;
import coop.spokes.platform.dashboard.MenuEntry;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Grant;
import coop.spokes.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Menu entries: voting for members (and representatives), assemblies for admins and chairs, and
 * published results for everyone signed in.
 */
@ApplicationScoped
public class AssemblyMenu implements MenuContributor {
  static final String SECTION = "assembly.menu.section";

  @Override
  public List<MenuEntry> menuEntries(Access access) {
    List<MenuEntry> entries = new ArrayList<>();
    if (!access.grantsOf(Role.MEMBER).isEmpty()) {
      entries.add(
          new MenuEntry(
              SECTION, "assembly.menu.vote", "/assembly/vote.xhtml", "pi pi-check-circle", 10));
    }
    if (access.hasAny(Grant.admin()) || access.holdsRole(Role.CHAIR)) {
      entries.add(
          new MenuEntry(
              SECTION,
              "assembly.menu.assemblies",
              "/assembly/assemblies.xhtml",
              "pi pi-building",
              20));
    }
    entries.add(
        new MenuEntry(
            SECTION, "assembly.menu.results", "/assembly/results.xhtml", "pi pi-chart-bar", 30));
    return entries;
  }
}
