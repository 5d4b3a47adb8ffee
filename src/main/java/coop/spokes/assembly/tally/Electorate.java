package coop.spokes.assembly.tally;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The roll at the record date: per class the eligible count and weight, and, where plural votes
 * apply, each voter's raw weight under a pseudonym (never a name).
 *
 * @param voters empty unless the scheme needs them (a plural-vote cap of eligible weight) or the
 *     document wants pseudonymous ballots checked against the roll
 */
public record Electorate(Map<String, ClassRoll> classes, List<Voter> voters) {

  public Electorate {
    classes = Collections.unmodifiableMap(new LinkedHashMap<>(classes));
    voters = List.copyOf(voters);
  }

  /**
   * One class on the roll.
   *
   * @param weight the eligible weight in member-weight units, or null to let the tally compute it
   *     (from heads, kinds or voters); when given it must match
   * @param byKind optional head count per kind of member, needed to compute the weight under kind
   *     multipliers
   */
  public record ClassRoll(long heads, Fraction weight, Map<String, Long> byKind) {
    public ClassRoll {
      byKind = Collections.unmodifiableMap(new LinkedHashMap<>(byKind));
    }
  }

  /** An eligible member under a pseudonym, with a raw weight where plural votes apply. */
  public record Voter(String pseudonym, String className, String kind, Fraction rawWeight) {}
}
