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
import java.util.Locale;

/**
 * A member of the cooperative, through one custodian. Invariants: a number unique across Spokes
 * ({@code ES-000123}: the custodian's short code and its sequence), a class and kind, a status that
 * moves only along {@link MemberStatus#next()} with a reason, and a leave date once LEFT.
 */
@Entity
@Table(name = "membership_member")
public class Member {
  @Id
  @SequenceGenerator(
      name = "membership_member_seq",
      sequenceName = "membership_member_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "membership_member_seq")
  private Long id;

  @Column(name = "custodian_id", nullable = false)
  private Long custodianId;

  @Column(name = "number_seq", nullable = false)
  private long numberSeq;

  @Column(name = "member_number", nullable = false, length = 20)
  private String memberNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "member_class", nullable = false, length = 20)
  private MemberClass memberClass;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private MemberKind kind;

  @Column(name = "display_name", nullable = false, length = 300)
  private String displayName;

  @Column(name = "sort_name", nullable = false, length = 300)
  private String sortName;

  @Column(name = "registration_number", length = 100)
  private String registrationNumber;

  @Column(name = "country", nullable = false, length = 2)
  private String country;

  @Column(name = "email", nullable = false, length = 320)
  private String email;

  @Column(name = "language", nullable = false, length = 8)
  private String language;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private MemberStatus status;

  @Column(name = "joined_on", nullable = false)
  private LocalDate joinedOn;

  @Column(name = "left_on")
  private LocalDate leftOn;

  @Column(name = "custodian_since")
  private LocalDate custodianSince;

  @Column(name = "account_id")
  private Long accountId;

  /**
   * The person's account while this personal membership is not LEFT, else null: unique in the
   * table, so one account holds at most one live personal membership (see {@link
   * #keepLiveAccount}).
   */
  @Column(name = "live_account_id")
  private Long liveAccountId;

  @Column(name = "application_id")
  private Long applicationId;

  @Column(name = "public_listing", nullable = false)
  private boolean publicListing;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Member() {}

  /** A new active member admitted from {@code application} under number {@code seq}. */
  public Member(
      MembershipApplication application,
      String custodianCode,
      long seq,
      Long accountId,
      LocalDate joinedOn) {
    ApplicationDetails d = application.details();
    this.custodianId = application.getCustodianId();
    this.numberSeq = seq;
    this.memberNumber = number(custodianCode, seq);
    this.memberClass = d.memberClass();
    this.kind = d.kind();
    this.displayName = d.memberName();
    this.sortName = sortKey(displayName);
    this.registrationNumber = d.orgRegistrationNumber();
    this.country = d.kind() == MemberKind.ORGANISATION ? d.orgCountry() : d.residenceCountry();
    this.email = d.email();
    this.language = d.language();
    this.status = MemberStatus.ACTIVE;
    this.joinedOn = joinedOn;
    this.accountId = d.kind() == MemberKind.PERSON ? accountId : null;
    this.applicationId = application.getId();
    keepLiveAccount();
  }

  /**
   * A member taken over from a custodian's existing register, under number {@code seq}, with the
   * dates and status the register gives. No account is attached: the person accepts an invitation
   * first ({@link #attach}).
   */
  public Member(long custodianId, String custodianCode, long seq, ImportedMember line) {
    this.custodianId = custodianId;
    this.numberSeq = seq;
    this.memberNumber = number(custodianCode, seq);
    this.memberClass = line.memberClass();
    this.kind = line.kind();
    this.displayName = line.name();
    this.sortName = sortKey(displayName);
    this.registrationNumber = line.registrationNumber();
    this.country = line.country();
    this.email = line.email();
    this.language = line.language();
    this.status = line.status();
    this.joinedOn = line.joinedOn();
    this.leftOn = line.leftOn();
  }

  /** The first line of the history of an imported member: its status, from the register. */
  public StatusChange imported(Long by, String source, OffsetDateTime now) {
    return new StatusChange(id, null, status, by, source, now);
  }

  /** {@code ES-000123}: the custodian's short code and the sequence, six digits at least. */
  public static String number(String custodianCode, long seq) {
    return custodianCode + "-" + String.format(Locale.ROOT, "%06d", seq);
  }

  /** Case- and accent-insensitive sort key, so the directory sorts names as people expect. */
  public static String sortKey(String name) {
    return coop.spokes.platform.i18n.SortKeys.of(name);
  }

