package coop.spokes.transparency.service;

import coop.spokes.contribution.service.CapacityService;
import coop.spokes.contribution.service.CapacitySum;
import coop.spokes.contribution.service.CostService;
import coop.spokes.contribution.service.FiscalYear;
import coop.spokes.contribution.service.IncomeService;
import coop.spokes.contribution.service.IncomeSum;
import coop.spokes.contribution.service.ScheduleService;
import coop.spokes.contribution.service.VolunteerService;
import coop.spokes.contribution.service.VolunteerSum;
import coop.spokes.custodian.service.CustodianService;
import coop.spokes.custodian.service.CustodianSummary;
import coop.spokes.membership.service.MemberFactsService;
import coop.spokes.platform.NotFoundException;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.time.RecordWindow;
import coop.spokes.platform.time.RecordWindows;
import coop.spokes.transparency.infra.ExpenseRepository;
import coop.spokes.transparency.infra.LedgerRepository;
import coop.spokes.transparency.model.Budget;
import coop.spokes.transparency.model.ClosedMonth;
import coop.spokes.transparency.model.ExchangeRate;
import coop.spokes.transparency.report.Categories;
import coop.spokes.transparency.report.Lines;
import coop.spokes.transparency.report.Period;
import coop.spokes.transparency.report.PeriodInputs;
import coop.spokes.transparency.report.PeriodReports;
import coop.spokes.transparency.report.Rates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A period's report, per custodian (in its currency) or consolidated (in the reporting currency):
 * it reads each month's figures from the contexts that own them, counting what a closed month had
 * recorded by its close and, in the first month open after it, the corrections recorded later, and
 * works them out with {@link PeriodReports}. Treasurers of a custodian read its report; treasurers
 * of all custodians read every one and the consolidated report.
 */
@ApplicationScoped
@Transactional
public class ReportService {
  /** The first day a correction may be dated on: before any record of the cooperative. */
  static final LocalDate BEGINNING = LocalDate.of(2000, 1, 1);

  @Inject Access access;
  @Inject IncomeService income;
  @Inject CostService costs;
  @Inject VolunteerService volunteers;
  @Inject CapacityService capacity;
  @Inject ScheduleService schedules;
  @Inject MemberFactsService members;
  @Inject CustodianService custodians;
  @Inject ExpenseRepository expenses;
  @Inject LedgerRepository ledger;

  /**
   * The report of {@code period} for custodian {@code custodianId}, or consolidated when null.
   * Requires TREASURER of that custodian (of all custodians when null).
   */
  public PeriodReports.Outcome report(Long custodianId, Period period) {
    if (custodianId == null) {
      access.requireAny(TransparencyGrants.TREASURER_OF_ALL);
    } else {
      access.requireAnyToSee("custodian", custodianId, TransparencyGrants.treasurerOf(custodianId));
    }
    return PeriodReports.work(inputs(custodianId, period));
  }

  /** {@link #report} without the access check, for the background exports. Internal. */
  public PeriodReports.Outcome outcomeInternal(Long custodianId, Period period) {
    access.permitInternal();
    return PeriodReports.work(inputs(custodianId, period));
  }

  /** What the report of {@code period} is made of (no access check: callers made it). */
  PeriodInputs inputs(Long custodianId, Period period) {
    List<CustodianSummary> all = custodians.listPublic();
    CustodianSummary custodian =
        custodianId == null
            ? null
            : all.stream()
                .filter(c -> c.id() == custodianId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("custodian", custodianId));
    Map<YearMonth, OffsetDateTime> closedAt = new HashMap<>();
    for (ClosedMonth m : ledger.closedMonths()) {
      closedAt.put(m.getMonth(), m.getClosedAt());
    }
    List<Lines.Income> in = new ArrayList<>();
    List<Lines.Expense> out = new ArrayList<>();
    List<Lines.Hours> hours = new ArrayList<>();
    List<Lines.InKind> inKind = new ArrayList<>();
    BigDecimal participantHours = BigDecimal.ZERO;
    for (YearMonth month : period.months()) {
      for (RecordWindow w : windows(period, month, closedAt)) {
        for (IncomeSum s : income.incomeInternal(custodianId, w)) {
          in.add(
              new Lines.Income(s.custodianId(), s.memberClass(), s.currency(), month, s.amount()));
        }
        for (ExpenseRepository.Spent s : expenses.spent(custodianId, w)) {
          out.add(
              new Lines.Expense(s.custodianId(), s.category(), s.currency(), month, s.amount()));
        }
        CostService.PaidWorkTotals paid = costs.paidWorkInternal(custodianId, w);
        long payer = custodianId == null ? 0 : custodianId;
        paid.amounts()
            .forEach(
                (currency, amount) ->
                    out.add(
                        new Lines.Expense(payer, Categories.PAID_WORK, currency, month, amount)));
        String paidCurrency =
            paid.amounts().keySet().stream()
                .findFirst()
                .orElse(custodian == null ? reportingCurrency() : custodian.currency());
        hours.add(
            new Lines.Hours(
                payer, false, paidCurrency, month, hoursOf(paid.minutes()), BigDecimal.ZERO));
        for (VolunteerSum v : volunteers.volunteerInternal(custodianId, w)) {
          hours.add(
              new Lines.Hours(
                  v.custodianId(), true, v.currency(), month, hoursOf(v.minutes()), v.value()));
        }
        for (CapacitySum c : capacity.capacityInternal(custodianId, w)) {
          inKind.add(
              new Lines.InKind(
                  c.custodianId(), c.currency(), month, c.participantHours(), c.value()));
          participantHours = participantHours.add(c.participantHours());
        }
      }
    }
    long active = 0;
    for (CustodianSummary c : all) {
      if (custodianId == null || c.id() == custodianId) {
        active += members.activeCountInternal(c.id(), period.to());
      }
    }
    return new PeriodInputs(
        period,
        rates(custodian, period),
        in,
        out,
        budgets(custodianId, all, period),
        hours,
        inKind,
        active,
        participantHours);
  }

