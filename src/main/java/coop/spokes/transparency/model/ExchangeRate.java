package coop.spokes.transparency.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Objects;

/** Units of the reporting currency that one unit of {@code currency} was worth in a month. */
@Entity
@Table(name = "transparency_rate")
@IdClass(ExchangeRate.Key.class)
public class ExchangeRate {
  /** The key: currency and month (its first day). */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String currency;
    private LocalDate monthStart;

    public Key() {}

    public Key(String currency, YearMonth month) {
      this.currency = currency;
      this.monthStart = month.atDay(1);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(currency, k.currency)
          && Objects.equals(monthStart, k.monthStart);
    }

    @Override
    public int hashCode() {
      return Objects.hash(currency, monthStart);
    }
  }

  /** The largest rate accepted. */
  public static final BigDecimal MAX = new BigDecimal("99999999");

  @Id
  @Column(name = "currency", length = 3)
  private String currency;

  @Id
  @Column(name = "month_start")
  private LocalDate monthStart;

  @Column(name = "rate", nullable = false, precision = 19, scale = 8)
  private BigDecimal rate;

  @Column(name = "source", length = 200)
  private String source;

  @Column(name = "entered_by", nullable = false)
  private long enteredBy;

  @Column(name = "entered_at", nullable = false)
  private OffsetDateTime enteredAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ExchangeRate() {}

  /**
   * The rate of {@code currency} in {@code month}.
   *
   * @throws TransparencyException those of {@link #set}
   */
  public ExchangeRate(
      String currency,
      YearMonth month,
      BigDecimal rate,
      String source,
      long by,
      OffsetDateTime now) {
    this.currency = currency;
    this.monthStart = month.atDay(1);
    set(rate, source, by, now);
  }

  /**
   * Sets the rate and where it comes from.
   *
   * @throws TransparencyException {@code transparency.rate.value} at field {@code rate}, {@code
   *     transparency.rate.source} at field {@code source}
   */
  public void set(BigDecimal rate, String source, long by, OffsetDateTime now) {
    if (rate == null
        || rate.signum() <= 0
        || rate.compareTo(MAX) > 0
        || rate.stripTrailingZeros().scale() > 8) {
      throw new TransparencyException("rate", "transparency.rate.value");
    }
    if (source != null && source.strip().length() > 200) {
      throw new TransparencyException("source", "transparency.rate.source", 200);
    }
    this.rate = rate;
    this.source = source == null || source.isBlank() ? null : source.strip();
    this.enteredBy = by;
    this.enteredAt = now;
  }

  public String getCurrency() {
    return currency;
  }

  public YearMonth getMonth() {
    return YearMonth.from(monthStart);
  }

  public BigDecimal getRate() {
    return rate;
  }

  public String getSource() {
    return source;
  }

  public OffsetDateTime getEnteredAt() {
    return enteredAt;
  }
}
