package coop.spokes.transparency.report;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Periods as people and addresses name them: a year ({@code 2026}), a quarter ({@code 2026-Q3}), a
 * month ({@code 2026-07}) or any range of days ({@code 2026-03-15..2026-04-14}).
 */
public final class PeriodNames {
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
  private static final Pattern RANGE =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

  /** The longest range of days a period may name. */
  public static final int MAX_DAYS = 366;

  private PeriodNames() {}

  /** The period {@code name} names, if it names one (a range at most {@link #MAX_DAYS} long). */
  public static Optional<Period> parse(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String n = name.strip();
    Matcher m;
    try {
      if ((m = YEAR.matcher(n)).matches()) {
        Year y = Year.of(Integer.parseInt(m.group(1)));
        return Optional.of(new Period(y.atDay(1), y.atMonth(12).atEndOfMonth()));
      }
      if ((m = QUARTER.matcher(n)).matches()) {
        YearMonth first =
            YearMonth.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1);
        return Optional.of(new Period(first.atDay(1), first.plusMonths(2).atEndOfMonth()));
      }
      if ((m = MONTH.matcher(n)).matches()) {
        return Optional.of(Period.of(YearMonth.parse(n)));
      }
      if ((m = RANGE.matcher(n)).matches()) {
        Period p = new Period(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)));
        return p.days() <= MAX_DAYS ? Optional.of(p) : Optional.empty();
      }
    } catch (RuntimeException e) {
      return Optional.empty(); // 2026-02-30, a range that ends before it starts
    }
    return Optional.empty();
  }

  /** The shortest name of {@code period}: a year, quarter or month when it is one, else a range. */
  public static String name(Period period) {
    LocalDate from = period.from();
    LocalDate to = period.to();
    if (from.getDayOfMonth() == 1 && to.equals(YearMonth.from(to).atEndOfMonth())) {
      YearMonth first = YearMonth.from(from);
      YearMonth last = YearMonth.from(to);
      if (first.equals(last)) {
        return first.toString();
      }
      if (first.getYear() == last.getYear()
          && first.getMonthValue() == 1
          && last.getMonthValue() == 12) {
        return Integer.toString(first.getYear());
      }
      if (first.getYear() == last.getYear()
          && (first.getMonthValue() - 1) % 3 == 0
          && last.equals(first.plusMonths(2))) {
        return first.getYear() + "-Q" + ((first.getMonthValue() - 1) / 3 + 1);
      }
    }
    return from + ".." + to;
  }
}
