package coop.spokes.identity.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One event counted by the identity context's rate limits, under an HMAC of what it is counted
 * against (so the table holds no personal data and the same key results whether or not the account
 * exists): a failed sign-in, counted against the pair of login name and client address ({@link
 * #PAIR}) and against the client address ({@link #ADDRESS}); a password-reset request, counted
 * against the client address ({@link #RESET_ADDRESS}) and, when a link was sent, the address typed
 * ({@link #RESET_ACCOUNT}).
 */
@Entity
@Table(name = "identity_login_failure")
public class LoginFailure {
  /** Failed sign-ins of one login name from one client address. */
  public static final String PAIR = "PAIR";

  /** Failed sign-ins from one client address, whatever the login name. */
  public static final String ADDRESS = "ADDRESS";

  /** Password-reset requests from one client address. */
  public static final String RESET_ADDRESS = "RESET_ADDR";

  /** Requests to move one account to another e-mail address. */
  public static final String EMAIL_CHANGE = "EMAIL_CHG";

  /** Password-reset links sent for one login name. */
  public static final String RESET_ACCOUNT = "RESET_ACCT";

  @Id
  @SequenceGenerator(
      name = "identity_login_failure_seq",
      sequenceName = "identity_login_failure_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "identity_login_failure_seq")
  private Long id;

  @Column(name = "kind", nullable = false, length = 10)
  private String kind;

  @Column(name = "key_hash", nullable = false, length = 64)
  private String keyHash;

  @Column(name = "occurred_at", nullable = false)
  private OffsetDateTime occurredAt;

  protected LoginFailure() {}

  public LoginFailure(String kind, String keyHash, OffsetDateTime occurredAt) {
    this.kind = kind;
    this.keyHash = keyHash;
    this.occurredAt = occurredAt;
  }
}
