package coop.spokes.assembly.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FractionTest {

  @Test
  void fractionsAreAlwaysReducedWithAPositiveDenominator() {
    assertThat(Fraction.of(6, -8)).hasToString("-3/4");
    assertThat(Fraction.of(0, -5)).isSameAs(Fraction.ZERO);
    assertThat(Fraction.of(10, 5)).hasToString("2");
    assertThat(Fraction.of(2, 4)).isEqualTo(Fraction.of(1, 2)).hasSameHashCodeAs(Fraction.of(1, 2));
  }

  @Test
  void arithmeticIsExact() {
    Fraction third = Fraction.of(1, 3);

    assertThat(third.plus(third).plus(third)).isEqualTo(Fraction.ONE);
    // The worked example, yes in points of 100: producers 50 × 4/5, consumers 40 × 25/60,
    // individuals 10 × 2/2.
    Fraction yes =
        Fraction.of(50)
            .times(Fraction.of(4, 5))
            .plus(Fraction.of(40).times(Fraction.of(25, 60)))
            .plus(Fraction.of(10).times(Fraction.of(2, 2)));
    assertThat(yes).isEqualTo(Fraction.of(200, 3));
    assertThat(Fraction.of(200, 3).dividedBy(Fraction.of(100))).isEqualTo(Fraction.of(2, 3));
    assertThat(Fraction.of(1, 2).minus(Fraction.of(3, 4))).isEqualTo(Fraction.of(-1, 4));
  }

  @Test
  void comparisonNeedsNoRounding() {
    Fraction twoThirds = Fraction.of(2, 3);

    assertThat(twoThirds.compareTo(Fraction.parse("0.6666666666666666666666"))).isPositive();
    assertThat(twoThirds.compareTo(Fraction.of(4, 6))).isZero();
    assertThat(twoThirds.max(Fraction.of(3, 5))).isSameAs(twoThirds);
  }

  @Test
  void documentsWriteAndReadTheSameText() {
    assertThat(Fraction.parse("200/3")).isEqualTo(Fraction.of(200, 3));
    assertThat(Fraction.parse(" 7 ")).isEqualTo(Fraction.of(7));
    assertThat(Fraction.parse("12.5")).isEqualTo(Fraction.of(25, 2));
    assertThat(Fraction.parse(Fraction.of(-22, 7).toString())).isEqualTo(Fraction.of(-22, 7));
    assertThatThrownBy(() -> Fraction.parse("1/0")).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> Fraction.parse("two")).isInstanceOf(NumberFormatException.class);
  }

  @Test
  void roundingIsForDisplayOnly() {
    assertThat(Fraction.of(2, 3).toDecimal(4)).isEqualTo(new BigDecimal("0.6667"));
    assertThatThrownBy(() -> Fraction.ONE.dividedBy(Fraction.ZERO))
        .isInstanceOf(ArithmeticException.class);
  }
}
