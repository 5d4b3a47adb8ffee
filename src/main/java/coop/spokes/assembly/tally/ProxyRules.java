package coop.spokes.assembly.tally;

import java.util.List;

/**
 * The proxy and vote-changing settings and the delegations of one vote.
 *
 * @param maxPrincipals the most principals one holder may represent
 * @param principalOverrides whether a principal's own ballot replaces the holder's ballot for them
 *     (it then wins whichever came first); otherwise the holder's ballot counts
 * @param changingVotes whether voters may change their vote (the last ballot of each voter counts);
 *     otherwise a second ballot makes the document invalid
 */
public record ProxyRules(
    int maxPrincipals,
    boolean principalOverrides,
    boolean changingVotes,
    List<Delegation> delegations) {

  public ProxyRules {
    delegations = List.copyOf(delegations);
  }

  /** No proxies, no changing votes. */
  public static ProxyRules none() {
    return new ProxyRules(0, false, false, List.of());
  }

  /** A principal's vote held by a holder, both under pseudonyms. */
  public record Delegation(String principal, String holder) {}
}
