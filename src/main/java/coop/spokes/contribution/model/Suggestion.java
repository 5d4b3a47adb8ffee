package coop.spokes.contribution.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/**
 * What a custodian suggests members of one class, kind and band contribute in one fiscal year, in
 * its currency, optionally with an alternative in validated gift hours ("500 EUR or 40 hours").
 * Class and kind are membership's codes (e.g. PRODUCER, PERSON).
 */
@Entity
@Table(name = "contribution_suggestion")
public class Suggestion {
  /** The most hours an alternative may ask. */
  public static final BigDecimal MAX_HOURS = new BigDecimal("10000");

  @Id
  @SequenceGenerator(
      name = "contribution_suggestion_seq",
      sequenceName = "contribution_suggestion_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contribution_suggestion_seq")
  private Long id;

  @Column(name = "custodian_id", nullable = false)
  private Long custodianId;

  @Column(name = "fiscal_year", nullable = false)
  private int fiscalYear;

  @Column(name = "member_class", nullable = false, length = 20)
  private String memberClass;

  @Column(name = "kind", nullable = false, length = 20)
  private String kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "band", nullable = false, length = 1)
  private Band band;

  @Column(name = "amount", nullable = false, precision = 19, scale = 4)
  private BigDecimal amount;

  @Column(name = "hours_alternative", precision = 10, scale = 2)
  private BigDecimal hoursAlternative;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Suggestion() {}

  public Suggestion(long custodianId, int fiscalYear, String memberClass, String kind, Band band) {
    this.custodianId = custodianId;
    this.fiscalYear = fiscalYear;
    this.memberClass = memberClass;
    this.kind = kind;
    this.band = band;
    this.amount = BigDecimal.ZERO;
  }

  /**
   * Sets the amount and the hours alternative (null: none).
   *
   * @throws ContributionException {@code contribution.amount.invalid} at field {@code amount},
   *     {@code contribution.hours.invalid} at field {@code hours}
   */
  public void ask(BigDecimal amount, BigDecimal hours) {
    this.amount = Amounts.nonNegative(amount, "amount");
    if (hours != null
        && (hours.signum() <= 0
            || hours.stripTrailingZeros().scale() > 2
            || hours.compareTo(MAX_HOURS) > 0)) {
      throw new ContributionException("hours", "contribution.hours.invalid");
    }
    this.hoursAlternative = hours;
  }

  public Long getId() {
    return id;
  }

  public Long getCustodianId() {
    return custodianId;
  }

  public int getFiscalYear() {
    return fiscalYear;
  }

  public String getMemberClass() {
    return memberClass;
  }

  public String getKind() {
    return kind;
  }

  public Band getBand() {
    return band;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public BigDecimal getHoursAlternative() {
    return hoursAlternative;
  }
}
