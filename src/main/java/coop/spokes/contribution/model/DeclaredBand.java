package coop.spokes.contribution.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A band a member declared for themself, lower than their country's, with the reason their
 * custodian's managers see. Invariant: always lower than the country band when declared.
 */
@Entity
@Table(name = "contribution_declared_band")
public class DeclaredBand {
  /** The longest reason. */
  public static final int MAX_REASON = 1000;

  @Id
  @Column(name = "member_id")
  private Long memberId;

  @Enumerated(EnumType.STRING)
  @Column(name = "band", nullable = false, length = 1)
  private Band band;

  @Column(name = "reason", nullable = false, length = MAX_REASON)
  private String reason;

  @Column(name = "declared_at", nullable = false)
  private OffsetDateTime declaredAt;

  @Column(name = "declared_by", nullable = false)
  private Long declaredBy;

  protected DeclaredBand() {}

  /**
   * {@code band} for a member whose country is in {@code countryBand}.
   *
   * @throws ContributionException {@code contribution.band.notLower} at field {@code band}, {@code
   *     contribution.band.reasonRequired} at field {@code reason}
   */
  public DeclaredBand(
      long memberId, Band band, Band countryBand, String reason, long by, OffsetDateTime now) {
    this.memberId = memberId;
    declare(band, countryBand, reason, by, now);
  }

  /** Changes the declaration; same rules as the constructor. */
  public void declare(Band to, Band countryBand, String why, long by, OffsetDateTime now) {
    if (to == null || !to.isLowerThan(countryBand)) {
      throw new ContributionException("band", "contribution.band.notLower", countryBand.name());
    }
    if (why == null || why.isBlank() || why.strip().length() > MAX_REASON) {
      throw new ContributionException("reason", "contribution.band.reasonRequired", MAX_REASON);
    }
    band = to;
    reason = why.strip();
    declaredBy = by;
    declaredAt = now;
  }

  public Long getMemberId() {
    return memberId;
  }

  public Band getBand() {
    return band;
  }

  public String getReason() {
    return reason;
  }

  public OffsetDateTime getDeclaredAt() {
    return declaredAt;
  }
}
