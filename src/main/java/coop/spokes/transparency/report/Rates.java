package coop.spokes.transparency.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Exchange rates to the report's currency, one per currency and month: one unit of the currency is
 * worth {@code rate} units of the report's currency. The report's own currency needs none.
 */
public final class Rates {
  private final String currency;
  private final Map<Key, BigDecimal> rates = new HashMap<>();

  /** A rate of a currency in a month. */
  public record Key(String currency, YearMonth month) {}

  /** No rates yet, for a report in {@code currency}. */
  public Rates(String currency) {
    this.currency = currency;
  }

  /** The report's currency. */
  public String currency() {
    return currency;
  }

  /** Adds (or replaces) the rate of {@code from} in {@code month}. */
  public Rates with(String from, YearMonth month, BigDecimal rate) {
    if (rate.signum() <= 0) {
      throw new IllegalArgumentException("a rate is positive");
    }
    rates.put(new Key(from, month), rate);
    return this;
  }

  /** The rate of {@code from} in {@code month}: 1 for the report's currency, empty if missing. */
  public Optional<BigDecimal> rate(String from, YearMonth month) {
    if (from.equals(currency)) {
      return Optional.of(BigDecimal.ONE);
    }
    return Optional.ofNullable(rates.get(new Key(from, month)));
  }
}
