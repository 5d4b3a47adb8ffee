package coop.spokes.transparency.report;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A line behind a report as its exports write it: which part of the report it adds to, its day
 * (null for a sum over the period), the custodian, its group (membership class, category or
 * circle), who (payee, person or member), a reference (receipt number, description, member number),
 * hours (null if none) and an amount in its currency (null if none).
 */
public record ExportLine(
    Section section,
    LocalDate day,
    long custodianId,
    String group,
    String who,
    String reference,
    BigDecimal hours,
    BigDecimal amount,
    String currency) {

  /** The parts of a report lines add to. */
  public enum Section {
    INCOME,
    EXPENSE,
    PAID_WORK,
    VOLUNTEER,
    IN_KIND;

    /** The section's name in a CSV file: lower case, words joined by a hyphen. */
    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }
}
