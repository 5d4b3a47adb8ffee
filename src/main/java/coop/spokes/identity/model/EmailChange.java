package coop.spokes.identity.model;

import coop.spokes.platform.security.SingleUseSecret;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * A requested change of sign-in address: the new address is used only once the link sent to it is
 * opened (single use, 48 hours). A newer request spends older ones. Only the link's keyed hash is
 * stored; the outbox mints the link when it sends the mail ({@link #replaceSecret}).
 */
@Entity
@Table(name = "identity_email_change")
@NamedQuery(
    name = "EmailChange.byHash",
    query = "select c from EmailChange c where c.secret.hash = :hash")
@NamedQuery(
    name = "EmailChange.openOfUser",
    query = "select c from EmailChange c where c.userId = :userId and c.secret.usedAt is null")
public class EmailChange {
  public static final Duration VALIDITY = Duration.ofHours(48);

  /** The purpose its keyed hash is computed for ({@code Secrets.hmac}). */
  public static final String SECRET_PURPOSE = "email-change";

  @Id
  @SequenceGenerator(
      name = "identity_email_change_seq",
      sequenceName = "identity_email_change_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "identity_email_change_seq")
  private Long id;

  @Column(name = "user_id", nullable = false)
  private Long userId;

  @Column(name = "new_email", nullable = false, length = 320)
  private String newEmail;

  @Embedded private SingleUseSecret secret;

  protected EmailChange() {}

  public EmailChange(long userId, String newEmail, String tokenHash, OffsetDateTime now) {
    this.userId = userId;
    this.newEmail = newEmail;
    this.secret = SingleUseSecret.issued(tokenHash, now, VALIDITY);
  }

  public boolean isUsable(OffsetDateTime now) {
    return secret.isUsable(now);
  }

  /** Spends it; throws when it was used already or has expired. */
  public void use(OffsetDateTime now) {
    if (!secret.spend(now)) {
      throw new IdentityException(null, "identity.email.linkInvalid");
    }
  }

  /**
   * Replaces the secret by one whose keyed hash is {@code hash} (the previous one stops working);
   * the expiry stays. Throws when it is no longer usable.
   */
  public void replaceSecret(String hash, OffsetDateTime now) {
    if (!secret.replace(hash, now)) {
      throw new IdentityException(null, "identity.email.linkInvalid");
    }
  }

  /** Ends it without using it (a newer one replaces it). */
  public void revoke(OffsetDateTime now) {
    secret.revoke(now);
  }

  public Long getId() {
    return id;
  }

  public Long getUserId() {
    return userId;
  }

  public String getNewEmail() {
    return newEmail;
  }
}
