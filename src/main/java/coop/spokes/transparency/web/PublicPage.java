package coop.spokes.transparency.web;

import coop.spokes.platform.i18n.Texts;
import coop.spokes.platform.web.Chart;
import coop.spokes.transparency.report.PeriodNames;
import coop.spokes.transparency.report.PublicReport;
import coop.spokes.transparency.report.Rates;
import coop.spokes.transparency.service.PublicReportService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The public transparency page ({@code transparency/public.xhtml?period=2026}): the cooperative's
 * consolidated figures of a year, quarter or month, for anyone, with no personal data. Without a
 * period it shows the year so far.
 */
@Named
@RequestScoped
public class PublicPage {
  @Inject PublicReportService reports;
  @Inject TransparencyWords words;

  private String period;
  private PublicReportService.PublicOutcome outcome;
  private Chart expensesChart;
  private Chart incomeChart;

  public void load() {
    if (period == null || period.isBlank()) {
      period = String.valueOf(LocalDate.now(Clock.systemUTC()).getYear());
    }
    outcome = reports.of(period); // an unknown period: as a missing page
    period = outcome.report() == null ? period : outcome.report().period();
  }

  public PublicReport getReport() {
    return outcome.report();
  }

  public List<Rates.Key> getMissing() {
    return outcome.missingRates();
  }

  /** The year shown, and its quarters, the year before and after, to move between periods. */
  public List<String> getNearby() {
    int year = PeriodNames.parse(period).orElseThrow().from().getYear();
    List<String> names = new ArrayList<>();
    names.add(String.valueOf(year - 1));
    names.add(String.valueOf(year));
    for (int q = 1; q <= 4; q++) {
      names.add(year + "-Q" + q);
    }
    if (year < YearMonth.now(Clock.systemUTC()).getYear()) {
      names.add(String.valueOf(year + 1));
    }
    return names;
  }

  /** A period's name as read aloud: "2026", "Q3 2026", "July 2026". */
  public String periodLabel(String name) {
    Locale locale = locale();
    if (name.contains("-Q")) {
      return Texts.text(
          locale, "transparency.public.quarter", name.substring(6), name.substring(0, 4));
    }
    if (name.length() == 7) {
      YearMonth m = YearMonth.parse(name);
      return Texts.text(locale, "contribution.month." + m.getMonthValue()) + " " + m.getYear();
    }
    return name;
  }

  /** Spending against budget per category. */
  public Chart getExpensesChart() {
    if (expensesChart == null && getReport() != null) {
      Locale locale = locale();
      List<PublicReport.Expense> rows = getReport().expenses();
      expensesChart =
          Chart.bar(locale)
              .categories(rows.stream().map(e -> words.category(e.category())).toList())
              .series(
                  Texts.text(locale, "transparency.report.actual"),
                  rows.stream().map(PublicReport.Expense::actual).toList())
              .series(
                  Texts.text(locale, "transparency.report.budget"),
                  rows.stream()
                      .map(e -> e.budget() == null ? BigDecimal.ZERO : e.budget())
                      .toList());
    }
    return expensesChart;
  }

  /** Income by membership class (the folded cells as "other"). */
  public Chart getIncomeChart() {
    if (incomeChart == null && getReport() != null) {
      Locale locale = locale();
      Map<String, BigDecimal> byClass = new LinkedHashMap<>();
      for (PublicReport.Income i : getReport().income()) {
        String label =
            i.memberClass() == null
                ? Texts.text(locale, "transparency.public.otherCells")
                : Texts.text(locale, "membership.MemberClass.short." + i.memberClass());
        byClass.merge(label, i.amount(), BigDecimal::add);
      }
      incomeChart = Chart.doughnut(locale);
      byClass.forEach((label, amount) -> incomeChart.slice(label, amount));
    }
    return incomeChart;
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }
}
