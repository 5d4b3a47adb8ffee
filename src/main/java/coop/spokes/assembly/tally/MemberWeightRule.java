package coop.spokes.assembly.tally;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How much one member weighs before class shares: the first stage of a scheme. The tally applies
 * it, then {@link ClassShares}, then {@link ClassCap}s.
 */
public sealed interface MemberWeightRule {

  /** R1: every member weighs 1 (the default). */
  record OneMemberOneVote() implements MemberWeightRule {}

  /**
   * R4: a multiplier per kind of member, e.g. organisation 2, person 1. A member of a kind the map
   * does not name cannot vote under this scheme.
   */
  record KindMultipliers(Map<String, Fraction> multipliers) implements MemberWeightRule {
    public KindMultipliers {
      multipliers = Collections.unmodifiableMap(new LinkedHashMap<>(multipliers));
    }
  }

  /**
   * R3: plural votes from a raw weight per member (cooperative activity, say). When {@code
   * brackets} are given the raw weight is first turned into whole votes by the highest bracket it
   * reaches; then, when {@code cap} is given, no member weighs more than that fraction of the total
   * (of all eligible weight or of the weight cast, as {@code capOf} says): the excess goes pro rata
   * to the uncapped, repeatedly, until nobody exceeds the cap.
   */
  record PluralVotes(List<Bracket> brackets, Fraction cap, CapBase capOf)
      implements MemberWeightRule {
    public PluralVotes {
      brackets = List.copyOf(brackets);
    }
  }

  /** From raw weight {@code from} (inclusive) a member has {@code votes} votes. */
  record Bracket(Fraction from, long votes) {}

  /** Which total the plural-vote cap is a fraction of. */
  enum CapBase {
    /** All members on the roll (needs every eligible member's raw weight in the electorate). */
    ELIGIBLE,
    /** The members whose ballot counts, abstentions included. */
    CAST
  }
}
