package coop.spokes.transparency.web;

import coop.spokes.platform.dashboard.DashboardContributor;
import coop.spokes.platform.dashboard.DashboardPanel;
import coop.spokes.platform.persistence.PageRequest;
import coop.spokes.platform.persistence.PageResult;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Role;
import coop.spokes.transparency.service.ExpenseRow;
import coop.spokes.transparency.service.ExpenseService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The treasurers' panel: the claims waiting for the reader's approval, oldest first. */
@Named
@RequestScoped
public class TransparencyPanel implements DashboardContributor {
  /** How many waiting claims the panel lists before linking to the rest. */
  static final int SHOWN = 5;

  @Inject ExpenseService expenses;

  private PageResult<ExpenseRow> waiting;

  @Override
  public List<DashboardPanel> panels(Access access) {
    return access.holdsRole(Role.TREASURER)
        ? List.of(
            new DashboardPanel(
                "transparency.dashboard.title",
                "/WEB-INF/includes/transparency/transparency-panel.xhtml",
                7))
        : List.of();
  }

  public PageResult<ExpenseRow> getWaiting() {
    if (waiting == null) {
      waiting = expenses.waiting(PageRequest.of(0, SHOWN));
    }
    return waiting;
  }
}
