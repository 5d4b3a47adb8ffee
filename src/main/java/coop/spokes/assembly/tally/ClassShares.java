package coop.spokes.assembly.tally;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * R2, the second stage: each class holds a fixed share of the vote whatever its headcount. Shares
 * are points summing exactly to {@code total} (100 for percentages) and the tally is then counted
 * in the same points.
 *
 * @param bounds optional lowest and highest share per class as fractions of the total (French SCIC
 *     colleges: 1/10 to 1/2); a scheme whose shares fall outside is invalid
 * @param minimumTurnout optional per class; a class below it, or where nobody voted, is treated as
 *     {@code belowTurnout} says
 */
public record ClassShares(
    Fraction total,
    Map<String, Fraction> shares,
    Map<String, Bounds> bounds,
    Denominator denominator,
    Map<String, MinimumTurnout> minimumTurnout,
    BelowTurnout belowTurnout) {

  public ClassShares {
    shares = Collections.unmodifiableMap(new LinkedHashMap<>(shares));
    bounds = Collections.unmodifiableMap(new LinkedHashMap<>(bounds));
    minimumTurnout = Collections.unmodifiableMap(new LinkedHashMap<>(minimumTurnout));
  }

  /** What a class's share is divided by to weigh one unit of member weight in it. */
  public enum Denominator {
    /**
     * The weight cast in the class (abstentions excluded unless the motion's base includes them):
     * the class's share is split among those who voted.
     */
    VOTES_CAST,
    /** The weight of all eligible members of the class: absent members' part is lost. */
    ELIGIBLE
  }

  /** What happens to the share of a class below its minimum turnout or where nobody voted. */
  public enum BelowTurnout {
    /** Given to the other classes in proportion to their shares. */
    REDISTRIBUTE,
    /** Counted as abstention. */
    ABSTAIN
  }

  /** A share's lowest and highest value, as fractions of the total. */
  public record Bounds(Fraction min, Fraction max) {}

  /**
   * The least number of voters and/or fraction of the eligible members of a class who must vote for
   * its share to count; with both, {@code both} says whether both must be met or either.
   */
  public record MinimumTurnout(Long count, Fraction fraction, boolean both) {}
}
