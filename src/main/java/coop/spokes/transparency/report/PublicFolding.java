package coop.spokes.transparency.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Turns a consolidated report into its public form: income cells with fewer contributors than the
 * threshold are added into one "other" cell, expense categories with fewer payees into the "other"
 * category (paid work is a total of its own and never folded); totals stay as they were.
 */
public final class PublicFolding {
  private PublicFolding() {}

  /**
   * The public form of {@code report} named {@code periodName}.
   *
   * @param contributors distinct contributors per income cell, keyed {@code custodianId|class}
   * @param payees distinct payees per expense category
   * @param custodianName a custodian's public name
   * @param named the paid work of those who chose to be named
   */
  public static PublicReport fold(
      String periodName,
      PeriodReport report,
      Map<String, Long> contributors,
      Map<String, Long> payees,
      int foldBelow,
      LongFunction<String> custodianName,
      List<PublicReport.NamedPaidWork> named) {
    List<PublicReport.Income> income = new ArrayList<>();
    BigDecimal otherIncome = BigDecimal.ZERO;
    boolean anyFoldedIncome = false;
    for (PeriodReport.IncomeCell c : report.income()) {
      long n = contributors.getOrDefault(c.custodianId() + "|" + c.memberClass(), 0L);
      if (n < foldBelow) {
        otherIncome = otherIncome.add(c.amount());
        anyFoldedIncome = true;
      } else {
        income.add(
            new PublicReport.Income(
                custodianName.apply(c.custodianId()), c.memberClass(), c.amount()));
      }
    }
    if (anyFoldedIncome) {
      income.add(new PublicReport.Income(null, null, otherIncome));
    }

    List<PublicReport.Expense> expenses = new ArrayList<>();
    BigDecimal otherActual = BigDecimal.ZERO;
    BigDecimal otherBudget = null;
    boolean anyOther = false;
    for (PeriodReport.CategoryRow e : report.expenses()) {
      boolean paidWork = Categories.PAID_WORK.equals(e.category());
      boolean fold =
          !paidWork
              && (PublicReport.OTHER.equals(e.category())
                  || payees.getOrDefault(e.category(), 0L) < foldBelow);
      if (fold) {
        anyOther = true;
        otherActual = otherActual.add(e.actual());
        if (e.budget() != null) {
          otherBudget = otherBudget == null ? e.budget() : otherBudget.add(e.budget());
        }
      } else {
        expenses.add(new PublicReport.Expense(e.category(), e.actual(), e.budget()));
      }
    }
    if (anyOther) {
      expenses.add(new PublicReport.Expense(PublicReport.OTHER, otherActual, otherBudget));
    }
    return new PublicReport(
        periodName,
        report.period().from(),
        report.period().to(),
        report.currency(),
        report.incomeTotal(),
        report.expensesTotal(),
        report.result(),
        income,
        expenses,
        report.costPerActiveMember(),
        report.costPerParticipantHour(),
        report.shadow(),
        report.inKind(),
        report.ratesUsed(),
        named,
        foldBelow);
  }
}
