package coop.spokes.assembly.tally;

import coop.spokes.assembly.tally.ClassShares.Denominator;
import coop.spokes.assembly.tally.Electorate.ClassRoll;
import coop.spokes.assembly.tally.MemberWeightRule.KindMultipliers;
import coop.spokes.assembly.tally.MemberWeightRule.PluralVotes;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one voter of each class would weigh at chosen turnouts, before anyone votes: chairs see it
 * before convening, to judge whether a small class's members would weigh many times a large one's.
 * Assumes every voter votes for an option (no abstention) and the voters of a class weigh on
 * average what its eligible members do.
 */
public final class WhatIf {

  private WhatIf() {}

  /**
   * One class at its chosen turnout.
   *
   * @param voters the turnout times the eligible members (need not be whole)
   * @param share the class's share after redistribution, null without class shares
   * @param voterWeight per kind of member, in the tally's unit; under plural votes the key {@code
   *     vote} gives what one vote weighs
   */
  public record ClassWeight(
      Fraction turnout, Fraction voters, Fraction share, Map<String, Fraction> voterWeight) {}

  /**
   * @param turnouts per class, a fraction of its eligible members; a class not named turns out in
   *     full
   */
  public static Map<String, ClassWeight> at(
      Scheme scheme, Electorate electorate, Motion motion, Map<String, Fraction> turnouts) {
    for (var e : turnouts.entrySet()) {
      if (!electorate.classes().containsKey(e.getKey())) {
        throw new InvalidTallyException(
            "$.electorate.classes", "assembly.tally.invalid.classNotOnRoll", e.getKey());
      }
      if (e.getValue().signum() < 0 || e.getValue().compareTo(Fraction.ONE) > 0) {
        throw new InvalidTallyException(
            "$.electorate.classes." + e.getKey(), "assembly.tally.invalid.turnoutRange");
      }
    }
    // The scheme and the roll checked as a count checks them, and the eligible weight of each
    // class as a count computes it: a count of no ballots, for a motion without quorum.
    Motion neutral =
        new Motion(
            motion.kind(),
            motion.options(),
            motion.seats(),
            new Motion.Threshold(
                motion.threshold().fraction(),
                motion.threshold().comparison(),
                Motion.Base.CAST_EXCLUDING_ABSTENTIONS,
                motion.threshold().measure()),
            List.of(),
            Map.of(),
            motion.call());
    Outcome dry =
        Tally.count(
            new TallyInput(
                scheme, electorate, Map.of(), neutral, ProxyRules.none(), new BallotBox()));
    Map<String, Fraction> perUnit = new LinkedHashMap<>();
    Map<String, Fraction> voters = new LinkedHashMap<>();
    Map<String, Fraction> cast = new LinkedHashMap<>();
    Map<String, Fraction> shares = new LinkedHashMap<>();
    Set<String> active = new LinkedHashSet<>();
    ClassShares cs = scheme.classShares();
    for (var e : electorate.classes().entrySet()) {
      String name = e.getKey();
      ClassRoll roll = e.getValue();
      Fraction t = turnouts.getOrDefault(name, Fraction.ONE);
      Fraction eligible = dry.classes().get(name).figures().eligibleWeight();
      if (eligible == null) {
        // The count computes it wherever the roll allows (heads, kinds, listed voters).
        throw new InvalidTallyException(
            "$.electorate.classes." + name + ".weight",
            "assembly.tally.invalid.eligibleWeightForWhatIf");
      }
      voters.put(name, t.times(roll.heads()));
      cast.put(name, t.times(eligible));
      Fraction d =
          cs != null && cs.denominator() == Denominator.ELIGIBLE ? eligible : t.times(eligible);
      if (cs == null) {
        perUnit.put(name, Fraction.ONE);
      } else {
        if (d.signum() > 0
            && voters.get(name).signum() > 0
            && Tally.turnoutMet(cs.minimumTurnout().get(name), voters.get(name), roll.heads())) {
          active.add(name);
        }
        perUnit.put(name, d);
      }
    }
    if (cs != null) {
      shares = Tally.effectiveShares(cs, active);
      for (String name : electorate.classes().keySet()) {
        perUnit.put(
            name,
            active.contains(name) ? shares.get(name).dividedBy(perUnit.get(name)) : Fraction.ZERO);
      }
    }
    Map<String, Fraction> capped = new LinkedHashMap<>();
    for (ClassCap cap : scheme.classCaps()) {
      Fraction group = Fraction.ZERO;
      Fraction others = Fraction.ZERO;
      Fraction among = Fraction.ZERO;
      for (String name : electorate.classes().keySet()) {
        Fraction inUnit =
            capped.containsKey(name)
                ? capped.get(name).times(voters.get(name))
                : perUnit.get(name).times(cast.get(name));
        boolean counts = cs == null || active.contains(name);
        if (cap.classes().contains(name)) {
          group = group.plus(inUnit);
          among =
              among.plus(
                  cap.division() == ClassCap.Division.VOTING
                      ? counts ? voters.get(name) : Fraction.ZERO
                      : Fraction.of(electorate.classes().get(name).heads()));
        } else {
          others = others.plus(inUnit);
        }
      }
      Fraction f = cap.fraction();
      if (among.signum() > 0 && group.compareTo(f.times(group.plus(others))) > 0) {
        Fraction each = f.dividedBy(Fraction.ONE.minus(f)).times(others).dividedBy(among);
        for (String name : cap.classes()) {
          if (cs == null || active.contains(name)) {
            capped.put(name, each);
          }
        }
      }
    }
    Map<String, ClassWeight> result = new LinkedHashMap<>();
    for (var e : electorate.classes().entrySet()) {
      String name = e.getKey();
      Map<String, Fraction> byKind = new LinkedHashMap<>();
      Fraction u = perUnit.get(name);
      if (capped.containsKey(name)) {
        byKind.put("member", capped.get(name));
      } else if (scheme.memberWeight() instanceof KindMultipliers k) {
        k.multipliers().forEach((kind, m) -> byKind.put(kind, u.times(m)));
      } else if (scheme.memberWeight() instanceof PluralVotes) {
        byKind.put("vote", u);
      } else {
        byKind.put("member", u);
      }
      result.put(
          name,
          new ClassWeight(
              turnouts.getOrDefault(name, Fraction.ONE),
              voters.get(name),
              cs == null ? null : shares.get(name),
              byKind));
    }
    return result;
  }
}
