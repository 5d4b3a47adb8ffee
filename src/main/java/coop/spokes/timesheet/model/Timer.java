package coop.spokes.timesheet.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A person's running timer, kept on the server: at most one per person. */
@Entity
@Table(name = "timesheet_timer")
public class Timer {
  @Id
  @Column(name = "user_id")
  private Long userId;

  @Column(name = "circle_id", nullable = false)
  private Long circleId;

  @Column(name = "activity_id", nullable = false)
  private Long activityId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 12)
  private EntryKind kind;

  @Column(name = "started_at", nullable = false)
  private OffsetDateTime startedAt;

  @Column(name = "description", length = TimeEntry.MAX_DESCRIPTION)
  private String description;

  protected Timer() {}

  public Timer(
      long userId,
      long circleId,
      long activityId,
      EntryKind kind,
      OffsetDateTime startedAt,
      String description) {
    if (kind == null) {
      throw new TimesheetException("kind", "timesheet.entry.kind");
    }
    if (description != null && description.strip().length() > TimeEntry.MAX_DESCRIPTION) {
      throw new TimesheetException(
          "description", "timesheet.text.tooLong", TimeEntry.MAX_DESCRIPTION);
    }
    this.userId = userId;
    this.circleId = circleId;
    this.activityId = activityId;
    this.kind = kind;
    this.startedAt = TimeEntry.minute(startedAt);
    this.description = description == null || description.isBlank() ? null : description.strip();
  }

  /** The entry this timer makes when stopped at {@code end}. */
  public TimeEntry.Details stoppedAt(OffsetDateTime end) {
    return new TimeEntry.Details(circleId, activityId, kind, startedAt, end, description);
  }

  public Long getUserId() {
    return userId;
  }

  public Long getCircleId() {
    return circleId;
  }

  public Long getActivityId() {
    return activityId;
  }

  public EntryKind getKind() {
    return kind;
  }

  public OffsetDateTime getStartedAt() {
    return startedAt;
  }

  public String getDescription() {
    return description;
  }
}
