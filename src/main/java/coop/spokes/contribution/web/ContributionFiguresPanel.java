package coop.spokes.contribution.web;

import coop.spokes.contribution.model.StandingLevel;
import coop.spokes.contribution.service.ContributionFigures;
import coop.spokes.contribution.service.ContributionFiguresService;
import coop.spokes.platform.dashboard.DashboardContributor;
import coop.spokes.platform.dashboard.DashboardPanel;
import coop.spokes.platform.i18n.Texts;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Grant;
import coop.spokes.platform.security.Role;
import coop.spokes.platform.web.Chart;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/**
 * The contributions panel of the admin's, treasurers' and managers' dashboards: how each
 * custodian's members stand this fiscal year (one stacked bar per custodian, and each figure as a
 * link to the standing list at that level) and the payment imports still open.
 */
@Named
@RequestScoped
public class ContributionFiguresPanel implements DashboardContributor {
  static final List<Role> MONEY_ROLES = List.of(Role.TREASURER, Role.CUSTODIAN_MANAGER);

  @Inject ContributionFiguresService figures;

  private List<ContributionFigures> rows;
  private Chart chart;

  @Override
  public List<DashboardPanel> panels(Access access) {
    boolean shown =
        access.hasAny(Grant.admin())
            || MONEY_ROLES.stream().anyMatch(r -> !access.grantsOf(r).isEmpty());
    return shown
        ? List.of(
            new DashboardPanel(
                "contribution.dashboard.figures",
                "/WEB-INF/includes/contribution/figures-panel.xhtml",
                8))
        : List.of();
  }

  /** The custodians whose money the caller sees, with their figures, by name. */
  public List<ContributionFigures> getRows() {
    if (rows == null) {
      rows = figures.visible();
    }
    return rows;
  }

  /** One stacked bar per custodian: its members at each level. */
  public Chart getChart() {
    if (chart == null) {
      Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
      chart =
          Chart.bar(locale)
              .categories(getRows().stream().map(ContributionFigures::custodianName).toList())
              .stacked();
      for (StandingLevel level : StandingLevel.values()) {
        chart.series(
            Texts.text(locale, "contribution.StandingLevel." + level.name()),
            getRows().stream().map(r -> r.byLevel().get(level)).toList());
      }
    }
    return chart;
  }

  public List<StandingLevel> getLevels() {
    return List.of(StandingLevel.values());
  }
}
