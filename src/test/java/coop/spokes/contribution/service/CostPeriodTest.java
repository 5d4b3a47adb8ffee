package coop.spokes.contribution.service;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.spokes.contribution.model.ContributionException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A costs period counts both its days: 366 of them at most, the end not before the start. */
class CostPeriodTest {

  @Test
  void firstJanuaryToThirtyFirstDecemberOfALeapYearIs366DaysAndAllowed() {
    assertThatCode(
            () -> CostService.checkPeriod(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31)))
        .doesNotThrowAnyException();
  }

  @Test
  void firstJanuaryToSecondJanuaryOfTheNextYearIs367DaysAndRefused() {
    assertThatThrownBy(
            () -> CostService.checkPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 2)))
        .isInstanceOf(ContributionException.class)
        .hasMessageContaining("contribution.costs.period");
  }

  @Test
  void oneDayIsAPeriodAndAnEndBeforeTheStartIsNot() {
    LocalDate day = LocalDate.of(2026, 11, 30);
    assertThatCode(() -> CostService.checkPeriod(day, day)).doesNotThrowAnyException();
    assertThatThrownBy(() -> CostService.checkPeriod(day, day.minusDays(1)))
        .isInstanceOf(ContributionException.class);
  }
}
