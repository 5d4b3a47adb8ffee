package coop.spokes.contribution.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When the yearly reminders and lapses fall due: reminders from {@code reminderDaysBeforeEnd} days
 * before a fiscal year ends until it ends, to members below what is asked; lapses once the previous
 * fiscal year has been closed for {@code graceDays}, for members who belonged to the custodian in
 * that year and gave nothing.
 */
public record YearEndRules(int reminderDaysBeforeEnd, int graceDays) {
  public YearEndRules {
    if (reminderDaysBeforeEnd < 0 || graceDays < 0) {
      throw new IllegalArgumentException("days must not be negative");
    }
  }

  /** The fiscal year whose reminders are due on {@code today}, if any. */
  public Optional<Integer> reminderYear(FiscalCalendar calendar, LocalDate today) {
    int year = calendar.yearOf(today);
    return today.isBefore(calendar.end(year).minusDays(reminderDaysBeforeEnd))
        ? Optional.empty()
        : Optional.of(year);
  }

  /** The closed fiscal year whose lapses are due on {@code today}, if any. */
  public Optional<Integer> lapseYear(FiscalCalendar calendar, LocalDate today) {
    int year = calendar.yearOf(today) - 1;
    return today.isBefore(calendar.end(year).plusDays(graceDays))
        ? Optional.empty()
        : Optional.of(year);
  }

  /** Whether a member of that standing, asked {@code asked}, gets a reminder. */
  public static boolean remind(StandingLevel level, boolean asked) {
    return asked && level != StandingLevel.GOOD;
  }

  /**
   * Whether a member lapses for {@code year}: they gave nothing, are active, and belonged to the
   * custodian before the year ended.
   */
  public static boolean lapse(
      StandingLevel level,
      boolean active,
      LocalDate memberSince,
      FiscalCalendar calendar,
      int year) {
    return level == StandingLevel.NONE && active && !memberSince.isAfter(calendar.end(year));
  }
}
