package coop.spokes.transparency.service;

import coop.spokes.contribution.service.CostService;
import coop.spokes.contribution.service.IncomeService;
import coop.spokes.contribution.service.IncomeSum;
import coop.spokes.custodian.service.CustodianService;
import coop.spokes.custodian.service.CustodianSummary;
import coop.spokes.membership.service.MemberFacts;
import coop.spokes.membership.service.MemberFactsService;
import coop.spokes.platform.NotFoundException;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.time.RecordWindows;
import coop.spokes.transparency.infra.ExpenseRepository;
import coop.spokes.transparency.report.Period;
import coop.spokes.transparency.report.PeriodNames;
import coop.spokes.transparency.report.PeriodReports;
import coop.spokes.transparency.report.PublicFolding;
import coop.spokes.transparency.report.PublicReport;
import coop.spokes.transparency.report.Rates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public transparency page's figures: the consolidated report of a calendar year, quarter or
 * month with small cells folded into "other" ({@link PublicFolding}), open to anyone. Each period's
 * figures are worked out at most once every few minutes and shared by every visitor, so the public
 * cannot make the database work harder by asking more often.
 */
@ApplicationScoped
@Transactional
public class PublicReportService {
  /** How long a period's public figures are reused. */
  static final Duration FRESH = Duration.ofMinutes(5);

  /** The most periods kept at once. */
  static final int KEPT = 64;

  @Inject Access access;
  @Inject ReportService reports;
  @Inject IncomeService income;
  @Inject ExpenseRepository expenses;
  @Inject CustodianService custodians;
  @Inject CostService costs;
  @Inject MemberFactsService members;
  @Inject Clock clock;

  private final Map<String, Kept> kept = new ConcurrentHashMap<>();

  /** Public figures of a period, or the rates they lack. */
  public record PublicOutcome(PublicReport report, List<Rates.Key> missingRates)
      implements java.io.Serializable {}

  private record Kept(PublicOutcome outcome, Instant at) {}

  /**
   * The public figures of {@code periodName}: a year ({@code 2026}), quarter ({@code 2026-Q3}) or
   * month ({@code 2026-07}) from 2000 to next year. Open to anyone.
   *
   * @throws NotFoundException when the name names no such period
   */
  public PublicOutcome of(String periodName) {
    access.permitPublic();
    Period period = publicPeriod(periodName);
    String name = PeriodNames.name(period);
    Instant now = clock.instant();
    Kept k = kept.get(name);
    if (k != null && k.at().plus(FRESH).isAfter(now)) {
      return k.outcome();
    }
    PublicOutcome outcome = work(name, period);
    if (kept.size() >= KEPT) {
      kept.clear();
    }
    kept.put(name, new Kept(outcome, now));
    return outcome;
  }

  /** The period a public address names, if it is a calendar one within reach. */
  Period publicPeriod(String periodName) {
    Period period =
        periodName == null || periodName.contains("..")
            ? null
            : PeriodNames.parse(periodName).orElse(null);
    int thisYear = LocalDate.now(clock).getYear();
    if (period == null
        || period.from().getYear() < 2000
        || period.from().getYear() > thisYear + 1) {
      throw new NotFoundException("period", periodName);
    }
    return period;
  }

  private PublicOutcome work(String name, Period period) {
    PeriodReports.Outcome outcome = reports.outcomeInternal(null, period);
    if (outcome instanceof PeriodReports.MissingRates m) {
      return new PublicOutcome(null, m.missing());
    }
    RecordWindows windows = reports.windowsOf(period);
    Map<String, Long> contributors = new HashMap<>();
    for (IncomeSum s : income.incomeInternal(null, windows)) {
      contributors.merge(
          s.custodianId() + "|" + s.memberClass(), (long) s.contributors(), Long::sum);
    }
    Map<String, Long> payees = new HashMap<>();
    for (ExpenseRepository.Spent s : expenses.spent(null, windows)) {
      payees.merge(s.category(), s.payees(), Long::sum);
    }
    Map<Long, String> names = new HashMap<>();
    for (CustodianSummary c : custodians.listPublic()) {
      names.put(c.id(), c.name());
    }
    return new PublicOutcome(
        PublicFolding.fold(
            name,
            ((PeriodReports.Worked) outcome).report(),
            contributors,
            payees,
            expenses.settings().getFoldBelow(),
            id -> names.getOrDefault(id, "—"),
            named(windows)),
        List.of());
  }

  /** The paid work of the members who chose to be named, by name. */
  private List<PublicReport.NamedPaidWork> named(RecordWindows windows) {
    List<Long> ids = expenses.publicPayees();
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, CostService.PaidWorkTotals> work = costs.paidWorkOfMembersInternal(ids, windows);
    Map<Long, MemberFacts> facts = members.byIdsInternal(work.keySet());
    List<PublicReport.NamedPaidWork> rows = new java.util.ArrayList<>();
    work.forEach(
        (member, totals) -> {
          MemberFacts f = facts.get(member);
          BigDecimal hours =
              BigDecimal.valueOf(totals.minutes())
                  .divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_EVEN);
          totals
              .amounts()
              .forEach(
                  (currency, amount) ->
                      rows.add(
                          new PublicReport.NamedPaidWork(
                              f == null ? "—" : f.displayName(), hours, amount, currency)));
        });
    rows.sort(java.util.Comparator.comparing(PublicReport.NamedPaidWork::name));
    return rows;
  }
}
