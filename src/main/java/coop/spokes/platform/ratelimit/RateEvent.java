package coop.spokes.platform.ratelimit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One event counted by a {@link RateLimit}, under a keyed hash of its subject: the table holds no
 * address, name or account id, and the same key results whether or not an account exists.
 */
@Entity
@Table(name = "platform_rate_event")
public class RateEvent {
  @Id
  @SequenceGenerator(
      name = "platform_rate_event_seq",
      sequenceName = "platform_rate_event_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "platform_rate_event_seq")
  private Long id;

  @Column(name = "limit_name", nullable = false, length = 40)
  private String limitName;

  @Column(name = "key_hash", nullable = false, length = 64)
  private String keyHash;

  @Column(name = "occurred_at", nullable = false)
  private OffsetDateTime occurredAt;

  protected RateEvent() {}

  RateEvent(String limitName, String keyHash, OffsetDateTime occurredAt) {
    this.limitName = limitName;
    this.keyHash = keyHash;
    this.occurredAt = occurredAt;
  }
}
