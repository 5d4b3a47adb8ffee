package coop.spokes.contribution.service;

import coop.spokes.contribution.model.ContributionException;
import coop.spokes.platform.csv.CsvDownload;
import coop.spokes.platform.csv.CsvWriter;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Grant;
import coop.spokes.platform.security.Role;
import coop.spokes.platform.security.Scope;
import coop.spokes.platform.security.ScopeType;
import coop.spokes.timesheet.service.HoursService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The valuation of paid work: approved livelihood hours become payable cost lines at the circle's
 * hourly rate of the day (minutes × rate / 60, to the cent). The transparency context reads them;
 * treasurers of all custodians and admins see and export them.
 */
@ApplicationScoped
@Transactional
public class CostService {
  /** The longest period listed at once. */
  public static final int MAX_DAYS = 366;

  private static final Grant TREASURER_OF_ALL =
      Grant.of(Role.TREASURER, Scope.allOf(ScopeType.CUSTODIAN));

  @Inject Access access;
  @Inject HoursService hours;

  /**
   * One page of the cost lines of days in [{@code from}, {@code to}], by day (newest first when
   * asked), paged in the database. Requires ADMIN or TREASURER of all custodians.
   *
   * @throws ContributionException {@code contribution.costs.period} at field {@code from}
   */
  public List<CostLine> livelihood(
      LocalDate from, LocalDate to, boolean newestFirst, int first, int max) {
    access.requireAny(Grant.admin(), TREASURER_OF_ALL);
    checkPeriod(from, to);
    return hours.paidWorkInternal(from, to, newestFirst, first, max).stream()
        .map(CostService::line)
        .toList();
  }

  /** How many lines {@link #livelihood} pages through. Same access. */
  public long livelihoodCount(LocalDate from, LocalDate to) {
    access.requireAny(Grant.admin(), TREASURER_OF_ALL);
    checkPeriod(from, to);
    return hours.paidWorkCountInternal(from, to);
  }

  /**
   * The period's total per currency: the sum of every line's amount (each rounded to the cent on
   * its own, as on the lines), by currency code; work without a rate adds nothing. Same access.
   */
  public Map<String, BigDecimal> livelihoodTotals(LocalDate from, LocalDate to) {
    access.requireAny(Grant.admin(), TREASURER_OF_ALL);
    checkPeriod(from, to);
    return totals(from, to);
  }

  /** The same lines as CSV, streamed by day. Same access as {@link #livelihood}, checked now. */
  public CsvDownload exportCsv(LocalDate from, LocalDate to) {
    access.requireAny(Grant.admin(), TREASURER_OF_ALL);
    checkPeriod(from, to);
    return out -> {
      try (CsvWriter csv =
          new CsvWriter(
              out, "day", "person", "circle", "minutes", "hourly_rate", "currency", "amount")) {
        hours.forEachPaidWorkInternal(
            from,
            to,
            w -> {
              CostLine l = line(w);
              csv.row(
                  l.day(),
                  l.person(),
                  l.circle(),
                  l.minutes(),
                  l.hourlyRate(),
                  l.currency(),
                  l.amount());
            });
      }
    };
  }

  /**
   * Every cost line of a period handed over in day order, a batch at a time, for the transparency
   * reports. Internal: only services call it.
   */
  public void forEachLivelihoodInternal(LocalDate from, LocalDate to, Consumer<CostLine> each) {
    access.permitInternal();
    checkPeriod(from, to);
    hours.forEachPaidWorkInternal(from, to, w -> each.accept(line(w)));
  }

  /** The period's totals per currency, for the transparency reports. Internal. */
  public Map<String, BigDecimal> livelihoodTotalsInternal(LocalDate from, LocalDate to) {
    access.permitInternal();
    checkPeriod(from, to);
    return totals(from, to);
  }

  static void checkPeriod(LocalDate from, LocalDate to) {
    if (from == null
        || to == null
        || to.isBefore(from)
        || from.plusDays(MAX_DAYS - 1L).isBefore(to)) { // both ends count: 366 days at most
      throw new ContributionException("from", "contribution.costs.period", MAX_DAYS);
    }
  }

  private Map<String, BigDecimal> totals(LocalDate from, LocalDate to) {
    return totalsOf(hours.paidWorkGroupsInternal(from, to));
  }

  /**
   * The total per currency of paid work grouped by rate and entry length: each entry's amount is
   * rounded to the cent on its own (as its line shows), then multiplied by the entries alike.
   */
  static Map<String, BigDecimal> totalsOf(List<HoursService.PaidGroup> groups) {
    Map<String, BigDecimal> totals = new TreeMap<>();
    for (HoursService.PaidGroup g : groups) {
      if (g.hourlyRate() != null) {
        totals.merge(
            g.hourlyRate().currency(),
            amount(g.minutes(), g.hourlyRate().amount()).multiply(BigDecimal.valueOf(g.entries())),
            BigDecimal::add);
      }
    }
    return totals;
  }

  /** What {@code minutes} of work at {@code hourlyRate} cost: minutes × rate / 60, to the cent. */
  static BigDecimal amount(int minutes, BigDecimal hourlyRate) {
    return BigDecimal.valueOf(minutes)
        .multiply(hourlyRate)
        .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
  }

  private static CostLine line(HoursService.PaidWork w) {
    return new CostLine(
        w.entryId(),
        w.day(),
        w.person(),
        w.circle(),
        w.minutes(),
        w.hourlyRate() == null ? null : w.hourlyRate().amount(),
        w.hourlyRate() == null ? null : w.hourlyRate().currency(),
        w.hourlyRate() == null ? null : amount(w.minutes(), w.hourlyRate().amount()));
  }
}
