package coop.spokes.assembly.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A weighting scheme as chairs set it on the assembly's page; {@link SchemeJson} turns it into a
 * tally document's {@code scheme} section.
 *
 * @param rule {@code one-member-one-vote}, {@code kind-multipliers} or {@code plural-votes}
 * @param multipliers per kind code (PERSON, ORGANISATION), under kind multipliers
 * @param organisationsSplit whether organisations may split their votes across options
 * @param pluralCap the most one member may weigh, as a fraction of the total (null: no cap)
 * @param pluralCapOfCast whether that total is the weight cast (else all eligible weight)
 * @param classShares points per class code, or empty for no class shares
 * @param sharesOfEligible whether a class's points are divided among its eligible members (else
 *     among the votes cast in it)
 * @param minimumTurnout a class below this fraction of its eligible members voting ... (null: none)
 * @param belowTurnoutRedistribute ... gives its points to the other classes (else they abstain)
 */
public record SchemeSettings(
    String rule,
    Map<String, BigDecimal> multipliers,
    boolean organisationsSplit,
    String pluralCap,
    boolean pluralCapOfCast,
    Map<String, BigDecimal> classShares,
    boolean sharesOfEligible,
    String minimumTurnout,
    boolean belowTurnoutRedistribute)
    implements Serializable {

  public SchemeSettings {
    multipliers = new LinkedHashMap<>(multipliers == null ? Map.of() : multipliers);
    classShares = new LinkedHashMap<>(classShares == null ? Map.of() : classShares);
  }

  /** One member, one vote; no class shares. */
  public static SchemeSettings oneMemberOneVote() {
    return new SchemeSettings(
        "one-member-one-vote", Map.of(), false, null, false, Map.of(), false, null, true);
  }
}
