package coop.spokes.transparency.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;

/** What a custodian planned to spend on a category in one of its fiscal years, in its currency. */
@Entity
@Table(name = "transparency_budget")
@IdClass(Budget.Key.class)
public class Budget {
  /** The key: custodian, fiscal year and category. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long custodianId;
    private Integer fiscalYear;
    private String categoryCode;

    public Key() {}

    public Key(long custodianId, int fiscalYear, String categoryCode) {
      this.custodianId = custodianId;
      this.fiscalYear = fiscalYear;
      this.categoryCode = categoryCode;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(custodianId, k.custodianId)
          && Objects.equals(fiscalYear, k.fiscalYear)
          && Objects.equals(categoryCode, k.categoryCode);
    }

    @Override
    public int hashCode() {
      return Objects.hash(custodianId, fiscalYear, categoryCode);
    }
  }

  /** The largest budget accepted. */
  public static final BigDecimal MAX = new BigDecimal("999999999");

  @Id
  @Column(name = "custodian_id")
  private Long custodianId;

  @Id
  @Column(name = "fiscal_year")
  private Integer fiscalYear;

  @Id
  @Column(name = "category_code", length = 30)
  private String categoryCode;

  @Column(name = "amount", nullable = false, precision = 19, scale = 4)
  private BigDecimal amount;

  @Column(name = "updated_by", nullable = false)
  private long updatedBy;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Budget() {}

  /**
   * {@code custodianId}'s budget for {@code categoryCode} in {@code fiscalYear}.
   *
   * @throws TransparencyException those of {@link #set}
   */
  public Budget(
      long custodianId,
      int fiscalYear,
      String categoryCode,
      BigDecimal amount,
      long by,
      OffsetDateTime now) {
    this.custodianId = custodianId;
    this.fiscalYear = fiscalYear;
    this.categoryCode = categoryCode;
    set(amount, by, now);
  }

  /**
   * Sets the amount.
   *
   * @throws TransparencyException {@code transparency.budget.amount} at field {@code
   *     amount_<category>}
   */
  public void set(BigDecimal amount, long by, OffsetDateTime now) {
    if (amount == null
        || amount.signum() < 0
        || amount.compareTo(MAX) > 0
        || amount.stripTrailingZeros().scale() > 2) {
      throw new TransparencyException("amount_" + categoryCode, "transparency.budget.amount");
    }
    this.amount = amount;
    this.updatedBy = by;
    this.updatedAt = now;
  }

  public long getCustodianId() {
    return custodianId;
  }

  public int getFiscalYear() {
    return fiscalYear;
  }

  public String getCategoryCode() {
    return categoryCode;
  }

  public BigDecimal getAmount() {
    return amount;
  }
}
