package coop.spokes.membership.model;

import coop.spokes.platform.security.SingleUseSecret;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * An invitation, sent by a member import, for the owner of an address to take up a membership of
 * the register (their own, or an organisation's as its representative). The import never attaches
 * an account itself: the address's owner accepts, signed in (or choosing a password when the
 * address has no account yet). Invariants: only the HMAC of the single-use token is kept; it is
 * used at most once and never after it expires.
 */
@Entity
@Table(name = "membership_invitation")
public class Invitation {
  /** What the keyed hash of the token is for ({@code Secrets.hmac}). */
  public static final String SECRET_PURPOSE = "member-invitation";

  @Id
  @SequenceGenerator(
      name = "membership_invitation_seq",
      sequenceName = "membership_invitation_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "membership_invitation_seq")
  private Long id;

  @Column(name = "member_id", nullable = false)
  private Long memberId;

  @Column(name = "email", nullable = false, length = 320)
  private String email;

  @Embedded
  @AttributeOverride(name = "usedAt", column = @Column(name = "accepted_at"))
  private SingleUseSecret secret;

  @Column(name = "accepted_by")
  private Long acceptedBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Invitation() {}

  /** An invitation to {@code email} for member {@code memberId}, valid for {@code validity}. */
  public Invitation(
      long memberId, String email, String tokenHash, OffsetDateTime now, Duration validity) {
    this.memberId = memberId;
    this.email = email;
    this.secret = SingleUseSecret.issued(tokenHash, now, validity);
  }

  /**
   * Replaces the secret by a new one's keyed hash (the outbox mints the mailed link at send time);
   * the previous secret stops working.
   *
   * @throws MembershipException {@code membership.invitation.invalid} when used or expired
   */
  public void replaceSecret(String newTokenHash, OffsetDateTime now) {
    if (!secret.replace(newTokenHash, now)) {
      throw new MembershipException(null, "membership.invitation.invalid");
    }
  }

  /** Whether it can still be accepted at {@code now}. */
  public boolean isOpen(OffsetDateTime now) {
    return secret.isUsable(now);
  }

  /**
   * Records that account {@code by} accepted it.
   *
   * @throws MembershipException {@code membership.invitation.invalid} when used or expired
   */
  public void accept(long by, OffsetDateTime now) {
    if (!secret.spend(now)) {
      throw new MembershipException(null, "membership.invitation.invalid");
    }
    acceptedBy = by;
  }

  public Long getId() {
    return id;
  }

  public Long getMemberId() {
    return memberId;
  }

  public String getEmail() {
    return email;
  }

  public OffsetDateTime getExpiresAt() {
    return secret.getExpiresAt();
  }

  public OffsetDateTime getAcceptedAt() {
    return secret.getUsedAt();
  }
}
