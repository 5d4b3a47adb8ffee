package coop.spokes.contribution.model;

import coop.spokes.platform.approval.ApprovalSubject;
import coop.spokes.platform.approval.ApprovalTally;
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
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An in-kind contribution of a member through their custodian. Invariants: server capacity has
 * participant-hours and no declared value, anything else a declared value; SUBMITTED until enough
 * ops members approved it (then APPROVED, counted in the standing) or one returned it (REJECTED,
 * with a comment); decided once.
 */
@Entity
@Table(name = "contribution_resource")
public class Resource {
  /** Approvals a resource needs. */
  public static final int APPROVALS_REQUIRED = 2;

  /** What its approvals are recorded under (the platform's {@code Approvals}). */
  public static final String APPROVAL_SUBJECT = "contribution-resource";

  /** Status of a resource. */
  public enum Status {
    SUBMITTED,
    APPROVED,
    REJECTED
  }

  @Id
  @SequenceGenerator(
      name = "contribution_resource_seq",
      sequenceName = "contribution_resource_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contribution_resource_seq")
  private Long id;

  @Column(name = "custodian_id", nullable = false)
  private Long custodianId;

  @Column(name = "member_id", nullable = false)
  private Long memberId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private ResourceKind kind;

  @Column(name = "description", nullable = false, length = 500)
  private String description;

  @Column(name = "provided_on", nullable = false)
  private LocalDate providedOn;

  @Column(name = "fiscal_year", nullable = false)
  private int fiscalYear;

  @Column(name = "participant_hours", precision = 14, scale = 2)
  private BigDecimal participantHours;

  @Column(name = "declared_value", precision = 19, scale = 4)
  private BigDecimal declaredValue;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 12)
  private Status status;

  @Column(name = "submitted_by")
  private Long submittedBy;

  @Column(name = "submitted_at", nullable = false)
  private OffsetDateTime submittedAt;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Column(name = "rejection_comment", length = 1000)
  private String rejectionComment;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Resource() {}

  /**
   * A resource lent by {@code memberId} through {@code custodianId} on {@code providedOn} (fiscal
   * year {@code fiscalYear}); {@code amount} is participant-hours for server capacity, the declared
   * value otherwise.
   *
   * @throws ContributionException {@code contribution.resource.description} at field {@code
   *     description}, {@code contribution.resource.date} at field {@code providedOn}, {@code
   *     contribution.resource.amount} at field {@code amount}
   */
  public Resource(
      long custodianId,
      long memberId,
      ResourceKind kind,
      String description,
      LocalDate providedOn,
      int fiscalYear,
      BigDecimal amount,
      Long by,
      OffsetDateTime now) {
    if (kind == null) {
      throw new ContributionException("kind", "contribution.resource.kind");
    }
    if (description == null || description.isBlank() || description.strip().length() > 500) {
      throw new ContributionException("description", "contribution.resource.description", 500);
    }
    if (providedOn == null || providedOn.isAfter(now.toLocalDate())) {
      throw new ContributionException("providedOn", "contribution.resource.date");
    }
    if (amount == null
        || amount.signum() <= 0
        || amount.stripTrailingZeros().scale() > 2
        || amount.compareTo(Amounts.MAX) > 0) {
      throw new ContributionException("amount", "contribution.resource.amount");
    }
    this.custodianId = custodianId;
    this.memberId = memberId;
    this.kind = kind;
    this.description = description.strip();
    this.providedOn = providedOn;
    this.fiscalYear = fiscalYear;
    if (kind == ResourceKind.SERVER_CAPACITY) {
      this.participantHours = amount;
    } else {
      this.declaredValue = amount;
    }
    this.status = Status.SUBMITTED;
    this.submittedBy = by;
    this.submittedAt = now;
  }

  /** The value in the custodian's currency: participant-hours × {@code rate}, or as declared. */
  public BigDecimal value(BigDecimal rate) {
    return kind == ResourceKind.SERVER_CAPACITY
        ? participantHours.multiply(rate).setScale(4, RoundingMode.DOWN)
        : declaredValue;
  }

  /** The approval subject of resource {@code id}. */
  public static ApprovalSubject approvalSubject(long id) {
    return new ApprovalSubject(APPROVAL_SUBJECT, id);
  }

  /**
   * Takes in an approval by someone who is not the member's: APPROVED once the tally is reached.
   *
   * @throws ContributionException {@code contribution.resource.notSubmitted}
   */
  public void approved(ApprovalTally tally, OffsetDateTime now) {
    requireSubmitted();
    if (tally.reached()) {
      status = Status.APPROVED;
      decidedAt = now;
    }
  }

  /**
   * Returns it with a comment.
   *
   * @throws ContributionException {@code contribution.resource.notSubmitted}, {@code
   *     contribution.resource.commentRequired} at field {@code comment}
   */
  public void reject(String comment, OffsetDateTime now) {
    requireSubmitted();
    if (comment == null || comment.isBlank() || comment.strip().length() > 1000) {
      throw new ContributionException("comment", "contribution.resource.commentRequired", 1000);
    }
    status = Status.REJECTED;
    rejectionComment = comment.strip();
    decidedAt = now;
  }

  /**
   * Checks it still waits for a decision.
   *
   * @throws ContributionException {@code contribution.resource.notSubmitted}
   */
  public void requireSubmitted() {
    if (status != Status.SUBMITTED) {
      throw new ContributionException(null, "contribution.resource.notSubmitted");
    }
  }

  public Long getId() {
    return id;
  }

  public Long getCustodianId() {
    return custodianId;
  }

  /** Who recorded it (the member's person or a manager); null when the node context reported it. */
  public Long getSubmittedBy() {
    return submittedBy;
  }

  public Long getMemberId() {
    return memberId;
  }

  public ResourceKind getKind() {
    return kind;
  }

  public String getDescription() {
    return description;
  }

  public LocalDate getProvidedOn() {
    return providedOn;
  }

  public int getFiscalYear() {
    return fiscalYear;
  }

  public BigDecimal getParticipantHours() {
    return participantHours;
  }

  public BigDecimal getDeclaredValue() {
    return declaredValue;
  }

  public Status getStatus() {
    return status;
  }

  public OffsetDateTime getDecidedAt() {
    return decidedAt;
  }

  public String getRejectionComment() {
    return rejectionComment;
  }
}
