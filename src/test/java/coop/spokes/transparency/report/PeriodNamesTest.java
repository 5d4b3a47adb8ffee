package coop.spokes.transparency.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Periods named as in addresses: a year, a quarter, a month or a range of days. */
class PeriodNamesTest {
  @Test
  void yearsQuartersMonthsAndRangesAreNamedBothWays() {
    assertName("2026", "2026-01-01", "2026-12-31");
    assertName("2026-Q3", "2026-07-01", "2026-09-30");
    assertName("2026-02", "2026-02-01", "2026-02-28");
    assertName("2026-03-15..2026-04-14", "2026-03-15", "2026-04-14");
    // A range that happens to be a quarter is named as one.
    assertThat(PeriodNames.name(PeriodNames.parse("2026-04-01..2026-06-30").orElseThrow()))
        .isEqualTo("2026-Q2");
  }

  @Test
  void nonsenseAndTooLongRangesNameNothing() {
    for (String bad :
        new String[] {
          null,
          "",
          "2026-Q5",
          "2026-13",
          "26",
          "2026-02-30..2026-03-01",
          "2026-05-01..2026-04-01",
          "2025-01-01..2026-06-30",
          "2026'; drop table"
        }) {
      assertThat(PeriodNames.parse(bad)).as(String.valueOf(bad)).isEmpty();
    }
  }

  private static void assertName(String name, String from, String to) {
    Period p = PeriodNames.parse(name).orElseThrow();
    assertThat(p).isEqualTo(new Period(LocalDate.parse(from), LocalDate.parse(to)));
    assertThat(PeriodNames.name(p)).isEqualTo(name);
  }
}
