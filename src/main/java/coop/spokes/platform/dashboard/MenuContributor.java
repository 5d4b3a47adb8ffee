package coop.spokes.platform.dashboard;

import coop.spokes.platform.security.Access;
import java.util.List;

/**
 * Implemented by each context that adds menu entries; discovered by CDI. Returns only the entries
 * the caller's grants allow (the pages check again: a menu is never the only check).
 */
public interface MenuContributor {
  List<MenuEntry> menuEntries(Access access);
}
