package coop.spokes.transparency.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A member who chose to have their paid work named on the public transparency page (otherwise it
 * shows there only in the total). Deleting the row takes the choice back.
 */
@Entity
@Table(name = "transparency_public_payee")
public class PublicPayee {
  @Id
  @Column(name = "member_id")
  private long memberId;

  @Column(name = "opted_in_at", nullable = false)
  private OffsetDateTime optedInAt;

  protected PublicPayee() {}

  public PublicPayee(long memberId, OffsetDateTime now) {
    this.memberId = memberId;
    this.optedInAt = now;
  }

  public long getMemberId() {
    return memberId;
  }

  public OffsetDateTime getOptedInAt() {
    return optedInAt;
  }
}
