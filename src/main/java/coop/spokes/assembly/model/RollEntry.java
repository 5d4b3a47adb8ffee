package coop.spokes.assembly.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A member on an assembly's roll at its record date: the class, kind and raw weight they vote with,
 * the status and standing that decided their eligibility, and why not when they are not eligible.
 * Built in DRAFT, changed then only by an upheld objection or a weights import; frozen once the
 * assembly convenes (the services refuse changes after DRAFT).
 */
@Entity
@Table(name = "assembly_roll_entry")
@IdClass(RollEntry.Key.class)
public class RollEntry {
  /** Why a member is not eligible (bundle keys {@code assembly.roll.reason.*}). */
  public static final String NOT_ACTIVE = "notActive";

  public static final String STANDING = "standing";
  public static final String OBJECTION = "objection";

  @Id
  @Column(name = "assembly_id", nullable = false)
  private Long assemblyId;

  @Id
  @Column(name = "member_id", nullable = false)
  private Long memberId;

  @Column(name = "custodian_id", nullable = false)
  private Long custodianId;

  @Column(name = "jurisdiction", nullable = false, length = 6)
  private String jurisdiction;

  @Column(name = "member_number", nullable = false, length = 40)
  private String memberNumber;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(name = "member_class", nullable = false, length = 12)
  private String memberClass;

  @Column(name = "kind", nullable = false, length = 12)
  private String kind;

  @Column(name = "raw_weight", nullable = false, length = 40)
  private String rawWeight = "1";

  @Column(name = "status_at", nullable = false, length = 12)
  private String statusAt;

  @Column(name = "standing", nullable = false, length = 8)
  private String standing;

  @Column(name = "eligible", nullable = false)
  private boolean eligible;

  @Column(name = "reason", length = 40)
  private String reason;

  /** Whether an upheld objection set its eligibility (a rebuild of the roll keeps it). */
  @Column(name = "overridden", nullable = false)
  private boolean overridden;

  protected RollEntry() {}

  public RollEntry(
      long assemblyId,
      long memberId,
      long custodianId,
      String jurisdiction,
      String memberNumber,
      String displayName,
      String memberClass,
      String kind,
      String statusAt,
      String standing,
      String reason) {
    this.assemblyId = assemblyId;
    this.memberId = memberId;
    this.custodianId = custodianId;
    this.jurisdiction = jurisdiction;
    this.memberNumber = memberNumber;
    this.displayName = displayName;
    this.memberClass = memberClass;
    this.kind = kind;
    this.statusAt = statusAt;
    this.standing = standing;
    this.reason = reason;
    this.eligible = reason == null;
  }

  /** An upheld objection puts the member on the roll (or takes them off, with a reason). */
  public void overrideEligibility(boolean isEligible) {
    eligible = isEligible;
    reason = isEligible ? null : OBJECTION;
    overridden = true;
  }

  /** Sets the raw weight (plural votes), as text of an exact non-negative number. */
  public void weigh(String raw) {
    rawWeight = raw;
  }

  public Long getAssemblyId() {
    return assemblyId;
  }

  public Long getMemberId() {
    return memberId;
  }

  public Long getCustodianId() {
    return custodianId;
  }

  public String getJurisdiction() {
    return jurisdiction;
  }

  public String getMemberNumber() {
    return memberNumber;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getMemberClass() {
    return memberClass;
  }

  public String getKind() {
    return kind;
  }

  public String getRawWeight() {
    return rawWeight;
  }

  public String getStatusAt() {
    return statusAt;
  }

  public String getStanding() {
    return standing;
  }

  public boolean isEligible() {
    return eligible;
  }

  public String getReason() {
    return reason;
  }

  public boolean isOverridden() {
    return overridden;
  }

  /** The key of a roll entry: assembly and member. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long assemblyId;
    private Long memberId;

    public Key() {}

    public Key(long assemblyId, long memberId) {
      this.assemblyId = assemblyId;
      this.memberId = memberId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(assemblyId, k.assemblyId)
          && Objects.equals(memberId, k.memberId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(assemblyId, memberId);
    }
  }
}
