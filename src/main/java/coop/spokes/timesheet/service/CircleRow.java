package coop.spokes.timesheet.service;

import java.io.Serializable;
import java.util.List;

/**
 * A circle with its activities (id and name; only the active ones), as pages see it; {@code active}
 * is false once an admin retired it.
 */
public record CircleRow(
    long id,
    String name,
    String description,
    int approvalsRequired,
    List<ActivityRow> activities,
    boolean active,
    Long payingCustodianId)
    implements Serializable {
  /** An activity of a circle. */
  public record ActivityRow(long id, String name) implements Serializable {}
}
