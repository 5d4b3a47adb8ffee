package coop.spokes.transparency.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * A period's report, every amount in {@link #currency()} rounded to the cent (half to even) after
 * summing exactly.
 *
 * @param income income per custodian and membership class, largest first
 * @param expenses expenses per category with the period's share of their budgets, largest first
 * @param result income less expenses
 * @param costPerActiveMember expenses per member active in the period, or null with none
 * @param costPerParticipantHour expenses per meeting participant-hour, or null with none
 * @param ratesUsed the exchange rates the amounts were converted at, cited beside the figures
 */
public record PeriodReport(
    Period period,
    String currency,
    List<IncomeCell> income,
    BigDecimal incomeTotal,
    List<CategoryRow> expenses,
    BigDecimal expensesTotal,
    BigDecimal budgetTotal,
    BigDecimal result,
    BigDecimal costPerActiveMember,
    BigDecimal costPerParticipantHour,
    ShadowBudget shadow,
    InKindBeside inKind,
    List<RateUsed> ratesUsed) {

  /** Income received through one custodian from the members of one class. */
  public record IncomeCell(long custodianId, String memberClass, BigDecimal amount) {}

  /**
   * Spending in a category against the period's share of its budgets; {@code spentShare} is actual
   * divided by budget (null without a budget).
   */
  public record CategoryRow(
      String category, BigDecimal actual, BigDecimal budget, BigDecimal spentShare) {}

  /**
   * The volunteer shadow budget: volunteer hours and what they would have cost at the valuation
   * rates, beside the paid hours and their cost.
   */
  public record ShadowBudget(
      BigDecimal volunteerHours,
      BigDecimal volunteerValue,
      BigDecimal paidHours,
      BigDecimal paidCost) {}

  /** Server capacity lent by members (participant-hours and value) beside paid hosting. */
  public record InKindBeside(
      BigDecimal participantHours, BigDecimal value, BigDecimal paidHosting) {}

  /** A rate an amount was converted at. */
  public record RateUsed(String currency, YearMonth month, BigDecimal rate) {}
}
