package coop.spokes.transparency.service;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.platform.time.RecordWindow;
import coop.spokes.transparency.report.Period;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What counts in a month of a report: what is dated in it and was recorded before it closed, and,
 * after a closed month, the corrections recorded between the two closes.
 */
class ReportWindowsTest {
  static final OffsetDateTime JAN_CLOSED = OffsetDateTime.parse("2026-02-05T17:00:00Z");
  static final OffsetDateTime FEB_CLOSED = OffsetDateTime.parse("2026-03-06T17:00:00Z");
  static final Map<YearMonth, OffsetDateTime> CLOSED =
      Map.of(YearMonth.of(2026, 1), JAN_CLOSED, YearMonth.of(2026, 2), FEB_CLOSED);
  static final Period Q1 = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));

  @Test
  void aClosedMonthCountsWhatWasRecordedByItsCloseAndNothingEarlier() {
    assertThat(ReportService.windows(Q1, YearMonth.of(2026, 1), CLOSED))
        .containsExactly(
            new RecordWindow(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), null, JAN_CLOSED));
  }

  @Test
  void theMonthAfterAClosedOneCountsTheCorrectionsRecordedBetweenTheCloses() {
    assertThat(ReportService.windows(Q1, YearMonth.of(2026, 2), CLOSED))
        .containsExactly(
            new RecordWindow(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), null, FEB_CLOSED),
            new RecordWindow(
                ReportService.BEGINNING, LocalDate.of(2026, 1, 31), JAN_CLOSED, FEB_CLOSED));
    // March is open: its own records whenever recorded, and corrections since February's close.
    assertThat(ReportService.windows(Q1, YearMonth.of(2026, 3), CLOSED))
        .containsExactly(
            new RecordWindow(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), null, null),
            new RecordWindow(ReportService.BEGINNING, LocalDate.of(2026, 2, 28), FEB_CLOSED, null));
  }

  @Test
  void aPeriodOfAFewDaysCountsOnlyItsDays() {
    Period days = new Period(LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 20));
    List<RecordWindow> april = ReportService.windows(days, YearMonth.of(2026, 4), Map.of());
    assertThat(april).containsExactly(RecordWindow.dated(days.from(), days.to()));
  }
}