  /** Every record window that counts in {@code period}: the lines behind its figures. */
  RecordWindows windowsOf(Period period) {
    Map<YearMonth, OffsetDateTime> closedAt = new HashMap<>();
    for (ClosedMonth m : ledger.closedMonths()) {
      closedAt.put(m.getMonth(), m.getClosedAt());
    }
    List<RecordWindow> all = new ArrayList<>();
    for (YearMonth month : period.months()) {
      all.addAll(windows(period, month, closedAt));
    }
    return new RecordWindows(all);
  }

  /**
   * The record windows that count in {@code month}: what is dated in the month's days of the period
   * and was recorded before the month closed (whenever, while it is open); and, when the month
   * before it is closed, the corrections: what is dated earlier but was recorded between that
   * month's close and this one's.
   */
  static List<RecordWindow> windows(
      Period period, YearMonth month, Map<YearMonth, OffsetDateTime> closedAt) {
    Period days = Period.of(month).intersection(period).orElseThrow();
    OffsetDateTime close = closedAt.get(month);
    List<RecordWindow> windows = new ArrayList<>();
    windows.add(new RecordWindow(days.from(), days.to(), null, close));
    OffsetDateTime previous = closedAt.get(month.minusMonths(1));
    if (previous != null) {
      windows.add(new RecordWindow(BEGINNING, month.atDay(1).minusDays(1), previous, close));
    }
    return windows;
  }

  /**
   * The rates into the report's currency: for a consolidated report, the reporting currency's rates
   * of the period's months; for a custodian's, the cross rates through the reporting currency.
   */
  private Rates rates(CustodianSummary custodian, Period period) {
    String reporting = reportingCurrency();
    List<ExchangeRate> known =
        ledger.rates(YearMonth.from(period.from()), YearMonth.from(period.to()));
    if (custodian == null) {
      Rates rates = new Rates(reporting);
      for (ExchangeRate r : known) {
        rates = rates.with(r.getCurrency(), r.getMonth(), r.getRate());
      }
      return rates;
    }
    String own = custodian.currency();
    Rates rates = new Rates(own);
    Map<YearMonth, BigDecimal> ownToReporting = new HashMap<>();
    for (ExchangeRate r : known) {
      if (r.getCurrency().equals(own)) {
        ownToReporting.put(r.getMonth(), r.getRate());
      }
    }
    for (YearMonth m : period.months()) {
      Optional<BigDecimal> ownRate =
          own.equals(reporting)
              ? Optional.of(BigDecimal.ONE)
              : Optional.ofNullable(ownToReporting.get(m));
      if (ownRate.isEmpty()) {
        continue;
      }
      if (!own.equals(reporting)) {
        rates =
            rates.with(reporting, m, BigDecimal.ONE.divide(ownRate.get(), MathContext.DECIMAL128));
      }
      for (ExchangeRate r : known) {
        if (r.getMonth().equals(m) && !r.getCurrency().equals(own)) {
          rates =
              rates.with(
                  r.getCurrency(), m, r.getRate().divide(ownRate.get(), MathContext.DECIMAL128));
        }
      }
    }
    return rates;
  }

  /** The budgets of the fiscal years the period touches, each with its year's days. */
  private List<Lines.Budget> budgets(Long custodianId, List<CustodianSummary> all, Period period) {
    List<Lines.Budget> lines = new ArrayList<>();
    for (CustodianSummary c : all) {
      if (custodianId != null && c.id() != custodianId) {
        continue;
      }
      int first = schedules.fiscalYearInternal(c.id(), period.from()).year();
      int last = schedules.fiscalYearInternal(c.id(), period.to()).year();
      for (int year = first; year <= last; year++) {
        FiscalYear fy = schedules.fiscalYearOfInternal(c.id(), year);
        for (Budget b : ledger.budgets(c.id(), year)) {
          lines.add(
              new Lines.Budget(
                  c.id(),
                  b.getCategoryCode(),
                  c.currency(),
                  new Period(fy.start(), fy.end()),
                  b.getAmount()));
        }
      }
    }
    return lines;
  }

  private String reportingCurrency() {
    return expenses.settings().getReportingCurrency();
  }

  private static BigDecimal hoursOf(long minutes) {
    return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), MathContext.DECIMAL128);
  }
}
