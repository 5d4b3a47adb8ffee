package coop.spokes.transparency.model;

/**
 * Where an expense stands: SUBMITTED until enough treasurers approved it (APPROVED) or one rejected
 * it (REJECTED); an approved expense becomes PAID when a treasurer pays it. A change to a
 * submitted, approved or rejected expense submits it again.
 */
public enum ExpenseState {
  SUBMITTED,
  APPROVED,
  REJECTED,
  PAID;

  /** Whether it counts in reports (approved, paid or not yet). */
  public boolean counts() {
    return this == APPROVED || this == PAID;
  }
}
