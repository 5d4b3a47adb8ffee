package coop.spokes.transparency.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What is recorded late for a closed month counts in the first month still open when it was
 * recorded, so a closed month's report never changes.
 */
class ClosedMonthsTest {
  static final OffsetDateTime JAN_CLOSED = at(2026, 2, 5);
  static final OffsetDateTime FEB_CLOSED = at(2026, 3, 4);
  static final ClosedMonths CLOSED =
      new ClosedMonths(
          List.of(
              new ClosedMonth(YearMonth.of(2026, 2), 1, FEB_CLOSED),
              new ClosedMonth(YearMonth.of(2026, 1), 1, JAN_CLOSED)));

  @Test
  void whatWasRecordedBeforeTheCloseCountsInItsOwnMonth() {
    assertThat(CLOSED.countsIn(LocalDate.of(2026, 1, 20), at(2026, 1, 31)))
        .isEqualTo(YearMonth.of(2026, 1));
  }

  @Test
  void whatWasRecordedAfterTheCloseCountsInTheFirstMonthThenOpen() {
    // Dated in January, recorded in February while February was open: a correction in February.
    assertThat(CLOSED.countsIn(LocalDate.of(2026, 1, 20), at(2026, 2, 20)))
        .isEqualTo(YearMonth.of(2026, 2));
    // Recorded after February closed too: in March.
    assertThat(CLOSED.countsIn(LocalDate.of(2026, 1, 20), at(2026, 3, 10)))
        .isEqualTo(YearMonth.of(2026, 3));
    assertThat(CLOSED.isFrozen(LocalDate.of(2026, 1, 20), at(2026, 3, 10))).isFalse();
    assertThat(CLOSED.isFrozen(LocalDate.of(2026, 1, 20), at(2026, 2, 20))).isTrue();
  }

  @Test
  void theMonthToCloseNextFollowsTheLastClosed() {
    assertThat(CLOSED.next(YearMonth.of(2026, 6))).isEqualTo(YearMonth.of(2026, 3));
    assertThat(new ClosedMonths(List.of()).next(YearMonth.of(2026, 6)))
        .isEqualTo(YearMonth.of(2026, 6));
    assertThat(CLOSED.last()).contains(YearMonth.of(2026, 2));
  }

  private static OffsetDateTime at(int year, int month, int day) {
    return OffsetDateTime.of(year, month, day, 12, 0, 0, 0, ZoneOffset.UTC);
  }
}
