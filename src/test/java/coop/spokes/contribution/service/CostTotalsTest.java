package coop.spokes.contribution.service;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.platform.money.Money;
import coop.spokes.timesheet.service.HoursService.PaidGroup;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Totals of paid work add the lines' amounts as the lines show them, per currency. */
class CostTotalsTest {

  @Test
  void fortyFiveMinutesTwiceAt22EurAndNinetyAt20EurMake63EurAndWorkWithoutARateAddsNothing() {
    Map<String, BigDecimal> totals =
        CostService.totalsOf(
            List.of(
                new PaidGroup(Money.of(new BigDecimal("22.00"), "EUR"), 45, 2),
                new PaidGroup(Money.of(new BigDecimal("20.00"), "EUR"), 90, 1),
                new PaidGroup(null, 30, 4)));

    assertThat(totals).containsOnlyKeys("EUR");
    assertThat(totals.get("EUR")).isEqualByComparingTo("63.00");
  }

  @Test
  void sevenMinutesAt10GbpThreeTimesIs3Point51BecauseEachLineIsRoundedToThe117ItShows() {
    Map<String, BigDecimal> totals =
        CostService.totalsOf(List.of(new PaidGroup(Money.of(new BigDecimal("10"), "GBP"), 7, 3)));

    assertThat(CostService.amount(7, new BigDecimal("10"))).isEqualByComparingTo("1.17");
    assertThat(totals.get("GBP")).isEqualByComparingTo("3.51");
  }

  @Test
  void currenciesAreNeverMixed() {
    Map<String, BigDecimal> totals =
        CostService.totalsOf(
            List.of(
                new PaidGroup(Money.of(new BigDecimal("30"), "EUR"), 60, 1),
                new PaidGroup(Money.of(new BigDecimal("25"), "GBP"), 60, 2)));

    assertThat(totals)
        .containsOnlyKeys("EUR", "GBP")
        .hasEntrySatisfying("EUR", v -> assertThat(v).isEqualByComparingTo("30.00"))
        .hasEntrySatisfying("GBP", v -> assertThat(v).isEqualByComparingTo("50.00"));
  }
}
