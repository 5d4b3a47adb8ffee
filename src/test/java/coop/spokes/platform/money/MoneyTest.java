package coop.spokes.platform.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  // --- exact arithmetic -------------------------------------------------------------------------

  @Test
  void pointOnePlusPointTwoIsExactlyPointThree() {
    Money sum = eur("0.1").plus(eur("0.2"));

    assertThat(sum).isEqualTo(eur("0.3"));
    assertThat(sum.amount()).isEqualByComparingTo("0.3");
    assertThat(0.1 + 0.2).as("what a double would have given").isNotEqualTo(0.3);
  }

  @Test
  void amountsAreKeptAtFourDecimals() {
    Money money = eur("12.5");

    assertThat(money.amount()).isEqualTo(new BigDecimal("12.5000"));
    assertThat(money.amount().scale()).isEqualTo(Money.SCALE).isEqualTo(4);
    assertThat(money).hasToString("12.5000 EUR");
  }

  @Test
  void minusSubtractsExactly() {
    Money rest = eur("100.00").minus(eur("33.3333"));

    assertThat(rest.amount()).isEqualTo(new BigDecimal("66.6667"));
    assertThat(rest.currency()).isEqualTo("EUR");
  }

  @Test
  void manySmallAmountsAddUpWithoutDrift() {
    Money total = Money.zero("EUR");
    for (int i = 0; i < 1000; i++) {
      total = total.plus(eur("0.01"));
    }

    assertThat(total).isEqualTo(eur("10"));
  }

  @Test
  void negatedAmountCancelsTheOriginalAndZeroIsZero() {
    Money refund = eur("4.20").negate();

    assertThat(refund.amount()).isEqualByComparingTo("-4.2");
    assertThat(refund.plus(eur("4.2")).isZero()).isTrue();
    assertThat(Money.zero("CHF").isZero()).isTrue();
    assertThat(eur("0.0001").isZero()).isFalse();
  }

  @Test
  void arithmeticLeavesTheOperandsUnchanged() {
    Money a = eur("1");
    Money b = eur("2");

    a.plus(b);
    a.minus(b);
    a.negate();

    assertThat(a).isEqualTo(eur("1"));
    assertThat(b).isEqualTo(eur("2"));
  }

  // --- currencies -------------------------------------------------------------------------------

  @Test
  void addingAnotherCurrencyIsRefused() {
    Money euros = eur("1");
    Money dollars = Money.of("1", "USD");

    assertThatThrownBy(() -> euros.plus(dollars))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("EUR")
        .hasMessageContaining("USD");
  }

  @Test
  void subtractingOrComparingAnotherCurrencyIsRefused() {
    Money euros = eur("1");
    Money pounds = Money.of("1", "GBP");

    assertThatThrownBy(() -> euros.minus(pounds)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> euros.compareTo(pounds)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "currency \"{0}\" is refused")
  @ValueSource(strings = {"XYZ", "EURO", "EU", "", "eur"})
  void unknownIsoCodeIsRefused(String code) {
    assertThatThrownBy(() -> Money.of("1", code)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void missingCurrencyOrAmountIsRefused() {
    assertThatThrownBy(() -> Money.of(BigDecimal.ONE, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Money.of((BigDecimal) null, "EUR"))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void sameAmountInAnotherCurrencyIsNotEqual() {
    assertThat(eur("1.5")).isNotEqualTo(Money.of("1.5", "USD"));
  }

  // --- decimals ---------------------------------------------------------------------------------

  @Test
  void moreThanFourDecimalsIsRefused() {
    assertThatThrownBy(() -> eur("0.00001"))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("decimals");
    assertThatThrownBy(() -> eur("1.23456")).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void fourDecimalsAreAccepted() {
    assertThat(eur("0.0001").amount()).isEqualTo(new BigDecimal("0.0001"));
  }

  @Test
  void trailingZerosBeyondFourDecimalsAreNotExtraPrecision() {
    assertThat(eur("1.50000000")).isEqualTo(eur("1.5"));
  }

  @Test
  void amountWithNegativeScaleIsAccepted() {
    assertThat(Money.of(new BigDecimal("1E+3"), "EUR")).isEqualTo(eur("1000"));
  }

  // --- equality and order -----------------------------------------------------------------------

  @Test
  void equalsIgnoresScale() {
    Money oneDecimal = Money.of(new BigDecimal("1.5"), "EUR");
    Money fourDecimals = Money.of(new BigDecimal("1.5000"), "EUR");

    assertThat(oneDecimal).isEqualTo(fourDecimals);
    assertThat(oneDecimal.hashCode()).isEqualTo(fourDecimals.hashCode());
  }

  @Test
  void compareToOrdersByAmount() {
    assertThat(eur("1.99")).isLessThan(eur("2"));
    assertThat(eur("-5")).isLessThan(eur("0"));
    assertThat(eur("2.0").compareTo(eur("2"))).isZero();
    assertThat(eur("10")).isGreaterThan(eur("9.9999"));
  }

  @Test
  void listOfAmountsSortsAscending() {
    List<Money> amounts = new ArrayList<>(List.of(eur("3"), eur("-1"), eur("0.5"), eur("2")));

    Collections.sort(amounts);

    assertThat(amounts).containsExactly(eur("-1"), eur("0.5"), eur("2"), eur("3"));
  }
}
