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

  @Inject Access access;
  @Inject HoursService hours;

  /**
   * Cost lines of days in [{@code from}, {@code to}]. Requires ADMIN or TREASURER of all
   * custodians.
   *
   * @throws ContributionException {@code contribution.costs.period} at field {@code from}
   */
  public List<CostLine> livelihood(LocalDate from, LocalDate to) {
    access.requireAny(Grant.admin(), Grant.of(Role.TREASURER, Scope.allOf(ScopeType.CUSTODIAN)));
    return lines(from, to);
  }

  /** The same lines as CSV. Same access as {@link #livelihood}, checked now. */
  public CsvDownload exportCsv(LocalDate from, LocalDate to) {
    access.requireAny(Grant.admin(), Grant.of(Role.TREASURER, Scope.allOf(ScopeType.CUSTODIAN)));
    List<CostLine> lines = lines(from, to);
    return out -> {
      try (CsvWriter csv =
          new CsvWriter(
              out, "day", "person", "circle", "minutes", "hourly_rate", "currency", "amount")) {
        for (CostLine l : lines) {
          csv.row(
              l.day(),
              l.person(),
              l.circle(),
              l.minutes(),
              l.hourlyRate(),
              l.currency(),
              l.amount());
        }
      }
    };
  }

  /** The cost lines of a period, for the transparency reports. Internal: only services call it. */
  public List<CostLine> livelihoodInternal(LocalDate from, LocalDate to) {
    access.permitInternal();
    return lines(from, to);
  }

  private List<CostLine> lines(LocalDate from, LocalDate to) {
    if (from == null || to == null || to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
      throw new ContributionException("from", "contribution.costs.period", MAX_DAYS);
    }
    return hours.paidWorkInternal(from, to).stream()
        .map(
            w ->
                new CostLine(
                    w.day(),
                    w.person(),
                    w.circle(),
                    w.minutes(),
                    w.hourlyRate() == null ? null : w.hourlyRate().amount(),
                    w.hourlyRate() == null ? null : w.hourlyRate().currency(),
                    w.hourlyRate() == null
                        ? null
                        : BigDecimal.valueOf(w.minutes())
                            .multiply(w.hourlyRate().amount())
                            .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)))
        .toList();
  }
}
