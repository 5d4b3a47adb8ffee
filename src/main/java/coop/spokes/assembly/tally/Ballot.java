package coop.spokes.assembly.tally;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One ballot as the tally document holds it, or {@code count} identical anonymous ballots.
 *
 * @param index the position in the document's ballot list, for messages ({@code $.ballots[i]})
 * @param receipt the receipt hash the voter holds (none for a group of identical ballots)
 * @param className the voter's class (the principal's, for a proxy ballot)
 * @param kind the voter's kind of member (person, organisation, ...)
 * @param weight the member weight as written, checked against the scheme; null to let the tally
 *     compute it
 * @param rawWeight the raw weight where plural votes apply
 * @param choices votes per option, summing to the member's weight before any cap (1 under one
 *     member one vote); each at most that weight for multiple choice
 * @param voter the pseudonym of the member whose vote this is, when the document needs it (proxies,
 *     changed votes, checks against the roll)
 * @param castBy the pseudonym of whoever cast it, when a holder cast it for the voter
 * @param sequence the order in which ballots were cast, where it matters
 */
public record Ballot(
    int index,
    String receipt,
    String className,
    String kind,
    Fraction weight,
    Fraction rawWeight,
    Map<String, Fraction> choices,
    long count,
    String voter,
    String castBy,
    Long sequence) {

  public Ballot {
    // In the document's order, so that the first wrong choice is the one named.
    choices =
        choices.size() <= 1
            ? Map.copyOf(choices)
            : Collections.unmodifiableMap(new LinkedHashMap<>(choices));
  }

  /** The part of the ballot that matters to the count, for grouping identical ballots. */
  Shape shape() {
    return new Shape(className, kind, weight, rawWeight, choices);
  }

  /**
   * What identical anonymous ballots share. Equality and hash are written out: a million ballots
   * are grouped by them, and a record's generated ones are bootstrapped through method handles.
   */
  record Shape(
      String className,
      String kind,
      Fraction weight,
      Fraction rawWeight,
      Map<String, Fraction> choices) {

    @Override
    public boolean equals(Object o) {
      return o == this
          || o instanceof Shape s
              && className.equals(s.className)
              && Objects.equals(kind, s.kind)
              && Objects.equals(weight, s.weight)
              && Objects.equals(rawWeight, s.rawWeight)
              && choices.equals(s.choices);
    }

    @Override
    public int hashCode() {
      int h = className.hashCode();
      h = 31 * h + Objects.hashCode(kind);
      h = 31 * h + Objects.hashCode(weight);
      h = 31 * h + Objects.hashCode(rawWeight);
      return 31 * h + choices.hashCode();
    }
  }
}
