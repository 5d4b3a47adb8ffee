package coop.spokes.timesheet.service;

import coop.spokes.timesheet.model.EntryKind;
import coop.spokes.timesheet.model.EntryStatus;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * An entry as pages see it, times in its author's time zone; {@code approvals} of {@code required}
 * so far.
 */
public record EntryRow(
    long id,
    long circleId,
    String circleName,
    long activityId,
    String activityName,
    long userId,
    String userName,
    EntryKind kind,
    LocalDate date,
    LocalTime start,
    LocalTime end,
    int minutes,
    String description,
    EntryStatus status,
    String rejectionComment,
    int approvals,
    int required)
    implements Serializable {
  /** "1:30" for 90 minutes. */
  public String duration() {
    return minutes / 60 + ":" + String.format("%02d", minutes % 60);
  }
}
