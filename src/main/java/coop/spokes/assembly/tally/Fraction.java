package coop.spokes.assembly.tally;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact rational number, a fraction of {@link BigInteger}s always reduced, with a positive
 * denominator: the tally's only number type, so that no rounding ever decides a vote. Rounding
 * happens only for display ({@link #toDecimal}). Written {@code "p/q"} (or an integer) in tally
 * documents, as {@link #parse} reads and {@link #toString} writes.
 */
public final class Fraction implements Comparable<Fraction> {
  public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
  public static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

  /** 0 to 1023, shared: most votes and counts are small whole numbers. */
  private static final Fraction[] SMALL = new Fraction[1024];

  static {
    for (int i = 0; i < SMALL.length; i++) {
      SMALL[i] = i == 0 ? ZERO : i == 1 ? ONE : new Fraction(BigInteger.valueOf(i), BigInteger.ONE);
    }
  }

  private final BigInteger numerator;
  private final BigInteger denominator;
  private int hash;

  private Fraction(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /** {@code numerator / denominator}, reduced; the denominator must not be zero. */
  public static Fraction of(BigInteger numerator, BigInteger denominator) {
    if (denominator.signum() == 0) {
      throw new ArithmeticException("a fraction cannot have a zero denominator");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
    if (numerator.signum() == 0) {
      return ZERO;
    }
    return new Fraction(numerator, denominator);
  }

  public static Fraction of(long numerator, long denominator) {
    return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  public static Fraction of(long whole) {
    if (whole >= 0 && whole < SMALL.length) {
      return SMALL[(int) whole];
    }
    return new Fraction(BigInteger.valueOf(whole), BigInteger.ONE);
  }

  /**
   * Reads {@code "p/q"}, {@code "p"} or a plain decimal such as {@code "12.5"} (exactly: 25/2).
   *
   * @throws NumberFormatException when the text is none of these or the denominator is zero
   */
  public static Fraction parse(String text) {
    if (isSmallWhole(text)) {
      return of(Long.parseLong(text));
    }
    String t = text.strip();
    int slash = t.indexOf('/');
    try {
      if (slash >= 0) {
        return of(
            new BigInteger(t.substring(0, slash).strip()),
            new BigInteger(t.substring(slash + 1).strip()));
      }
      BigDecimal decimal = new BigDecimal(t);
      return decimal.scale() <= 0
          ? of(decimal.toBigIntegerExact(), BigInteger.ONE)
          : of(decimal.unscaledValue(), BigInteger.TEN.pow(decimal.scale()));
    } catch (ArithmeticException e) {
      throw new NumberFormatException("not a number: " + text);
    }
  }

  private static Fraction whole(BigInteger n) {
    return n.signum() == 0 ? ZERO : new Fraction(n, BigInteger.ONE);
  }

  /** Up to 18 digits with an optional minus: fits a long, the common case in ballots. */
  private static boolean isSmallWhole(String text) {
    int n = text.length();
    if (n == 0 || n > 18) {
      return false;
    }
    for (int i = text.charAt(0) == '-' && n > 1 ? 1 : 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  public BigInteger numerator() {
    return numerator;
  }

  public BigInteger denominator() {
    return denominator;
  }

  public Fraction plus(Fraction other) {
    if (other.signum() == 0) {
      return this;
    }
    if (signum() == 0) {
      return other;
    }
    if (isWhole() && other.isWhole()) {
      return whole(numerator.add(other.numerator));
    }
    if (denominator.equals(other.denominator)) {
      return of(numerator.add(other.numerator), denominator);
    }
    return of(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  public Fraction minus(Fraction other) {
    return plus(other.negate());
  }

  public Fraction times(Fraction other) {
    if (isWhole() && other.isWhole()) {
      return whole(numerator.multiply(other.numerator));
    }
    return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  public Fraction times(long factor) {
    return of(numerator.multiply(BigInteger.valueOf(factor)), denominator);
  }

  /** {@code this / other}; the other must not be zero. */
  public Fraction dividedBy(Fraction other) {
    if (other.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  public Fraction negate() {
    return signum() == 0 ? this : new Fraction(numerator.negate(), denominator);
  }

  public int signum() {
    return numerator.signum();
  }

  public boolean isWhole() {
    return denominator.equals(BigInteger.ONE);
  }

  public Fraction min(Fraction other) {
    return compareTo(other) <= 0 ? this : other;
  }

  public Fraction max(Fraction other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /** For display only: the value rounded half-even to {@code scale} decimals. */
  public BigDecimal toDecimal(int scale) {
    return new BigDecimal(numerator)
        .divide(new BigDecimal(denominator), scale, RoundingMode.HALF_EVEN);
  }

  @Override
  public int compareTo(Fraction other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(Object o) {
    return o == this
        || o instanceof Fraction f
            && numerator.equals(f.numerator)
            && denominator.equals(f.denominator);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = 31 * numerator.hashCode() + denominator.hashCode();
      hash = h;
    }
    return h;
  }

  /** {@code "p/q"}, or {@code "p"} for a whole number. */
  @Override
  public String toString() {
    return isWhole() ? numerator.toString() : numerator + "/" + denominator;
  }
}
