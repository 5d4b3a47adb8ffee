package coop.spokes.assembly.tally;

import java.util.Set;

/**
 * The third stage: a group of classes (non-user members, say) holds at most {@code fraction} of the
 * final total of weight cast. When it would hold more, its total becomes {@code fraction ÷ (1 −
 * fraction)} × the others' total, divided equally among its voting members or among its registered
 * members.
 */
public record ClassCap(Set<String> classes, Fraction fraction, Division division) {

  public ClassCap {
    classes = Set.copyOf(classes);
  }

  /** Among whom a capped group's total is divided equally. */
  public enum Division {
    /** The group's members whose ballot counts: each weighs total ÷ voters. */
    VOTING,
    /** The group's members on the roll: each voter weighs total ÷ eligible, the rest is lost. */
    REGISTERED
  }
}
