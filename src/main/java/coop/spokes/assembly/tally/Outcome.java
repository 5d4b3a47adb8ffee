package coop.spokes.assembly.tally;

import java.util.List;
import java.util.Map;

/**
 * The result of a count with every intermediate figure, so that anyone can follow it. Weights in
 * the tally's unit ({@link #unit}) are points of {@link #pointsTotal} under class shares, member
 * votes otherwise; "member weight" figures are always before class shares.
 *
 * @param elected the options certainly elected (choice motions)
 * @param tied the options tied for the remaining seats, which the count does not break
 * @param options per option, {@value Motion#ABSTAIN} last: weight in the tally's unit and heads
 * @param pluralWeights how plural votes were capped, and each voter's final weight; null unless the
 *     scheme has plural votes
 * @param thresholds the threshold figures of each option judged (yes, or each candidate)
 * @param setAside ballots that did not count: replaced by a later or an overriding ballot
 * @param checksNotMade what the recount could not check from merged entries, in English
 * @param checksNotMadeKeys the same, as bundle keys ({@code assembly.tally.notChecked.*} in {@code
 *     i18n/assembly*.properties}), in the same order
 */
public record Outcome(
    Result result,
    List<String> elected,
    List<String> tied,
    String unit,
    Fraction pointsTotal,
    Map<String, OptionFigures> options,
    Figures overall,
    Map<String, ClassFigures> classes,
    PluralWeights pluralWeights,
    List<CapFigures> classCaps,
    QuorumFigures quorum,
    List<ThresholdFigures> thresholds,
    List<SetAside> setAside,
    List<String> checksNotMade,
    List<String> checksNotMadeKeys) {

  /** The votes' unit: member votes, or points of the class shares' total. */
  public static final String VOTES = "votes";

  public static final String POINTS = "points";

  public enum Result {
    PASSED,
    FAILED,
    NO_QUORUM,
    /** Every seat filled. */
    ELECTED,
    /** A tie leaves seats undecided; {@link Outcome#tied} names the candidates. */
    TIED
  }

  /** One option's total. */
  public record OptionFigures(Fraction weight, Fraction heads) {}

  /**
   * Eligible, cast and turnout, by heads and by member weight. A weight is null where the document
   * does not define it (an eligible weight under a plural-vote cap on the weight cast, say).
   */
  public record Figures(
      long eligibleHeads,
      Fraction eligibleWeight,
      long castHeads,
      Fraction castWeight,
      Fraction turnoutHeads,
      Fraction turnoutWeight) {}

  /**
   * One class.
   *
   * @param share the class's share in points after redistribution, null without class shares
   * @param shareCounted how the share was used: COUNTED, REDISTRIBUTED (below turnout, given to the
   *     others), ABSTAINED (below turnout, counted as abstention); null without class shares
   * @param perUnit what one unit of member weight in the class weighs in the tally's unit (null
   *     when a class cap set equal weights instead)
   * @param subtotals per option (abstain included) in the tally's unit
   * @param voterWeight what one voter of each kind weighs in the tally's unit; empty under plural
   *     votes, where it differs per voter (see {@link PluralWeights})
   */
  public record ClassFigures(
      Figures figures,
      Fraction share,
      String shareCounted,
      Fraction perUnit,
      Map<String, Fraction> subtotals,
      Map<String, Fraction> voterWeight) {}

  /**
   * The plural-vote cap and each voter's final member weight.
   *
   * @param total the weight the cap is a fraction of (after brackets)
   * @param capWeight the most one member may weigh
   * @param scale what every uncapped member's votes were multiplied by
   * @param capped how many members were capped
   */
  public record PluralWeights(
      Fraction cap,
      String capOf,
      Fraction total,
      Fraction capWeight,
      Fraction scale,
      long capped,
      List<VoterWeight> voters) {}

  /**
   * A voter's final member weight: by pseudonym, or for anonymous ballots one row per raw weight
   * with the number of ballots.
   */
  public record VoterWeight(
      String voter, Fraction rawWeight, Fraction votes, Fraction weight, long ballots) {}

  /** One class cap: the group's uncapped total, the others', and whether the cap applied. */
  public record CapFigures(
      List<String> classes,
      Fraction fraction,
      Fraction uncapped,
      Fraction others,
      boolean applied,
      Fraction capped,
      Fraction voterWeight) {}

  /** The quorum of the call: each check and whether all hold as the rule combines them. */
  public record QuorumFigures(int call, boolean met, List<QuorumCheck> checks) {}

  /**
   * One scope's quorum check: attendance against the required figure(s).
   *
   * @param scope {@code overall} or a class
   * @param required the fraction of the eligible the attendance is compared with (null if none)
   * @param count the absolute figure (null if none)
   */
  public record QuorumCheck(
      String scope,
      String measure,
      Fraction attending,
      Fraction eligible,
      Fraction required,
      Fraction count,
      String comparison,
      boolean met) {}

  /** The threshold for one option, and within each double-majority class. */
  public record ThresholdFigures(
      String option,
      String measure,
      String base,
      Fraction figure,
      Fraction baseFigure,
      Fraction share,
      Fraction fraction,
      String comparison,
      boolean met,
      List<ClassThreshold> doubleMajority) {}

  /** The same threshold within a class, on member weight or heads. */
  public record ClassThreshold(
      String className, Fraction figure, Fraction baseFigure, Fraction share, boolean met) {}

  /**
   * A ballot that did not count, and why.
   *
   * @param reason why, in English
   * @param key why, as a bundle key ({@code assembly.tally.setAside.*} in {@code
   *     i18n/assembly*.properties})
   */
  public record SetAside(int index, String receipt, String voter, String reason, String key) {}
}
