package coop.spokes.contribution.model;

import java.time.LocalDate;
import java.time.Month;

/**
 * A custodian's fiscal calendar: its year starts on the first day of {@code startMonth}. A fiscal
 * year is named by the calendar year it starts in, so with a July start, fiscal year 2026 runs from
 * 2026-07-01 to 2027-06-30 inclusive; with January it is the calendar year.
 */
public record FiscalCalendar(int startMonth) {
  public FiscalCalendar {
    if (startMonth < 1 || startMonth > 12) {
      throw new ContributionException(
          "fiscalYearStartMonth", "contribution.settings.startMonth.invalid");
    }
  }

  /** The fiscal year {@code date} falls in. */
  public int yearOf(LocalDate date) {
    return date.getMonthValue() >= startMonth ? date.getYear() : date.getYear() - 1;
  }

  /** The first day of fiscal year {@code year}. */
  public LocalDate start(int year) {
    return LocalDate.of(year, Month.of(startMonth), 1);
  }

  /** The last day of fiscal year {@code year}. */
  public LocalDate end(int year) {
    return start(year + 1).minusDays(1);
  }

  /** How the year is shown: "2026" for a calendar year, "2026–27" otherwise. */
  public String label(int year) {
    return startMonth == 1
        ? Integer.toString(year)
        : year + "–" + String.format("%02d", (year + 1) % 100);
  }
}
