package coop.spokes.contribution.model;

/**
 * A solidarity band: A asks the most (high-income countries), D the least. Each country has one; a
 * member may declare a lower one, with a reason their custodian's managers see.
 */
public enum Band {
  A,
  B,
  C,
  D;

  /** Whether this band asks less than {@code other} (D is the lowest). */
  public boolean isLowerThan(Band other) {
    return ordinal() > other.ordinal();
  }
}
