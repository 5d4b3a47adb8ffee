package coop.spokes.membership.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * An application to become a member through one custodian. Lifecycle: UNVERIFIED until the
 * applicant opens the single-use verification link (valid 48 hours, renewable), then PENDING for
 * the custodian's managers, who approve or reject it once; an application left unverified for 14
 * days expires. The terms version the applicant accepted is kept with the time of acceptance.
 */
@Entity
@Table(name = "membership_application")
@NamedQuery(
    name = "MembershipApplication.byVerification",
    query = "select a from MembershipApplication a where a.verificationHash = :hash")
public class MembershipApplication {
  public static final Duration VERIFICATION_VALIDITY = Duration.ofHours(48);

  /** The purpose the verification secret's keyed hash is computed for ({@code Secrets.hmac}). */
  public static final String SECRET_PURPOSE = "membership-verify";

  public static final Duration UNVERIFIED_LIFETIME = Duration.ofDays(14);

  @Id
  @SequenceGenerator(
      name = "membership_application_seq",
      sequenceName = "membership_application_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "membership_application_seq")
  private Long id;

  @Column(name = "custodian_id", nullable = false)
  private Long custodianId;

  @Enumerated(EnumType.STRING)
  @Column(name = "member_class", nullable = false, length = 20)
  private MemberClass memberClass;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private MemberKind kind;

  @Column(name = "person_name", nullable = false, length = 200)
  private String personName;

  @Column(name = "email", nullable = false, length = 320)
  private String email;

  @Column(name = "residence_country", nullable = false, length = 2)
  private String residenceCountry;

  @Column(name = "language", nullable = false, length = 8)
  private String language;

  @Column(name = "org_legal_name", length = 300)
  private String orgLegalName;

  @Column(name = "org_registration_number", length = 100)
  private String orgRegistrationNumber;

  @Column(name = "org_country", length = 2)
  private String orgCountry;

  @Column(name = "terms_version", nullable = false, length = 40)
  private String termsVersion;

  @Column(name = "terms_accepted_at", nullable = false)
  private OffsetDateTime termsAcceptedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private ApplicationStatus status;

  @Column(name = "verification_hash", length = 64)
  private String verificationHash;

  @Column(name = "verification_expires_at")
  private OffsetDateTime verificationExpiresAt;

  @Column(name = "verification_sent_at")
  private OffsetDateTime verificationSentAt;

  @Column(name = "submitted_at", nullable = false)
  private OffsetDateTime submittedAt;

  @Column(name = "verified_at")
  private OffsetDateTime verifiedAt;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Column(name = "decided_by")
  private Long decidedBy;

  @Column(name = "rejection_reason", length = 2000)
  private String rejectionReason;

  @Column(name = "member_id")
  private Long memberId;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected MembershipApplication() {}

  /**
   * A new, unverified application with checked details, accepting {@code termsVersion} now, with
   * the hash of its first verification token.
   */
  public MembershipApplication(
      long custodianId,
      ApplicationDetails details,
      String termsVersion,
      String verificationHash,
      OffsetDateTime now) {
    ApplicationDetails d = details.checked();
    this.custodianId = custodianId;
    this.memberClass = d.memberClass();
    this.kind = d.kind();
    this.personName = d.personName();
    this.email = d.email();
    this.residenceCountry = d.residenceCountry();
    this.language = d.language();
    this.orgLegalName = d.orgLegalName();
    this.orgRegistrationNumber = d.orgRegistrationNumber();
    this.orgCountry = d.orgCountry();
    this.termsVersion = termsVersion;
    this.termsAcceptedAt = now;
    this.submittedAt = now;
    this.status = ApplicationStatus.UNVERIFIED;
    renewVerification(verificationHash, now);
  }

  /** A new verification token replaces the previous one (a re-sent link). */
  public final void renewVerification(String hash, OffsetDateTime now) {
    if (status != ApplicationStatus.UNVERIFIED) {
      throw new MembershipException(null, "membership.verify.notNeeded");
    }
    verificationHash = hash;
    verificationSentAt = now;
    verificationExpiresAt = now.plus(VERIFICATION_VALIDITY);
  }

  /** Whether the verification link still works: unverified, and the link not yet expired. */
  public boolean isVerifiable(OffsetDateTime now) {
    return status == ApplicationStatus.UNVERIFIED
        && verificationExpiresAt != null
        && now.isBefore(verificationExpiresAt);
  }

  /**
   * Replaces the verification link's secret by one whose keyed hash is {@code hash}, when the mail
   * carrying it is sent (the previous one stops working); the expiry stays.
   */
  public void replaceVerificationSecret(String hash, OffsetDateTime now) {
    if (!isVerifiable(now)) {
      throw new MembershipException(null, "membership.verify.invalid");
    }
    verificationHash = hash;
  }

  /**
   * The applicant opened the link: the application goes to the custodian's managers. The token is
   * spent.
   */
  public void verify(OffsetDateTime now) {
    if (!isVerifiable(now)) {
      throw new MembershipException(null, "membership.verify.invalid");
    }
    status = ApplicationStatus.PENDING;
    verifiedAt = now;
    verificationHash = null;
    verificationExpiresAt = null;
  }

  /** Approved by a manager; the new member is {@code member}. Decided once only. */
  public void approve(long by, long member, OffsetDateTime now) {
    requirePending();
    status = ApplicationStatus.APPROVED;
    decidedBy = by;
    decidedAt = now;
    memberId = member;
  }

  /** Rejected by a manager, with the reason the applicant will read. Decided once only. */
  public void reject(long by, String reason, OffsetDateTime now) {
    requirePending();
    if (reason == null || reason.isBlank() || reason.strip().length() > 2000) {
      throw new MembershipException("reason", "membership.review.reason.invalid", 2000);
    }
    status = ApplicationStatus.REJECTED;
    decidedBy = by;
    decidedAt = now;
    rejectionReason = reason.strip();
  }

  /** Whether this unverified application has waited too long (14 days) and should expire. */
  public boolean isStale(OffsetDateTime now) {
    return status == ApplicationStatus.UNVERIFIED
        && !now.isBefore(submittedAt.plus(UNVERIFIED_LIFETIME));
  }

  public void expire(OffsetDateTime now) {
    if (!isStale(now)) {
      throw new MembershipException(null, "membership.application.notStale");
    }
    status = ApplicationStatus.EXPIRED;
    verificationHash = null;
    verificationExpiresAt = null;
  }

  private void requirePending() {
    if (status != ApplicationStatus.PENDING) {
      throw new MembershipException(null, "membership.review.alreadyDecided");
    }
  }

  /** The details as the applicant gave them. */
  public ApplicationDetails details() {
    return new ApplicationDetails(
        memberClass,
        kind,
        personName,
        email,
        residenceCountry,
        language,
        orgLegalName,
        orgRegistrationNumber,
        orgCountry);
  }

  public Long getId() {
    return id;
  }

  public Long getCustodianId() {
    return custodianId;
  }

  public ApplicationStatus getStatus() {
    return status;
  }

  public String getEmail() {
    return email;
  }

  public String getLanguage() {
    return language;
  }

  public String getPersonName() {
    return personName;
  }

  public String getTermsVersion() {
    return termsVersion;
  }

  public OffsetDateTime getSubmittedAt() {
    return submittedAt;
  }

  public OffsetDateTime getVerifiedAt() {
    return verifiedAt;
  }

  public Long getMemberId() {
    return memberId;
  }

  public String getRejectionReason() {
    return rejectionReason;
  }

  public MemberClass getMemberClass() {
    return memberClass;
  }

  public MemberKind getKind() {
    return kind;
  }
}
