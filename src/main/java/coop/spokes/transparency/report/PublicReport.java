package coop.spokes.transparency.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The consolidated report of a period as the public sees it: aggregates only, in the reporting
 * currency. An income cell (custodian and class) with fewer contributors than {@code foldBelow},
 * and an expense category with fewer payees, are folded into "other" (a null class, the category
 * {@link #OTHER}), so no single person's payment or pay can be read off the page. Paid work is a
 * total, with the pay of those who chose to be named listed by name.
 */
public record PublicReport(
    String period,
    LocalDate from,
    LocalDate to,
    String currency,
    BigDecimal incomeTotal,
    BigDecimal expensesTotal,
    BigDecimal result,
    List<Income> income,
    List<Expense> expenses,
    BigDecimal costPerActiveMember,
    BigDecimal costPerParticipantHour,
    PeriodReport.ShadowBudget shadowBudget,
    PeriodReport.InKindBeside inKind,
    List<PeriodReport.RateUsed> ratesUsed,
    List<NamedPaidWork> paidWorkByName,
    int foldBelow) {

  /** The category folded categories go to. */
  public static final String OTHER = "other";

  public PublicReport {
    income = List.copyOf(income);
    expenses = List.copyOf(expenses);
    ratesUsed = List.copyOf(ratesUsed);
    paidWorkByName = List.copyOf(paidWorkByName);
  }

  /**
   * The paid work of a member who chose to be named: hours and pay in one currency (a line per
   * currency they were paid in), included in the paid-work total.
   */
  public record NamedPaidWork(String name, BigDecimal hours, BigDecimal amount, String currency) {}

  /**
   * Income received through a custodian (null: the cells folded together) from the members of a
   * class (null: folded).
   */
  public record Income(String custodian, String memberClass, BigDecimal amount) {}

  /** Spending in a category against the period's share of its budgets (null: none). */
  public record Expense(String category, BigDecimal actual, BigDecimal budget) {}
}
