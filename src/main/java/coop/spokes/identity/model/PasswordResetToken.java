package coop.spokes.identity.model;

import jakarta.persistence.Column;
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
    query = "select t from PasswordResetToken t where t.tokenHash = :hash")
@NamedQuery(
    name = "PasswordResetToken.openOfUser",
    query = "select t from PasswordResetToken t where t.userId = :userId and t.usedAt is null")
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

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "used_at")
  private OffsetDateTime usedAt;

  protected PasswordResetToken() {}

  public PasswordResetToken(long userId, String tokenHash, OffsetDateTime now, Duration validity) {
    this.userId = userId;
    this.tokenHash = tokenHash;
    this.createdAt = now;
    this.expiresAt = now.plus(validity);
  }

  public boolean isUsable(OffsetDateTime now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  /** Spends the token; throws when it was used already or has expired. */
  public void use(OffsetDateTime now) {
    if (!isUsable(now)) {
      throw new IdentityException(null, "identity.reset.tokenInvalid");
    }
    usedAt = now;
  }

  /**
   * Replaces the secret by one whose keyed hash is {@code hash} (the previous one stops working);
   * the expiry stays. Throws when the token is no longer usable.
   */
  public void replaceSecret(String hash, OffsetDateTime now) {
    if (!isUsable(now)) {
      throw new IdentityException(null, "identity.reset.tokenInvalid");
    }
    tokenHash = hash;
  }

  /** Spends the token without using it (a newer one replaces it). */
  public void revoke(OffsetDateTime now) {
    if (usedAt == null) {
      usedAt = now;
    }
  }

  public Long getId() {
    return id;
  }

  public Long getUserId() {
    return userId;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getExpiresAt() {
    return expiresAt;
  }
}
