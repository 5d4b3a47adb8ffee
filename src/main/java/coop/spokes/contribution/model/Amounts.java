package coop.spokes.contribution.model;

import java.math.BigDecimal;

/** Checks on amounts typed by people: at most four decimals, within the column, never negative. */
public final class Amounts {
  /** The largest amount a column holds (NUMERIC(19,4)), with a margin. */
  public static final BigDecimal MAX = new BigDecimal("999999999999");

  private Amounts() {}

  /**
   * The amount when it is zero or more, has at most four decimals and is below {@link #MAX}.
   *
   * @throws ContributionException {@code contribution.amount.invalid} at {@code field}
   */
  public static BigDecimal nonNegative(BigDecimal amount, String field) {
    if (amount == null
        || amount.signum() < 0
        || amount.stripTrailingZeros().scale() > 4
        || amount.compareTo(MAX) > 0) {
      throw new ContributionException(field, "contribution.amount.invalid");
    }
    return amount;
  }

  /**
   * The amount when it is above zero; same rules otherwise.
   *
   * @throws ContributionException {@code contribution.amount.invalid} at {@code field}
   */
  public static BigDecimal positive(BigDecimal amount, String field) {
    if (nonNegative(amount, field).signum() == 0) {
      throw new ContributionException(field, "contribution.amount.invalid");
    }
    return amount;
  }
}
