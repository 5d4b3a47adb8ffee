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
 * One failed sign-in, counted against the login name typed and against the client address, each
 * under an HMAC of the value (so the table holds no personal data and the same key results whether
 * or not the account exists).
 */
@Entity
@Table(name = "identity_login_failure")
public class LoginFailure {
  public static final String ACCOUNT = "ACCOUNT";
  public static final String ADDRESS = "ADDRESS";

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
