package coop.spokes.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * The secret of a single-use link (password reset, address change, invitation, and the links of
 * contexts still to come), embedded in the row it opens. Only the secret's keyed hash is stored
 * ({@link Secrets#hmac}), so a reader of the database cannot use it; the raw secret exists only in
 * the mail that carries it, minted when the outbox sends it ({@link #replace}). It works once,
 * before it expires; spending it, or revoking it when a newer one replaces it, ends it.
 *
 * <p>Columns {@code token_hash}, {@code created_at}, {@code expires_at} and {@code used_at}; a row
 * that names the last otherwise overrides it ({@code @AttributeOverride(name = "usedAt", ...)}).
 * The owning row decides what a refusal says: the methods answer, they do not throw.
 */
@Embeddable
public class SingleUseSecret {
  @Column(name = "token_hash", nullable = false, length = 64)
  private String hash;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "used_at")
  private OffsetDateTime usedAt;

  protected SingleUseSecret() {}

  /**
   * A secret whose keyed hash is {@code hash}, issued at {@code now}, usable for {@code validity}.
   */
  public static SingleUseSecret issued(String hash, OffsetDateTime now, Duration validity) {
    if (hash == null || hash.isBlank() || validity.isNegative() || validity.isZero()) {
      throw new IllegalArgumentException("A single-use secret needs a hash and a validity");
    }
    SingleUseSecret secret = new SingleUseSecret();
    secret.hash = hash;
    secret.createdAt = now;
    secret.expiresAt = now.plus(validity);
    return secret;
  }

  /** Whether it can still be used at {@code now}: not spent, not expired. */
  public boolean isUsable(OffsetDateTime now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  /** Spends it: true when it was usable (and is spent now), false when it was not. */
  public boolean spend(OffsetDateTime now) {
    if (!isUsable(now)) {
      return false;
    }
    usedAt = now;
    return true;
  }

  /**
   * Replaces the secret by one whose keyed hash is {@code newHash} (the previous one stops
   * working); the expiry stays. False, and nothing changed, when it is no longer usable.
   */
  public boolean replace(String newHash, OffsetDateTime now) {
    if (!isUsable(now)) {
      return false;
    }
    hash = newHash;
    return true;
  }

  /** Ends it without using it (a newer one replaces it); a spent one keeps its time. */
  public void revoke(OffsetDateTime now) {
    if (usedAt == null) {
      usedAt = now;
    }
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getExpiresAt() {
    return expiresAt;
  }

  /** When it was spent or revoked; {@code null} while open. */
  public OffsetDateTime getUsedAt() {
    return usedAt;
  }
}
