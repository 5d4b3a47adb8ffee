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
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A member's request to move to another custodian. Invariants: the two custodians differ; each
 * custodian's managers decide once; it completes only when both approved and the terms the member
 * accepted are the new custodian's current ones; once decided it never changes again.
 */
@Entity
@Table(name = "membership_transfer")
public class MemberTransfer {
  /** The longest reason a member or a manager may give. */
  public static final int MAX_REASON = 1000;

  @Id
  @SequenceGenerator(
      name = "membership_transfer_seq",
      sequenceName = "membership_transfer_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "membership_transfer_seq")
  private Long id;

  @Column(name = "member_id", nullable = false)
  private Long memberId;

  @Column(name = "from_custodian_id", nullable = false)
  private Long fromCustodianId;

  @Column(name = "to_custodian_id", nullable = false)
  private Long toCustodianId;

  @Column(name = "from_number", nullable = false, length = 20)
  private String fromNumber;

  @Column(name = "from_since", nullable = false)
  private LocalDate fromSince;

  @Column(name = "to_number", length = 20)
  private String toNumber;

  @Column(name = "reason", nullable = false, length = MAX_REASON)
  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private TransferStatus status;

  @Column(name = "requested_at", nullable = false)
  private OffsetDateTime requestedAt;

  @Column(name = "requested_by", nullable = false)
  private Long requestedBy;

  @Column(name = "terms_version", nullable = false, length = 40)
  private String termsVersion;

  @Column(name = "terms_accepted_at", nullable = false)
  private OffsetDateTime termsAcceptedAt;

  @Column(name = "from_approved_at")
  private OffsetDateTime fromApprovedAt;

  @Column(name = "from_approved_by")
  private Long fromApprovedBy;

  @Column(name = "to_approved_at")
  private OffsetDateTime toApprovedAt;

  @Column(name = "to_approved_by")
  private Long toApprovedBy;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Column(name = "decided_by")
  private Long decidedBy;

  @Column(name = "rejection_reason", length = 2000)
  private String rejectionReason;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected MemberTransfer() {}

  /**
   * {@code member} asks to move to {@code toCustodianId}, having accepted its terms {@code
   * termsVersion}.
   *
   * @throws MembershipException {@code membership.transfer.sameCustodian} at field {@code
   *     custodian}, {@code membership.transfer.notActive}, {@code
   *     membership.transfer.termsRequired} at field {@code terms}, {@code
   *     membership.transfer.reasonRequired} at field {@code reason}
   */
  public MemberTransfer(
      Member member,
      long toCustodianId,
      String termsVersion,
      String reason,
      long by,
      OffsetDateTime now) {
    if (member.getCustodianId() == toCustodianId) {
      throw new MembershipException("custodian", "membership.transfer.sameCustodian");
    }
    if (member.getStatus() != MemberStatus.ACTIVE && member.getStatus() != MemberStatus.LAPSED) {
      throw new MembershipException(null, "membership.transfer.notActive");
    }
    if (termsVersion == null || termsVersion.isBlank()) {
      throw new MembershipException("terms", "membership.transfer.termsRequired");
    }
    this.memberId = member.getId();
    this.fromCustodianId = member.getCustodianId();
    this.toCustodianId = toCustodianId;
    this.fromNumber = member.getMemberNumber();
    this.fromSince = member.getCustodianSince();
    this.reason = checkedReason(reason, "reason");
    this.status = TransferStatus.PENDING;
    this.requestedAt = now;
    this.requestedBy = by;
    this.termsVersion = termsVersion;
    this.termsAcceptedAt = now;
  }

  private static String checkedReason(String reason, String field) {
    if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
      throw new MembershipException(field, "membership.transfer.reasonRequired", MAX_REASON);
    }
    return reason.strip();
  }

