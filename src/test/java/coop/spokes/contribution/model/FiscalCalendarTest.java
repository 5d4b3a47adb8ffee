package coop.spokes.contribution.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Fiscal years named by the calendar year they start in. */
class FiscalCalendarTest {
  @Test
  void aJanuaryYearIsTheCalendarYear() {
    FiscalCalendar jan = new FiscalCalendar(1);

    assertThat(jan.yearOf(LocalDate.of(2026, 1, 1))).isEqualTo(2026);
    assertThat(jan.yearOf(LocalDate.of(2026, 12, 31))).isEqualTo(2026);
    assertThat(jan.start(2026)).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(jan.end(2026)).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(jan.label(2026)).isEqualTo("2026");
  }

  @Test
  void aJulyYear2026RunsFromJuly2026ToJune2027() {
    FiscalCalendar july = new FiscalCalendar(7);

    assertThat(july.yearOf(LocalDate.of(2026, 6, 30))).isEqualTo(2025);
    assertThat(july.yearOf(LocalDate.of(2026, 7, 1))).isEqualTo(2026);
    assertThat(july.yearOf(LocalDate.of(2027, 6, 30))).isEqualTo(2026);
    assertThat(july.start(2026)).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(july.end(2026)).isEqualTo(LocalDate.of(2027, 6, 30));
    assertThat(july.label(2026)).isEqualTo("2026–27");
    assertThat(new FiscalCalendar(4).label(2099)).isEqualTo("2099–00");
  }

  @Test
  void theMonthIsOneToTwelve() {
    assertThatThrownBy(() -> new FiscalCalendar(0)).isInstanceOf(ContributionException.class);
    assertThatThrownBy(() -> new FiscalCalendar(13)).isInstanceOf(ContributionException.class);
  }
}
