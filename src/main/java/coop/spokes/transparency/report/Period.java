package coop.spokes.transparency.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A report's period: the days from {@code from} to {@code to}, both included (a month, a quarter, a
 * year or any range).
 */
public record Period(LocalDate from, LocalDate to) {
  public Period {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("a period ends on or after its first day");
    }
  }

  /** The calendar month {@code month}. */
  public static Period of(YearMonth month) {
    return new Period(month.atDay(1), month.atEndOfMonth());
  }

  /** Its number of days. */
  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  /** The months it touches, in order. */
  public List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }

  /** The days it shares with {@code other}, if any. */
  public Optional<Period> intersection(Period other) {
    LocalDate start = from.isAfter(other.from) ? from : other.from;
    LocalDate end = to.isBefore(other.to) ? to : other.to;
    return end.isBefore(start) ? Optional.empty() : Optional.of(new Period(start, end));
  }

  /** The number of days it shares with {@code other} (0 when they do not meet). */
  public long overlap(Period other) {
    return intersection(other).map(Period::days).orElse(0L);
  }
}
