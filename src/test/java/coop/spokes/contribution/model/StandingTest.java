package coop.spokes.contribution.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples of a member's standing for a year. */
class StandingTest {
  static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  /** A part asking {@code suggested} (or {@code hoursAlt} hours) at an hour rate of 12.50. */
  static Standing.Part part(
      long custodian,
      String suggested,
      String hoursAlt,
      String money,
      String hours,
      String resources) {
    return new Standing.Part(
        custodian,
        "EUR",
        d(suggested),
        hoursAlt == null ? null : d(hoursAlt),
        d(money),
        d(hours).multiply(d("60")).longValueExact(),
        d("12.50"),
        d(resources));
  }

  @Test
  void paying500OfA500SuggestionIsGoodAt100Percent() {
    Standing s = Standing.of(List.of(part(1, "500", null, "500", "0", "0")));

    assertThat(s.level()).isEqualTo(StandingLevel.GOOD);
    assertThat(s.percent()).isEqualByComparingTo("100.00");
  }

  @Test
  void paying499_99OfA500SuggestionIsPartialAt99_99Percent() {
    Standing s = Standing.of(List.of(part(1, "500", null, "499.99", "0", "0")));

    assertThat(s.level()).isEqualTo(StandingLevel.PARTIAL);
    assertThat(s.percent()).isEqualByComparingTo("99.99");
  }

  @Test
  void nothingGivenAgainstA500SuggestionIsNone() {
    Standing s = Standing.of(List.of(part(1, "500", "40", "0", "0", "0")));

    assertThat(s.level()).isEqualTo(StandingLevel.NONE);
    assertThat(s.percent()).isEqualByComparingTo("0.00");
  }

  @Test
  void fortyValidatedGiftHoursAloneMeetA500Or40HoursSuggestion() {
    // 40 h × 12.50 = 500 of value too, but the hours alternative alone is enough.
    Standing byHours = Standing.of(List.of(part(1, "800", "40", "0", "40", "0")));

    assertThat(byHours.level()).isEqualTo(StandingLevel.GOOD);
    assertThat(byHours.percent()).isEqualByComparingTo("100.00");
    assertThat(byHours.parts().get(0).hoursValue()).isEqualByComparingTo("500.00");
  }

  @Test
  void moneyHoursAndResourcesAddUp_200Plus20hAt12_50Plus50Is500() {
    Standing s = Standing.of(List.of(part(1, "500", null, "200", "20", "50")));

    assertThat(s.parts().get(0).total()).isEqualByComparingTo("500");
    assertThat(s.level()).isEqualTo(StandingLevel.GOOD);
  }

  @Test
  void afterAMoveInTheYearTheSharesOfBothCustodiansAddUp_oneThirdPlusTwoThirdsIsGood() {
    // 100 of 300 at the first custodian, 400 of 600 at the second: 1/3 + 2/3 = exactly 1.
    Standing s =
        Standing.of(
            List.of(part(1, "300", null, "100", "0", "0"), part(2, "600", null, "400", "0", "0")));

    assertThat(s.level()).isEqualTo(StandingLevel.GOOD);
    assertThat(s.percent()).isEqualByComparingTo("100.00"); // exact fractions, no 0.999…
  }

  @Test
  void afterAMoveSharesBelowOneArePartial_quarterPlusHalf() {
    Standing s =
        Standing.of(
            List.of(part(1, "400", null, "100", "0", "0"), part(2, "600", null, "300", "0", "0")));

    assertThat(s.level()).isEqualTo(StandingLevel.PARTIAL);
    assertThat(s.percent()).isEqualByComparingTo("75.00");
  }

  @Test
  void whenNoCustodianAsksAnythingTheStandingIsGood() {
    Standing s = Standing.of(List.of(part(1, "0", null, "0", "0", "0")));

    assertThat(s.level()).isEqualTo(StandingLevel.GOOD);
  }

  @Test
  void aReversedPaymentCountsNothing_netZeroIsNone() {
    Standing s = Standing.of(List.of(part(1, "500", null, "0.0000", "0", "0")));

    assertThat(s.level()).isEqualTo(StandingLevel.NONE);
  }

  @Test
  void givingMoreThanAskedIsGoodAbove100Percent() {
    Standing s = Standing.of(List.of(part(1, "200", null, "300", "0", "0")));

    assertThat(s.level()).isEqualTo(StandingLevel.GOOD);
    assertThat(s.percent()).isEqualByComparingTo("150.00");
  }
}
