package coop.spokes.transparency.report;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The figures a report is made from, each summed per month in its own currency by the query that
 * reads it (a month's figures convert at that month's rate).
 */
public final class Lines {
  private Lines() {}

  /** Money received from the members of a class through a custodian. */
  public record Income(
      long custodianId, String memberClass, String currency, YearMonth month, BigDecimal amount) {}

  /**
   * Money spent in a category by a custodian (paid work is the category {@link
   * Categories#PAID_WORK}, filled from the paid-work cost lines only).
   */
  public record Expense(
      long custodianId, String category, String currency, YearMonth month, BigDecimal amount) {}

  /**
   * A custodian's budget for a category over one of its fiscal years, spread evenly over the year's
   * days.
   */
  public record Budget(
      long custodianId, String category, String currency, Period fiscalYear, BigDecimal amount) {}

  /**
   * Hours of work: volunteer (gift) hours with their value at the custodian's valuation rate, or
   * paid (livelihood) hours, whose cost is in the paid-work expenses.
   */
  public record Hours(
      long custodianId,
      boolean volunteer,
      String currency,
      YearMonth month,
      BigDecimal hours,
      BigDecimal value) {}

  /** Server capacity lent by members' nodes: participant-hours and their value. */
  public record InKind(
      long custodianId,
      String currency,
      YearMonth month,
      BigDecimal participantHours,
      BigDecimal value) {}
}
