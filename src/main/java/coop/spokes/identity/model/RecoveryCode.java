package coop.spokes.identity.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * A one-time recovery code that signs in instead of an authenticator code (a lost phone). Shown
 * once when the authenticator is enabled; only its keyed hash is stored. Invariant: usable once.
 */
@Entity
@Table(name = "identity_recovery_code")
@NamedQuery(
    name = "RecoveryCode.unusedOf",
    query = "select c from RecoveryCode c where c.accountId = :accountId and c.usedAt is null")
@NamedQuery(
    name = "RecoveryCode.deleteOf",
    query = "delete from RecoveryCode c where c.accountId = :accountId")
public class RecoveryCode {
  /** How many codes an account gets. */
  public static final int COUNT = 10;

  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @SequenceGenerator(
      name = "identity_recovery_code_seq",
      sequenceName = "identity_recovery_code_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "identity_recovery_code_seq")
  private Long id;

  @Column(name = "account_id", nullable = false)
  private Long accountId;

  @Column(name = "code_hash", nullable = false, length = 64)
  private String codeHash;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "used_at")
  private OffsetDateTime usedAt;

  protected RecoveryCode() {}

  public RecoveryCode(long accountId, String codeHash, OffsetDateTime now) {
    this.accountId = accountId;
    this.codeHash = codeHash;
    this.createdAt = now;
  }

  /**
   * A new random code, {@code xxxxx-xxxxx} from 31 unambiguous letters and digits (about 49 bits).
   */
  public static String newCode() {
    StringBuilder code = new StringBuilder(11);
    for (int i = 0; i < 10; i++) {
      if (i == 5) {
        code.append('-');
      }
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** The form that is hashed: lower case, without spaces or dashes (as people retype it). */
  public static String normalize(String typed) {
    return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
  }

  /** Whether {@code typed} looks like a recovery code rather than an authenticator code. */
  public static boolean looksLikeOne(String typed) {
    return normalize(typed).length() == 10;
  }

  /**
   * Spends the code.
   *
   * @throws IdentityException {@code identity.secondFactor.code.wrong} when it was used already
   */
  public void use(OffsetDateTime now) {
    if (usedAt != null) {
      throw new IdentityException("code", "identity.secondFactor.code.wrong");
    }
    usedAt = now;
  }

  public boolean isUsed() {
    return usedAt != null;
  }

  public String getCodeHash() {
    return codeHash;
  }

  public Long getAccountId() {
    return accountId;
  }
}
