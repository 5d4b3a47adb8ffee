package coop.spokes.transparency.web;

import coop.spokes.platform.dashboard.DashboardContributor;
import coop.spokes.platform.dashboard.DashboardPanel;
import coop.spokes.platform.persistence.PageRequest;
import coop.spokes.platform.persistence.PageResult;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Role;
import coop.spokes.transparency.report.Period;
import coop.spokes.transparency.report.PeriodNames;
import coop.spokes.transparency.report.PeriodReport;
import coop.spokes.transparency.report.PeriodReports;
import coop.spokes.transparency.service.CustodianChoice;
import coop.spokes.transparency.service.ExpenseRow;
import coop.spokes.transparency.service.ExpenseService;
import coop.spokes.transparency.service.ReportService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

/**
 * The treasurers' panel: the claims waiting for the reader's approval, oldest first, and this
 * month's spending against its share of the budget (consolidated for treasurers of all custodians,
 * else the first custodian the reader treasures).
 */
@Named
@RequestScoped
public class TransparencyPanel implements DashboardContributor {
  /** How many waiting claims the panel lists before linking to the rest. */
  static final int SHOWN = 5;

  @Inject ExpenseService expenses;
  @Inject ReportService reports;

  private PageResult<ExpenseRow> waiting;
  private PeriodReports.Outcome month;
  private Long monthCustodian;

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

  /** This month's report, for its spending against budget. */
  public PeriodReport getMonth() {
    load();
    return month instanceof PeriodReports.Worked w ? w.report() : null;
  }

  /** The share of this month's budget spent (1 = all of it), or null without a budget. */
  public java.math.BigDecimal getMonthShare() {
    PeriodReport r = getMonth();
    return r == null || r.budgetTotal().signum() == 0
        ? null
        : r.expensesTotal().divide(r.budgetTotal(), 4, java.math.RoundingMode.HALF_EVEN);
  }

  /** Whether this month's report waits for exchange rates. */
  public boolean isMonthLacksRates() {
    load();
    return month instanceof PeriodReports.MissingRates;
  }

  /** The custodian this month's figures are of (null: consolidated). */
  public Long getMonthCustodian() {
    load();
    return monthCustodian;
  }

  /** This month's name in the report's address, e.g. 2026-12. */
  public String getMonthName() {
    return PeriodNames.name(Period.of(YearMonth.now(Clock.systemUTC())));
  }

  private void load() {
    if (month == null) {
      if (!expenses.isTreasurerOfAll()) {
        monthCustodian =
            expenses.submittableCustodians().stream()
                .filter(CustodianChoice::treasurer)
                .map(CustodianChoice::id)
                .findFirst()
                .orElse(null);
      }
      month = reports.report(monthCustodian, Period.of(YearMonth.now(Clock.systemUTC())));
    }
  }

  public PageResult<ExpenseRow> getWaiting() {
    if (waiting == null) {
      waiting = expenses.waiting(PageRequest.of(0, SHOWN));
    }
    return waiting;
  }
}
