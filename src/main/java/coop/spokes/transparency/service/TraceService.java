package coop.spokes.transparency.service;

import coop.spokes.contribution.service.CapacityService;
import coop.spokes.contribution.service.CostLine;
import coop.spokes.contribution.service.CostService;
import coop.spokes.contribution.service.IncomeService;
import coop.spokes.contribution.service.VolunteerService;
import coop.spokes.membership.service.MemberFacts;
import coop.spokes.platform.NotFoundException;
import coop.spokes.platform.persistence.KeysetPage;
import coop.spokes.platform.time.RecordWindows;
import coop.spokes.transparency.infra.ExpenseRepository;
import coop.spokes.transparency.model.Expense;
import coop.spokes.transparency.report.Categories;
import coop.spokes.transparency.report.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * The lines behind a figure of a period's report, a page at a time, read from the same record
 * windows as the figure (what a closed month counted, and the corrections after it): the payments
 * of an income cell (summed per member), the expenses of a category (the cost lines of paid work),
 * the volunteers behind the shadow budget, the server capacity lent. Same access as the report.
 */
@ApplicationScoped
@Transactional
public class TraceService {
  /** Lines per page. */
  public static final int PAGE = 50;

  @Inject coop.spokes.platform.security.Access access;
  @Inject ReportService reports;
  @Inject IncomeService income;
  @Inject CostService costs;
  @Inject VolunteerService volunteers;
  @Inject CapacityService capacity;
  @Inject ExpenseRepository expenses;

  /**
   * One page of the lines behind {@code figure} ({@code key}: the custodian id and class of an
   * income cell, as {@code 3:PRODUCER}; the category of an expense row; nothing otherwise) in the
   * report of {@code period} for custodian {@code custodianId} (consolidated when null), from the
   * page position {@code from} (null: the first page). Requires what the report requires.
   *
   * @throws NotFoundException when the key or the position names nothing the figure has
   */
  public TraceLines trace(
      Long custodianId, Period period, TraceFigure figure, String key, String from) {
    if (custodianId == null) {
      access.requireAny(TransparencyGrants.TREASURER_OF_ALL);
    } else {
      access.requireAnyToSee("custodian", custodianId, TransparencyGrants.treasurerOf(custodianId));
    }
    RecordWindows windows = reports.windowsOf(period);
    return switch (figure) {
      case INCOME -> incomeOf(custodianId, key, windows, from);
      case EXPENSE -> expensesOf(custodianId, key, windows, from);
      case VOLUNTEER -> volunteersOf(custodianId, windows, from);
      case IN_KIND -> capacityOf(custodianId, windows, from);
    };
  }

  private TraceLines incomeOf(Long custodianId, String key, RecordWindows windows, String from) {
    String[] cell = key == null ? new String[0] : key.split(":", 2);
    Long cellCustodian = cell.length == 2 ? number(cell[0]) : null;
    if (cellCustodian == null
        || !MemberFacts.CLASSES.contains(cell[1])
        || (custodianId != null && !custodianId.equals(cellCustodian))) {
      throw new NotFoundException("income", key);
    }
    long after = from == null ? Long.MIN_VALUE : required(number(from), from);
    KeysetPage<IncomeService.Contributor> page =
        income.contributorsInternal(cellCustodian, cell[1], windows, after, PAGE);
    List<TraceRow> rows =
        page.rows().stream()
            .map(
                c ->
                    new TraceRow(
                        null,
                        c.displayName(),
                        c.memberNumber(),
                        null,
                        c.amount(),
                        c.currency(),
                        null))
            .toList();
    return new TraceLines(
        rows, null, page.next() == null ? null : String.valueOf(page.next()), from == null);
  }

  private TraceLines expensesOf(Long custodianId, String key, RecordWindows windows, String from) {
    if (key == null || (!Categories.PAID_WORK.equals(key) && expenses.category(key).isEmpty())) {
      throw new NotFoundException("category", key);
    }
    int first = offset(from);
    if (Categories.PAID_WORK.equals(key)) {
      long total = costs.paidWorkLinesCountInternal(custodianId, windows);
      List<TraceRow> rows =
          costs.paidWorkLinesInternal(custodianId, windows, first, PAGE).stream()
              .map(TraceService::paidWork)
              .toList();
      return offsetPage(rows, total, first);
    }
    long total = expenses.spentLinesCount(custodianId, key, windows);
    List<TraceRow> rows =
        expenses.spentLines(custodianId, key, windows, first, PAGE).stream()
            .map(TraceService::expense)
            .toList();
    return offsetPage(rows, total, first);
  }

  private TraceLines volunteersOf(Long custodianId, RecordWindows windows, String from) {
    long after = from == null ? Long.MIN_VALUE : required(number(from), from);
    KeysetPage<VolunteerService.Volunteer> page =
        volunteers.volunteersInternal(custodianId, windows, after, PAGE);
    List<TraceRow> rows =
        page.rows().stream()
            .map(
                v ->
                    new TraceRow(
                        null,
                        v.displayName(),
                        v.memberNumber(),
                        hours(v.minutes()),
                        null,
                        null,
                        null))
            .toList();
    return new TraceLines(
        rows, null, page.next() == null ? null : String.valueOf(page.next()), from == null);
  }

  private TraceLines capacityOf(Long custodianId, RecordWindows windows, String from) {
    int first = offset(from);
    long total = capacity.capacityLinesCountInternal(custodianId, windows);
    List<TraceRow> rows =
        capacity.capacityLinesInternal(custodianId, windows, first, PAGE).stream()
            .map(
                c ->
                    new TraceRow(
                        c.day(),
                        c.member(),
                        c.description(),
                        c.participantHours(),
                        null,
                        null,
                        null))
            .toList();
    return offsetPage(rows, total, first);
  }

  private static TraceRow paidWork(CostLine l) {
    return new TraceRow(
        l.day(), l.person(), l.circle(), hours(l.minutes()), l.amount(), l.currency(), null);
  }

  private static TraceRow expense(Expense e) {
    return new TraceRow(
        e.getContent().getSpentOn(),
        e.getContent().getPayeeName(),
        e.getContent().getDescription(),
        null,
        e.getContent().getMoney().amount(),
        e.getContent().getMoney().currency(),
        e.getId());
  }

  private static TraceLines offsetPage(List<TraceRow> rows, long total, int first) {
    boolean more = first + rows.size() < total;
    return new TraceLines(rows, total, more ? String.valueOf(first + PAGE) : null, first == 0);
  }

  private static int offset(String from) {
    if (from == null) {
      return 0;
    }
    Long n = number(from);
    if (n == null || n < 0 || n > Integer.MAX_VALUE || n % PAGE != 0) {
      throw new NotFoundException("page", from);
    }
    return n.intValue();
  }

  private static long required(Long n, String text) {
    if (n == null) {
      throw new NotFoundException("page", text);
    }
    return n;
  }

  private static Long number(String text) {
    try {
      return Long.valueOf(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static BigDecimal hours(long minutes) {
    return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), MathContext.DECIMAL64);
  }
}