  /**
   * Records the approval of the managers of {@code custodianId} (one of the two custodians).
   *
   * @throws MembershipException {@code membership.transfer.alreadyDecided}
   */
  public void approve(long custodianId, long by, OffsetDateTime now) {
    requirePending();
    if (custodianId == fromCustodianId && fromApprovedAt == null) {
      fromApprovedAt = now;
      fromApprovedBy = by;
    } else if (custodianId == toCustodianId && toApprovedAt == null) {
      toApprovedAt = now;
      toApprovedBy = by;
    } else {
      throw new MembershipException(null, "membership.transfer.alreadyDecided");
    }
  }

  /**
   * Either custodian's managers refuse the move, with a reason the member is told.
   *
   * @throws MembershipException {@code membership.transfer.alreadyDecided}, {@code
   *     membership.transfer.reasonRequired} at field {@code rejectReason}
   */
  public void reject(long by, String why, OffsetDateTime now) {
    requirePending();
    rejectionReason = checkedReason(why, "rejectReason");
    status = TransferStatus.REJECTED;
    decidedAt = now;
    decidedBy = by;
  }

  /**
   * The member withdraws the request.
   *
   * @throws MembershipException {@code membership.transfer.alreadyDecided}
   */
  public void cancel(long by, OffsetDateTime now) {
    requirePending();
    status = TransferStatus.CANCELLED;
    decidedAt = now;
    decidedBy = by;
  }

  /**
   * The member accepts the new custodian's terms again (they changed since the request).
   *
   * @throws MembershipException {@code membership.transfer.alreadyDecided}, {@code
   *     membership.transfer.termsRequired} at field {@code terms}
   */
  public void acceptTerms(String version, OffsetDateTime now) {
    requirePending();
    if (version == null || version.isBlank()) {
      throw new MembershipException("terms", "membership.transfer.termsRequired");
    }
    termsVersion = version;
    termsAcceptedAt = now;
  }

  /** Whether both custodians approved and the accepted terms are {@code currentTerms}. */
  public boolean isReady(String currentTerms) {
    return status == TransferStatus.PENDING
        && fromApprovedAt != null
        && toApprovedAt != null
        && Objects.equals(termsVersion, currentTerms);
  }

  /** Whether the member must accept the new custodian's terms again before the move completes. */
  public boolean needsTerms(String currentTerms) {
    return status == TransferStatus.PENDING && !Objects.equals(termsVersion, currentTerms);
  }

  /** Whether the managers of {@code custodianId} still have to decide. */
  public boolean awaits(long custodianId) {
    return status == TransferStatus.PENDING
        && (custodianId == fromCustodianId && fromApprovedAt == null
            || custodianId == toCustodianId && toApprovedAt == null);
  }

  /** Marks the move done, with the member's number at the new custodian. */
  public void complete(String newNumber, OffsetDateTime now) {
    if (!(status == TransferStatus.PENDING && fromApprovedAt != null && toApprovedAt != null)) {
      throw new IllegalStateException("transfer " + id + " is not approved by both custodians");
    }
    toNumber = newNumber;
    status = TransferStatus.COMPLETED;
    decidedAt = now;
  }

  private void requirePending() {
    if (status != TransferStatus.PENDING) {
      throw new MembershipException(null, "membership.transfer.alreadyDecided");
    }
  }

  public Long getId() {
    return id;
  }

  public Long getMemberId() {
    return memberId;
  }

  public Long getFromCustodianId() {
    return fromCustodianId;
  }

  public Long getToCustodianId() {
    return toCustodianId;
  }

  public String getFromNumber() {
    return fromNumber;
  }

  public LocalDate getFromSince() {
    return fromSince;
  }

  public String getToNumber() {
    return toNumber;
  }

  public String getReason() {
    return reason;
  }

  public TransferStatus getStatus() {
    return status;
  }

  public OffsetDateTime getRequestedAt() {
    return requestedAt;
  }

  public String getTermsVersion() {
    return termsVersion;
  }

  public OffsetDateTime getFromApprovedAt() {
    return fromApprovedAt;
  }

  public OffsetDateTime getToApprovedAt() {
    return toApprovedAt;
  }

  public OffsetDateTime getDecidedAt() {
    return decidedAt;
  }

  public String getRejectionReason() {
    return rejectionReason;
  }
}
