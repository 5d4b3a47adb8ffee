package coop.spokes.audit.web;

import coop.spokes.platform.dashboard.MenuContributor;
import coop.spokes.platform.dashboard.MenuEntry;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Grant;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The audit log's menu entry, for admins. */
@ApplicationScoped
public class AuditContributions implements MenuContributor {

  @Override
  public List<MenuEntry> menuEntries(Access access) {
    return access.hasAny(Grant.admin())
        ? List.of(
            new MenuEntry(
                "platform.menu.admin",
                "audit.menu.log",
                "/audit/audit-log.xhtml",
                "pi pi-shield",
                30))
        : List.of();
  }
}
