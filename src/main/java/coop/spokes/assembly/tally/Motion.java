package coop.spokes.assembly.tally;

import java.util.List;
import java.util.Map;

/**
 * What is voted and what carries it.
 *
 * @param options the options voters may choose; {@value #ABSTAIN} is always available besides
 * @param seats how many options are elected (1 but for {@link Kind#MULTIPLE_CHOICE})
 * @param threshold what an option needs; for elections, what a candidate needs to be elected
 * @param doubleMajority classes within which the same threshold must also be met
 * @param quorum the quorum rule of each call (1 and 2), absent for none
 * @param call the call at which the vote takes place
 */
public record Motion(
    Kind kind,
    List<String> options,
    int seats,
    Threshold threshold,
    List<String> doubleMajority,
    Map<Integer, Quorum> quorum,
    int call) {

  /** The option every motion has besides its own. */
  public static final String ABSTAIN = "abstain";

  public Motion {
    options = List.copyOf(options);
    doubleMajority = List.copyOf(doubleMajority);
    quorum = Map.copyOf(quorum);
  }

  public enum Kind {
    /** Options yes and no; the motion passes when yes meets the threshold. */
    YES_NO,
    /** One option per voter; the top option is chosen when it meets the threshold. */
    SINGLE_CHOICE,
    /** Up to {@code seats} options per voter; the top {@code seats} are elected. */
    MULTIPLE_CHOICE
  }

  /** Whether the motion carries: {@code share of base} compared with {@code fraction}. */
  public record Threshold(Fraction fraction, Comparison comparison, Base base, Measure measure) {}

  /** What a share is a share of. */
  public enum Base {
    CAST_EXCLUDING_ABSTENTIONS,
    CAST_INCLUDING_ABSTENTIONS,
    /** Present and represented at the call (needs the call's attendance). */
    PRESENT,
    /** Everyone on the roll. */
    ELIGIBLE
  }

  /** Whether a threshold or quorum counts weight or heads (one per member, whatever the scheme). */
  public enum Measure {
    WEIGHT,
    HEADS
  }

  /**
   * A call's quorum: the attendance (present and represented) compared with a fraction of the
   * eligible and/or an absolute number; with both, {@code both} says whether both must be met or
   * either; overall or in every class.
   */
  public record Quorum(
      Measure measure,
      Fraction fraction,
      Fraction count,
      boolean both,
      boolean perClass,
      Comparison comparison) {}
}
