package coop.spokes.contribution.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/**
 * A custodian's rates for one fiscal year, in its currency: what a validated gift hour is worth,
 * and what one participant-hour of server capacity lent by a member node is worth.
 */
@Entity
@Table(name = "contribution_year")
@IdClass(YearTermsId.class)
public class YearTerms {
  @Id
  @Column(name = "custodian_id")
  private Long custodianId;

  @Id
  @Column(name = "fiscal_year")
  private Integer fiscalYear;

  @Column(name = "hour_rate", nullable = false, precision = 19, scale = 4)
  private BigDecimal hourRate;

  @Column(name = "resource_rate", nullable = false, precision = 19, scale = 4)
  private BigDecimal resourceRate;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected YearTerms() {}

  public YearTerms(long custodianId, int fiscalYear) {
    this.custodianId = custodianId;
    this.fiscalYear = fiscalYear;
    this.hourRate = BigDecimal.ZERO;
    this.resourceRate = BigDecimal.ZERO;
  }

  /**
   * Sets both rates.
   *
   * @throws ContributionException {@code contribution.amount.invalid} at field {@code hourRate} or
   *     {@code resourceRate}
   */
  public void rates(BigDecimal hour, BigDecimal resource) {
    hourRate = Amounts.nonNegative(hour, "hourRate");
    resourceRate = Amounts.nonNegative(resource, "resourceRate");
  }

  public Long getCustodianId() {
    return custodianId;
  }

  public Integer getFiscalYear() {
    return fiscalYear;
  }

  public BigDecimal getHourRate() {
    return hourRate;
  }

  public BigDecimal getResourceRate() {
    return resourceRate;
  }
}
