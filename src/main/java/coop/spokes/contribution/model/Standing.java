package coop.spokes.contribution.model;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A member's standing for one fiscal year, computed exactly (no floating point) from what each of
 * their custodians counts for that year (one part, or two after a move within the year).
 *
 * <p>A part's total is money + validated gift hours × the hour rate + valued resources, in that
 * custodian's currency; its share is that total over the custodian's suggested amount, or the
 * validated gift hours over the hours alternative when that is larger. The shares of the parts add
 * up. GOOD at a sum of at least 1 (or when no custodian asks anything), PARTIAL when anything was
 * given, NONE otherwise.
 */
public record Standing(StandingLevel level, BigDecimal percent, List<Part> parts)
    implements Serializable {
  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

  /** What one custodian counts for the member in the year, all amounts in its currency. */
  public record Part(
      long custodianId,
      String currency,
      BigDecimal suggested,
      BigDecimal hoursAlternative,
      BigDecimal money,
      long giftMinutes,
      BigDecimal hourRate,
      BigDecimal resources)
      implements Serializable {

    /** The validated gift hours, to the hundredth (for showing). */
    public BigDecimal giftHours() {
      return BigDecimal.valueOf(giftMinutes).divide(SIXTY, 2, RoundingMode.DOWN);
    }

    /** The value of the validated gift hours: minutes × hourly rate / 60, to four decimals. */
    public BigDecimal hoursValue() {
      return BigDecimal.valueOf(giftMinutes).multiply(hourRate).divide(SIXTY, 4, RoundingMode.DOWN);
    }

    /** Money, valued hours and valued resources together. */
    public BigDecimal total() {
      return money.add(hoursValue()).add(resources);
    }

    /** Whether this custodian asks anything of the member this year. */
    public boolean asks() {
      return suggested.signum() > 0 || hoursAlternative != null && hoursAlternative.signum() > 0;
    }

    /** Whether the member gave anything through this custodian this year. */
    public boolean gave() {
      return total().signum() > 0 || giftMinutes > 0;
    }

    /** The larger of total/suggested and hours/alternative, as an exact fraction. */
    Fraction share() {
      Fraction byValue =
          suggested.signum() > 0
              ? new Fraction(total().max(BigDecimal.ZERO), suggested)
              : Fraction.ZERO;
      Fraction byHours =
          hoursAlternative != null && hoursAlternative.signum() > 0
              ? new Fraction(BigDecimal.valueOf(giftMinutes), hoursAlternative.multiply(SIXTY))
              : Fraction.ZERO;
      return byValue.compareTo(byHours) >= 0 ? byValue : byHours;
    }
  }

  /** The standing from the parts of one fiscal year. */
  public static Standing of(List<Part> parts) {
    Fraction sum = Fraction.ZERO;
    boolean asked = false;
    boolean gave = false;
    for (Part p : parts) {
      gave |= p.gave();
      if (p.asks()) {
        asked = true;
        sum = sum.plus(p.share());
      }
    }
    StandingLevel level;
    if (!asked || sum.compareTo(Fraction.ONE) >= 0) {
      level = StandingLevel.GOOD;
    } else if (gave) {
      level = StandingLevel.PARTIAL;
    } else {
      level = StandingLevel.NONE;
    }
    BigDecimal percent =
        asked ? sum.times100().setScale(2, RoundingMode.DOWN) : new BigDecimal("100.00");
    return new Standing(level, percent, List.copyOf(parts));
  }

  /** An exact non-negative fraction of two decimals. */
  record Fraction(BigDecimal numerator, BigDecimal denominator) {
    static final Fraction ZERO = new Fraction(BigDecimal.ZERO, BigDecimal.ONE);
    static final Fraction ONE = new Fraction(BigDecimal.ONE, BigDecimal.ONE);

    Fraction plus(Fraction o) {
      return new Fraction(
          numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)),
          denominator.multiply(o.denominator));
    }

    int compareTo(Fraction o) {
      return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
    }

    BigDecimal times100() {
      return numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 6, RoundingMode.DOWN);
    }
  }
}
