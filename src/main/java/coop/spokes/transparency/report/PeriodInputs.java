package coop.spokes.transparency.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a period report is made from.
 *
 * @param period the report's days
 * @param rates rates to the report's currency (a custodian's report is in its own currency)
 * @param activeMembers members active during the period, for the cost per active member
 * @param participantHours meeting participant-hours served during the period (the resources
 *     ledger), for the cost per participant-hour
 */
public record PeriodInputs(
    Period period,
    Rates rates,
    List<Lines.Income> income,
    List<Lines.Expense> expenses,
    List<Lines.Budget> budgets,
    List<Lines.Hours> hours,
    List<Lines.InKind> inKind,
    long activeMembers,
    BigDecimal participantHours) {
  public PeriodInputs {
    income = List.copyOf(income);
    expenses = List.copyOf(expenses);
    budgets = List.copyOf(budgets);
    hours = List.copyOf(hours);
    inKind = List.copyOf(inKind);
  }
}
