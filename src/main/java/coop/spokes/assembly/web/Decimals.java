package coop.spokes.assembly.web;

import coop.spokes.assembly.tally.Fraction;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact figures shown to people: a fraction as a decimal to the hundredth (200/3 → 66.67). */
final class Decimals {
  private Decimals() {}

  static BigDecimal of(Fraction f) {
    return new BigDecimal(f.numerator())
        .divide(new BigDecimal(f.denominator()), 2, RoundingMode.HALF_EVEN)
        .stripTrailingZeros();
  }
}
