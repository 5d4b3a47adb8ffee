package coop.spokes.timesheet.web;

import coop.spokes.platform.dashboard.DashboardContributor;
import coop.spokes.platform.dashboard.DashboardPanel;
import coop.spokes.platform.i18n.Texts;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Grant;
import coop.spokes.platform.security.Role;
import coop.spokes.platform.web.Chart;
import coop.spokes.timesheet.service.CircleWaiting;
import coop.spokes.timesheet.service.TimesheetService;
import coop.spokes.timesheet.service.ValidationService;
import coop.spokes.timesheet.service.WeekView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * The time panel: an ops member's week (hours per day, volunteer and paid totals, whether it waits
 * to be submitted) and, for ops members and admins, the hours waiting for approval per circle.
 */
@Named
@RequestScoped
public class TimesheetPanel implements DashboardContributor {
  @Inject TimesheetService timesheet;
  @Inject ValidationService validation;
  @Inject Access access;

  private WeekView week;
  private List<CircleWaiting> waiting;
  private Chart chart;

  @Override
  public List<DashboardPanel> panels(Access access) {
    return access.grantsOf(Role.OPS).isEmpty() && !access.hasAny(Grant.admin())
        ? List.of()
        : List.of(
            new DashboardPanel(
                "timesheet.dashboard.title", "/WEB-INF/includes/timesheet/week-panel.xhtml", 12));
  }

  /** Whether the reader logs time (holds OPS somewhere). */
  public boolean isOps() {
    return !access.grantsOf(Role.OPS).isEmpty();
  }

  /** This week of the reader's, in their time zone. */
  public WeekView getWeek() {
    if (week == null) {
      week = timesheet.week(null);
    }
    return week;
  }

  /** Hours per day of this week. */
  public Chart getChart() {
    if (chart != null) {
      return chart;
    }
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    List<LocalDate> days = getWeek().days();
    chart =
        Chart.bar(locale)
            .categories(
                days.stream()
                    .map(d -> d.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale))
                    .toList())
            .series(
                Texts.text(locale, "timesheet.dashboard.hours"),
                days.stream()
                    .map(d -> getWeek().minutesPerDay().getOrDefault(d, 0) / 60.0)
                    .toList());
    return chart;
  }

  public List<CircleWaiting> getWaiting() {
    if (waiting == null) {
      waiting = validation.waitingByCircle();
    }
    return waiting;
  }
}
