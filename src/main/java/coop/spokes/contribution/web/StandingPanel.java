package coop.spokes.contribution.web;

import coop.spokes.contribution.service.StandingService;
import coop.spokes.contribution.service.StandingView;
import coop.spokes.membership.service.MemberRow;
import coop.spokes.membership.service.MyMembershipService;
import coop.spokes.platform.dashboard.DashboardContributor;
import coop.spokes.platform.dashboard.DashboardPanel;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * The members' dashboard panel: the standing of this fiscal year of each membership one holds or
 * represents, with a link to every figure on "My contributions".
 */
@Named
@RequestScoped
public class StandingPanel implements DashboardContributor {
  @Inject MyMembershipService memberships;
  @Inject StandingService standing;

  private List<StandingView> views;

  @Override
  public List<DashboardPanel> panels(Access access) {
    return access.grantsOf(Role.MEMBER).isEmpty()
        ? List.of()
        : List.of(
            new DashboardPanel(
                "contribution.dashboard.title",
                "/WEB-INF/includes/contribution/standing-panel.xhtml",
                15));
  }

  /** This year's standing of each of the caller's memberships that is not LEFT. */
  public List<StandingView> getStandings() {
    if (views == null) {
      views = new ArrayList<>();
      for (MemberRow m : memberships.mine()) {
        if (m.leftOn() == null) {
          views.add(standing.standing(m.id(), standing.currentYearOf(m.id())));
        }
      }
    }
    return views;
  }
}
