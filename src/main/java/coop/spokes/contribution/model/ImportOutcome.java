package coop.spokes.contribution.model;

/**
 * What a commit does with an imported line: PENDING until checked; NEW (recorded), DUPLICATE (its
 * reference is already recorded, or earlier in the file: skipped), PROBLEM (must be fixed, ignored
 * or assigned first), IGNORED by a manager, or ASSIGNED to a member by a manager (recorded).
 */
public enum ImportOutcome {
  PENDING,
  NEW,
  DUPLICATE,
  PROBLEM,
  IGNORED,
  ASSIGNED;

  /** Whether the commit records the line as a payment. */
  public boolean recorded() {
    return this == NEW || this == ASSIGNED;
  }
}
