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
 * A single-use password reset token. Only its hash is stored, so a database reader cannot use it.
 * It works once, before it expires; using it, or asking for a new one, spends the others. The raw
 * token exists only in the mail that carries it: the outbox mints it when it sends the mail ({@link
 * #replaceSecret}).
 */
@Entity
@Table(name = "identity_password_reset")
@NamedQuery(
    name = "PasswordResetToken.byHash",
    query = "select t from PasswordResetToken t where t.secret.hash = :hash")
@NamedQuery(
    name = "PasswordResetToken.openOfUser",
    query =
        "select t from PasswordResetToken t where t.userId = :userId and t.secret.usedAt is null")
public class PasswordResetToken {
  /** The purpose its keyed hash is computed for ({@code Secrets.hmac}). */
  public static final String SECRET_PURPOSE = "password-reset";

  @Id
  @SequenceGenerator(
      name = "identity_password_reset_seq",
      sequenceName = "identity_password_reset_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "identity_password_reset_seq")
  private Long id;

  @Column(name = "user_id", nullable = false)
  private Long userId;

  @Embedded private SingleUseSecret secret;

  protected PasswordResetToken() {}

  public PasswordResetToken(long userId, String tokenHash, OffsetDateTime now, Duration validity) {
    this.userId = userId;
    this.secret = SingleUseSecret.issued(tokenHash, now, validity);
  }

  public boolean isUsable(OffsetDateTime now) {
    return secret.isUsable(now);
  }

  /** Spends it; throws when it was used already or has expired. */
  public void use(OffsetDateTime now) {
    if (!secret.spend(now)) {
      throw new IdentityException(null, "identity.reset.tokenInvalid");
    }
  }

  /**
   * Replaces the secret by one whose keyed hash is {@code hash} (the previous one stops working);
   * the expiry stays. Throws when it is no longer usable.
   */
  public void replaceSecret(String hash, OffsetDateTime now) {
    if (!secret.replace(hash, now)) {
      throw new IdentityException(null, "identity.reset.tokenInvalid");
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

  public OffsetDateTime getCreatedAt() {
    return secret.getCreatedAt();
  }

  public OffsetDateTime getExpiresAt() {
    return secret.getExpiresAt();
  }
}
