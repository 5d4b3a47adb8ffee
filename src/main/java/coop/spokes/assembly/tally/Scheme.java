package coop.spokes.assembly.tally;

import java.util.List;
import java.util.Set;

/**
 * A weighting scheme: configuration, never code. Member weight first, then optional class shares,
 * then optional class caps.
 *
 * @param splitKinds the kinds of member (e.g. organisation) who may split their votes across
 *     options
 */
public record Scheme(
    MemberWeightRule memberWeight,
    Set<String> splitKinds,
    ClassShares classShares,
    List<ClassCap> classCaps) {

  public Scheme {
    splitKinds = Set.copyOf(splitKinds);
    classCaps = List.copyOf(classCaps);
  }

  /** One member one vote, no shares, no caps. */
  public static Scheme oneMemberOneVote() {
    return new Scheme(new MemberWeightRule.OneMemberOneVote(), Set.of(), null, List.of());
  }
}
