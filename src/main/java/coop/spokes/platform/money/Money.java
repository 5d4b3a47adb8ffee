package coop.spokes.platform.money;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of one ISO-4217 currency, stored as {@code NUMERIC(19,4)} plus a three-letter
 * code. Never a {@code double}. Arithmetic refuses to mix currencies.
 */
@Embeddable
public class Money implements Serializable, Comparable<Money> {
  private static final long serialVersionUID = 1L;
  public static final int SCALE = 4;

  @Column(name = "amount", precision = 19, scale = SCALE, nullable = false)
  private BigDecimal amount;

  @Column(name = "currency", length = 3, nullable = false)
  private String currency;

  protected Money() {}

  private Money(BigDecimal amount, String currency) {
    this.amount = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    this.currency = currency;
  }

  /**
   * Money of {@code amount} in {@code currencyCode}. Throws when the code is not ISO-4217 or the
   * amount has more than four decimals.
   */
  public static Money of(BigDecimal amount, String currencyCode) {
    Objects.requireNonNull(amount, "amount");
    Currency.getInstance(currencyCode); // throws IllegalArgumentException for unknown codes
    if (amount.stripTrailingZeros().scale() > SCALE) {
      throw new ArithmeticException("more than " + SCALE + " decimals: " + amount);
    }
    return new Money(amount, currencyCode);
  }

  public static Money of(String amount, String currencyCode) {
    return of(new BigDecimal(amount), currencyCode);
  }

  public static Money zero(String currencyCode) {
    return of(BigDecimal.ZERO, currencyCode);
  }

  public BigDecimal amount() {
    return amount;
  }

  public String currency() {
    return currency;
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  public Money negate() {
    return new Money(amount.negate(), currency);
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "currency mismatch: " + currency + " vs " + other.currency);
    }
  }

  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money m && currency.equals(m.currency) && amount.compareTo(m.amount) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(currency, amount.stripTrailingZeros());
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency;
  }
}