  /**
   * Moves the member to {@code to}, for {@code reason}, and returns the history line to keep.
   *
   * @throws MembershipException {@code membership.member.status.notAllowed} for a move that {@link
   *     MemberStatus#next()} does not allow, {@code membership.member.status.reasonRequired}
   */
  public StatusChange changeStatus(MemberStatus to, Long by, String reason, OffsetDateTime now) {
    if (to == null || !status.next().contains(to)) {
      throw new MembershipException("status", "membership.member.status.notAllowed");
    }
    if (reason == null || reason.isBlank() || reason.strip().length() > 1000) {
      throw new MembershipException("reason", "membership.member.status.reasonRequired", 1000);
    }
    StatusChange change = new StatusChange(id, status, to, by, reason.strip(), now);
    boolean wasLeft = status == MemberStatus.LEFT;
    status = to;
    if (to == MemberStatus.LEFT) {
      leftOn = now.toLocalDate();
    }
    // Between live statuses the column stays as it is: a membership V16 listed as a duplicate
    // (live_account_id NULL while another holds the account) can still lapse or be suspended.
    if (wasLeft || to == MemberStatus.LEFT) {
      keepLiveAccount();
    }
    return change;
  }

  /**
   * Attaches the person's account to this personal membership, when they accepted the invitation of
   * an import. The database refuses it when the account already holds another live personal
   * membership (unique {@code live_account_id}), so callers check first and offer a transfer.
   *
   * @throws MembershipException {@code membership.invitation.invalid} for an organisation, a former
   *     member or a membership that already has an account
   */
  public void attach(long account) {
    if (kind != MemberKind.PERSON || status == MemberStatus.LEFT || accountId != null) {
      throw new MembershipException(null, "membership.invitation.invalid");
    }
    accountId = account;
    keepLiveAccount();
  }

  /** Whether this is a personal membership that is not LEFT and has an account. */
  public boolean isLivePersonal() {
    return liveAccountId != null;
  }

  /**
   * Keeps {@code live_account_id} in step: the account while a personal membership is not LEFT,
   * null otherwise. Called by every method that changes the kind, status or account.
   */
  private void keepLiveAccount() {
    liveAccountId =
        kind == MemberKind.PERSON && status != MemberStatus.LEFT && accountId != null
            ? accountId
            : null;
  }

  /**
   * Moves the member to another custodian under its number {@code seq}, from {@code on}, and
   * returns the history line to keep (the status is unchanged; the reason names both numbers).
   */
  public StatusChange transfer(
      long toCustodianId, String toCode, long seq, Long by, OffsetDateTime now) {
    String from = memberNumber;
    this.custodianId = toCustodianId;
    this.numberSeq = seq;
    this.memberNumber = number(toCode, seq);
    this.custodianSince = now.toLocalDate();
    return new StatusChange(id, status, status, by, from + " → " + memberNumber, now);
  }

  /** The first line of the history: admitted, from the application. */
  public StatusChange admitted(Long by, OffsetDateTime now) {
    return new StatusChange(id, null, MemberStatus.ACTIVE, by, "application " + applicationId, now);
  }

  public Long getId() {
    return id;
  }

  public Long getCustodianId() {
    return custodianId;
  }

  public String getMemberNumber() {
    return memberNumber;
  }

  public MemberClass getMemberClass() {
    return memberClass;
  }

  public MemberKind getKind() {
    return kind;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getCountry() {
    return country;
  }

  public String getEmail() {
    return email;
  }

  public String getLanguage() {
    return language;
  }

  public MemberStatus getStatus() {
    return status;
  }

  public LocalDate getJoinedOn() {
    return joinedOn;
  }

  /** Since when the member belongs to their current custodian (their join date unless moved). */
  public LocalDate getCustodianSince() {
    return custodianSince == null ? joinedOn : custodianSince;
  }

  public LocalDate getLeftOn() {
    return leftOn;
  }

  /** Whether an organisation appears on the public list of member organisations (its choice). */
  public void listPublicly(boolean listed) {
    if (kind != MemberKind.ORGANISATION) {
      throw new MembershipException(null, "membership.representative.notOrganisation");
    }
    publicListing = listed;
  }

  public String getRegistrationNumber() {
    return registrationNumber;
  }

  public boolean isPublicListing() {
    return publicListing;
  }

  public Long getAccountId() {
    return accountId;
  }
}
