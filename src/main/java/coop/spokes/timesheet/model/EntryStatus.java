package coop.spokes.timesheet.model;

/**
 * DRAFT while its author may change it; SUBMITTED with its week for peers to approve; APPROVED
 * (locked) once enough peers approved; REJECTED back to its author with a comment.
 */
public enum EntryStatus {
  DRAFT,
  SUBMITTED,
  APPROVED,
  REJECTED;

  /** Whether the author may still change or delete the entry. */
  public boolean editable() {
    return this == DRAFT || this == REJECTED;
  }
}
