package coop.spokes.platform.dashboard;

import coop.spokes.platform.security.Access;
import java.util.List;

/**
 * Implemented by each context that adds panels to the dashboard; discovered by CDI. Returns only
 * the panels the caller's grants allow.
 */
public interface DashboardContributor {
  List<DashboardPanel> panels(Access access);
}
