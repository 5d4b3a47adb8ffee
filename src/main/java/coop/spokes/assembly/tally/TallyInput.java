package coop.spokes.assembly.tally;

import java.util.Map;

/**
 * Everything a count needs, as a tally document holds it.
 *
 * @param attendance per call (1, 2)
 */
public record TallyInput(
    Scheme scheme,
    Electorate electorate,
    Map<Integer, Attendance> attendance,
    Motion motion,
    ProxyRules proxies,
    BallotBox ballots) {

  public TallyInput {
    attendance = Map.copyOf(attendance);
  }
}
