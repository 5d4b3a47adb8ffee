package coop.spokes.transparency.service;

import coop.spokes.audit.service.AuditService;
import coop.spokes.contribution.service.FiscalYear;
import coop.spokes.contribution.service.ScheduleService;
import coop.spokes.custodian.service.CustodianService;
import coop.spokes.custodian.service.CustodianSummary;
import coop.spokes.platform.NotFoundException;
import coop.spokes.platform.security.Access;
import coop.spokes.transparency.infra.ExpenseRepository;
import coop.spokes.transparency.infra.LedgerRepository;
import coop.spokes.transparency.model.Budget;
import coop.spokes.transparency.model.Category;
import coop.spokes.transparency.model.ClosedMonths;
import coop.spokes.transparency.model.TransparencyException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Budgets: what a custodian plans to spend on each category in one of its fiscal years, in its
 * currency, set by its treasurers; reports set them against what was spent. A year with a closed
 * month no longer changes, so a closed month's report never does.
 */
@ApplicationScoped
@Transactional
public class BudgetService {
  @Inject Access access;
  @Inject LedgerRepository ledger;
  @Inject ExpenseRepository expenses;
  @Inject ScheduleService schedules;
  @Inject CustodianService custodians;
  @Inject AuditService audit;
  @Inject Clock clock;

  /**
   * A custodian's budget for fiscal year {@code year}, a line per category. Requires TREASURER of
   * that custodian.
   */
  public BudgetView budget(long custodianId, int year) {
    access.requireAnyToSee("custodian", custodianId, TransparencyGrants.treasurerOf(custodianId));
    CustodianSummary c = custodian(custodianId);
    FiscalYear fy = schedules.fiscalYearOfInternal(custodianId, year);
    Map<String, BigDecimal> set = new HashMap<>();
    ledger.budgets(custodianId, year).forEach(b -> set.put(b.getCategoryCode(), b.getAmount()));
    return new BudgetView(
        custodianId,
        c.name(),
        c.currency(),
        year,
        fy.label(),
        fy.start(),
        fy.end(),
        expenses.categories().stream()
            .map(k -> new BudgetLine(k.getCode(), set.get(k.getCode())))
            .toList(),
        frozen(fy));
  }

  /** The fiscal year of a custodian that today falls in. Requires TREASURER of it. */
  public int currentYear(long custodianId) {
    access.requireAnyToSee("custodian", custodianId, TransparencyGrants.treasurerOf(custodianId));
    return schedules
        .fiscalYearInternal(custodianId, OffsetDateTime.now(clock).toLocalDate())
        .year();
  }

  /**
   * Sets a custodian's budget for fiscal year {@code year}: an amount per category code, none
   * (null) to have no budget for it. Requires TREASURER of that custodian.
   *
   * @throws TransparencyException {@code transparency.budget.closed}, {@code
   *     transparency.budget.amount} at {@code amount_<category>}
   */
  public BudgetView save(long custodianId, int year, Map<String, BigDecimal> amounts) {
    access.requireAnyToSee("custodian", custodianId, TransparencyGrants.treasurerOf(custodianId));
    FiscalYear fy = schedules.fiscalYearOfInternal(custodianId, year);
    if (frozen(fy)) {
      throw new TransparencyException(null, "transparency.budget.closed");
    }
    long me = access.requireUserId();
    OffsetDateTime now = OffsetDateTime.now(clock);
    Map<String, String> changed = new LinkedHashMap<>();
    for (Category k : expenses.categories()) {
      BigDecimal amount = amounts.get(k.getCode());
      Optional<Budget> existing = ledger.lockBudget(custodianId, year, k.getCode());
      if (amount == null) {
        existing.ifPresent(
            b -> {
              ledger.remove(b);
              changed.put(k.getCode(), "-");
            });
      } else if (existing.isPresent()) {
        if (existing.get().getAmount().compareTo(amount) != 0) {
          existing.get().set(amount, me, now);
          changed.put(k.getCode(), amount.toPlainString());
        }
      } else {
        ledger.add(new Budget(custodianId, year, k.getCode(), amount, me, now));
        changed.put(k.getCode(), amount.toPlainString());
      }
    }
    if (!changed.isEmpty()) {
      audit.record(
          ExpenseService.STREAM, "budget.set", "custodian", custodianId, changed, "year " + year);
    }
    return budget(custodianId, year);
  }

  /** Whether a month of the fiscal year is closed. */
  private boolean frozen(FiscalYear fy) {
    ClosedMonths closed = new ClosedMonths(ledger.closedMonths());
    for (YearMonth m = YearMonth.from(fy.start());
        !m.isAfter(YearMonth.from(fy.end()));
        m = m.plusMonths(1)) {
      if (closed.isClosed(m)) {
        return true;
      }
    }
    return false;
  }

  private CustodianSummary custodian(long id) {
    return custodians.findPublic(id).orElseThrow(() -> new NotFoundException("custodian", id));
  }
}
