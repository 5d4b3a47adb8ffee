package coop.spokes.transparency.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The months closed so far, and in which month something dated on a day and recorded at an instant
 * counts: the month of its day, unless that month was already closed when it was recorded; then the
 * first month still open at that instant (a correction there), so a closed month's report never
 * changes.
 */
public final class ClosedMonths {
  private final NavigableMap<YearMonth, OffsetDateTime> closedAt = new TreeMap<>();

  /** From the closed months, in any order. */
  public ClosedMonths(List<ClosedMonth> months) {
    months.forEach(m -> closedAt.put(m.getMonth(), m.getClosedAt()));
  }

  /** Whether {@code month} is closed. */
  public boolean isClosed(YearMonth month) {
    return closedAt.containsKey(month);
  }

  /** The last closed month, if any. */
  public Optional<YearMonth> last() {
    return closedAt.isEmpty() ? Optional.empty() : Optional.of(closedAt.lastKey());
  }

  /** The month to close next: the one after the last closed, or {@code current} if none is. */
  public YearMonth next(YearMonth current) {
    return last().map(m -> m.plusMonths(1)).orElse(current);
  }

  /** The month something dated {@code day} and recorded at {@code recordedAt} counts in. */
  public YearMonth countsIn(LocalDate day, OffsetDateTime recordedAt) {
    YearMonth month = YearMonth.from(day);
    OffsetDateTime closed = closedAt.get(month);
    if (closed == null || recordedAt.isBefore(closed)) {
      return month;
    }
    YearMonth later = month.plusMonths(1);
    while (closedAt.containsKey(later) && !recordedAt.isBefore(closedAt.get(later))) {
      later = later.plusMonths(1);
    }
    return later;
  }

  /** Whether what counts in the month of {@code day}, recorded at {@code recordedAt}, is frozen. */
  public boolean isFrozen(LocalDate day, OffsetDateTime recordedAt) {
    return isClosed(countsIn(day, recordedAt));
  }
}
