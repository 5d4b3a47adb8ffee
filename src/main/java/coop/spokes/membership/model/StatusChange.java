package coop.spokes.membership.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One dated line of a member's status history: from, to, who and why. Never changed. */
@Entity
@Table(name = "membership_status_change")
public class StatusChange {
  @Id
  @SequenceGenerator(
      name = "membership_status_change_seq",
      sequenceName = "membership_status_change_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "membership_status_change_seq")
  private Long id;

  @Column(name = "member_id", nullable = false)
  private Long memberId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", length = 20)
  private MemberStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, length = 20)
  private MemberStatus toStatus;

  @Column(name = "changed_at", nullable = false)
  private OffsetDateTime changedAt;

  @Column(name = "changed_by")
  private Long changedBy;

  @Column(name = "reason", nullable = false, length = 1000)
  private String reason;

  protected StatusChange() {}

  StatusChange(
      Long memberId,
      MemberStatus from,
      MemberStatus to,
      Long by,
      String reason,
      OffsetDateTime at) {
    this.memberId = memberId;
    this.fromStatus = from;
    this.toStatus = to;
    this.changedBy = by;
    this.reason = reason;
    this.changedAt = at;
  }

  public MemberStatus getFromStatus() {
    return fromStatus;
  }

  public MemberStatus getToStatus() {
    return toStatus;
  }

  public OffsetDateTime getChangedAt() {
    return changedAt;
  }

  public Long getChangedBy() {
    return changedBy;
  }

  public String getReason() {
    return reason;
  }
}
