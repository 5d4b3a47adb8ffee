package coop.spokes.timesheet.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A period closed by a treasurer: no entry dated on or before {@code closedUpTo} changes. */
@Entity
@Table(name = "timesheet_closed_period")
public class ClosedPeriod {
  @Id
  @Column(name = "closed_up_to")
  private LocalDate closedUpTo;

  @Column(name = "closed_by", nullable = false)
  private Long closedBy;

  @Column(name = "closed_at", nullable = false)
  private OffsetDateTime closedAt;

  protected ClosedPeriod() {}

  public ClosedPeriod(LocalDate closedUpTo, long by, OffsetDateTime at) {
    this.closedUpTo = closedUpTo;
    this.closedBy = by;
    this.closedAt = at;
  }

  public LocalDate getClosedUpTo() {
    return closedUpTo;
  }

  public OffsetDateTime getClosedAt() {
    return closedAt;
  }
}
