package coop.spokes.membership.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One join-form submission or verification re-send, counted under an HMAC of its client or address.
 */
@Entity
@Table(name = "membership_join_attempt")
public class JoinAttempt {
  @Id
  @SequenceGenerator(
      name = "membership_join_attempt_seq",
      sequenceName = "membership_join_attempt_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "membership_join_attempt_seq")
  private Long id;

  @Column(name = "kind", nullable = false, length = 10)
  private String kind;

  @Column(name = "key_hash", nullable = false, length = 64)
  private String keyHash;

  @Column(name = "occurred_at", nullable = false)
  private OffsetDateTime occurredAt;

  protected JoinAttempt() {}

  public JoinAttempt(String kind, String keyHash, OffsetDateTime occurredAt) {
    this.kind = kind;
    this.keyHash = keyHash;
    this.occurredAt = occurredAt;
  }
}
