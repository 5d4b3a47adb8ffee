package coop.spokes.assembly.tally;

import coop.spokes.assembly.tally.Ballot.Shape;
import coop.spokes.assembly.tally.ClassShares.BelowTurnout;
import coop.spokes.assembly.tally.ClassShares.Denominator;
import coop.spokes.assembly.tally.Electorate.ClassRoll;
import coop.spokes.assembly.tally.Electorate.Voter;
import coop.spokes.assembly.tally.MemberWeightRule.CapBase;
import coop.spokes.assembly.tally.MemberWeightRule.KindMultipliers;
import coop.spokes.assembly.tally.MemberWeightRule.PluralVotes;
import coop.spokes.assembly.tally.Motion.Base;
import coop.spokes.assembly.tally.Motion.Measure;
import coop.spokes.assembly.tally.Outcome.CapFigures;
import coop.spokes.assembly.tally.Outcome.ClassFigures;
import coop.spokes.assembly.tally.Outcome.ClassThreshold;
import coop.spokes.assembly.tally.Outcome.Figures;
import coop.spokes.assembly.tally.Outcome.OptionFigures;
import coop.spokes.assembly.tally.Outcome.PluralWeights;
import coop.spokes.assembly.tally.Outcome.QuorumCheck;
import coop.spokes.assembly.tally.Outcome.QuorumFigures;
import coop.spokes.assembly.tally.Outcome.Result;
import coop.spokes.assembly.tally.Outcome.SetAside;
import coop.spokes.assembly.tally.Outcome.ThresholdFigures;
import coop.spokes.assembly.tally.Outcome.VoterWeight;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts one vote: checks the document against its own rules, resolves proxies and changed votes,
 * weighs every ballot (member weight, then class shares, then class caps) and judges quorum and
 * threshold. Exact throughout; the server and the recount command both call {@link #count}.
 */
public final class Tally {

  private final TallyInput in;
  private final Scheme scheme;
  private final Motion motion;
  private final Set<String> optionsAndAbstain = new LinkedHashSet<>();
  private final Map<String, ClassCount> classes = new LinkedHashMap<>();
  private final List<SetAside> setAside = new ArrayList<>();

  /** The keys of what the recount could not check ({@code assembly.tally.notChecked.*}). */
  private final Set<String> checksNotMade = new LinkedHashSet<>();

  /** English texts by key, looked up once per count. */
  private final Map<String, String> english = new HashMap<>();

  private final Map<String, Voter> roll = new HashMap<>();

  /** The counted ballots that name their voter, one each, for the per-voter weights. */
  private final List<Counted> namedCounted = new ArrayList<>();

  private Tally(TallyInput in) {
    this.in = in;
    this.scheme = in.scheme();
    this.motion = in.motion();
    optionsAndAbstain.addAll(motion.options());
    optionsAndAbstain.add(Motion.ABSTAIN);
  }

  /**
   * Counts.
   *
   * @throws InvalidTallyException when the document breaks the format or its own rules
   */
  public static Outcome count(TallyInput in) {
    return new Tally(in).run();
  }

  /** One class's running figures, in member weight. */
  private static final class ClassCount {
    final String name;
    final ClassRoll roll;
    Fraction eligibleWeight;
    long castHeads;
    Fraction castWeight = Fraction.ZERO;
    final Map<String, Fraction> weight = new LinkedHashMap<>();
    final Map<String, Fraction> heads = new LinkedHashMap<>();
    final Set<String> kinds = new LinkedHashSet<>();
    // Set by the class-share and class-cap stages.
    Fraction share;
    String shareCounted;
    Fraction perUnit = Fraction.ONE;
    Fraction cappedVoterWeight;
    Fraction abstainedShare = Fraction.ZERO;

    ClassCount(String name, ClassRoll roll, Set<String> options) {
      this.name = name;
      this.roll = roll;
      for (String o : options) {
        weight.put(o, Fraction.ZERO);
        heads.put(o, Fraction.ZERO);
      }
    }

    Fraction abstainWeight() {
      return weight.get(Motion.ABSTAIN);
    }

    Fraction abstainHeads() {
      return heads.get(Motion.ABSTAIN);
    }

    /** A figure in member weight and heads, in the tally's unit. */
    Fraction inUnit(Fraction memberWeight, Fraction headCount) {
      return cappedVoterWeight != null
          ? cappedVoterWeight.times(headCount)
          : perUnit.times(memberWeight);
    }
  }

  /** A ballot (or group of identical ones) that counts, before weighing. */
  private record Counted(Shape shape, long count, int index, String voter) {}

  private Outcome run() {
    checkScheme();
    for (var e : in.electorate().classes().entrySet()) {
      classes.put(e.getKey(), new ClassCount(e.getKey(), e.getValue(), optionsAndAbstain));
    }
    checkRoll();
    List<Counted> counted = resolveBallots();
    PluralWeights plural = weighMembers(counted);
    addMerged();
    checkHeads();
    applyClassShares();
    List<CapFigures> caps = applyClassCaps();

    Map<String, OptionFigures> options = new LinkedHashMap<>();
    for (String o : optionsAndAbstain) {
      Fraction w = Fraction.ZERO;
      Fraction h = Fraction.ZERO;
      for (ClassCount c : classes.values()) {
        w = w.plus(subtotal(c, o));
        h = h.plus(c.heads.get(o));
      }
      options.put(o, new OptionFigures(w, h));
    }
    QuorumFigures quorum = judgeQuorum();
    List<ThresholdFigures> thresholds = new ArrayList<>();
    for (String o : motion.options()) {
      if (motion.kind() == Motion.Kind.YES_NO && !o.equals("yes")) {
        continue;
      }
      thresholds.add(threshold(o, options.get(o)));
    }
    List<String> elected = new ArrayList<>();
    List<String> tied = new ArrayList<>();
    Result result = decide(quorum, thresholds, options, elected, tied);

    Map<String, ClassFigures> classFigures = new LinkedHashMap<>();
    for (ClassCount c : classes.values()) {
      Map<String, Fraction> subtotals = new LinkedHashMap<>();
      for (String o : optionsAndAbstain) {
        subtotals.put(o, subtotal(c, o));
      }
      Map<String, Fraction> voterWeight = new LinkedHashMap<>();
      if (!(scheme.memberWeight() instanceof PluralVotes) || c.cappedVoterWeight != null) {
        for (String kind : c.kinds) {
          voterWeight.put(
              kind,
              c.cappedVoterWeight != null
                  ? c.cappedVoterWeight
                  : c.perUnit.times(unitWeight(kind, null, -1)));
        }
      }
      classFigures.put(
          c.name,
          new ClassFigures(
              figures(c.roll.heads(), c.eligibleWeight, c.castHeads, c.castWeight),
              c.share,
              c.shareCounted,
              c.cappedVoterWeight == null ? c.perUnit : null,
              subtotals,
              voterWeight));
    }
    long eligibleHeads = 0;
    long castHeads = 0;
    Fraction eligibleWeight = Fraction.ZERO;
    Fraction castWeight = Fraction.ZERO;
    for (ClassCount c : classes.values()) {
      eligibleHeads += c.roll.heads();
      castHeads += c.castHeads;
      eligibleWeight =
          eligibleWeight == null || c.eligibleWeight == null
              ? null
              : eligibleWeight.plus(c.eligibleWeight);
      castWeight = castWeight.plus(c.castWeight);
    }
    return new Outcome(
        result,
        elected,
        tied,
        scheme.classShares() == null ? Outcome.VOTES : Outcome.POINTS,
        scheme.classShares() == null ? null : scheme.classShares().total(),
        options,
        figures(eligibleHeads, eligibleWeight, castHeads, castWeight),
        classFigures,
        plural,
        caps,
        quorum,
        thresholds,
        setAside,
        checksNotMade.stream().map(this::english).toList(),
        List.copyOf(checksNotMade));
  }

  private static Figures figures(
      long eligibleHeads, Fraction eligibleWeight, long castHeads, Fraction castWeight) {
    return new Figures(
        eligibleHeads,
        eligibleWeight,
        castHeads,
        castWeight,
        eligibleHeads == 0 ? null : Fraction.of(castHeads, eligibleHeads),
        eligibleWeight == null || eligibleWeight.signum() == 0
            ? null
            : castWeight.dividedBy(eligibleWeight));
  }

  /**
   * A class's figure for an option in the tally's unit. Abstentions carry no points when the class
   * share was divided among votes cast without them: they are outside what the share weighs.
   */
  private Fraction subtotal(ClassCount c, String option) {
    if (option.equals(Motion.ABSTAIN)) {
      Fraction value =
          abstentionsOutside()
              ? Fraction.ZERO
              : c.inUnit(c.weight.get(option), c.heads.get(option));
      return value.plus(c.abstainedShare);
    }
    return c.inUnit(c.weight.get(option), c.heads.get(option));
  }

  // ---- The scheme and the roll ------------------------------------------------------------

  private void checkScheme() {
    Set<String> names = in.electorate().classes().keySet();
    if (names.isEmpty()) {
      throw new InvalidTallyException("$.electorate.classes", "assembly.tally.invalid.noClasses");
    }
    if (scheme.memberWeight() instanceof KindMultipliers k) {
      for (var e : k.multipliers().entrySet()) {
        if (e.getValue().signum() <= 0) {
          throw new InvalidTallyException(
              "$.scheme.memberWeight.multipliers." + e.getKey(),
              "assembly.tally.invalid.multiplierNotPositive");
        }
      }
    } else if (scheme.memberWeight() instanceof PluralVotes p) {
      Fraction previous = null;
      for (int i = 0; i < p.brackets().size(); i++) {
        var b = p.brackets().get(i);
        if ((previous != null && b.from().compareTo(previous) <= 0) || b.votes() < 0) {
          throw new InvalidTallyException(
              "$.scheme.memberWeight.brackets[" + i + "]", "assembly.tally.invalid.brackets");
        }
        previous = b.from();
      }
      if (p.cap() != null
          && (p.cap().signum() <= 0 || p.cap().compareTo(Fraction.ONE) > 0 || p.capOf() == null)) {
        throw new InvalidTallyException(
            "$.scheme.memberWeight.cap", "assembly.tally.invalid.pluralCap");
      }
    }
    ClassShares shares = scheme.classShares();
    if (shares != null) {
      String at = "$.scheme.classShares";
      if (shares.total().signum() <= 0) {
        throw new InvalidTallyException(at + ".total", "assembly.tally.invalid.totalNotPositive");
      }
      Fraction sum = Fraction.ZERO;
      for (var e : shares.shares().entrySet()) {
        if (!names.contains(e.getKey())) {
          throw new InvalidTallyException(
              at + ".shares." + e.getKey(), "assembly.tally.invalid.classNotOnRoll", e.getKey());
        }
        if (e.getValue().signum() < 0) {
          throw new InvalidTallyException(
              at + ".shares." + e.getKey(), "assembly.tally.invalid.negativeShare");
        }
        sum = sum.plus(e.getValue());
      }
      for (String name : names) {
        if (!shares.shares().containsKey(name)) {
          throw new InvalidTallyException(
              at + ".shares", "assembly.tally.invalid.shareMissing", name);
        }
      }
      if (!sum.equals(shares.total())) {
        throw new InvalidTallyException(
            at + ".shares", "assembly.tally.invalid.sharesSum", sum, shares.total());
      }
      for (var e : shares.bounds().entrySet()) {
        Fraction share = shares.shares().get(e.getKey());
        if (share == null) {
          throw new InvalidTallyException(
              at + ".bounds." + e.getKey(),
              "assembly.tally.invalid.boundsWithoutShare",
              e.getKey());
        }
        Fraction part = share.dividedBy(shares.total());
        var b = e.getValue();
        if ((b.min() != null && part.compareTo(b.min()) < 0)
            || (b.max() != null && part.compareTo(b.max()) > 0)) {
          throw new InvalidTallyException(
              at + ".shares." + e.getKey(),
              "assembly.tally.invalid.shareOutOfBounds",
              share,
              part,
              b.min() == null ? "0" : b.min(),
              b.max() == null ? "1" : b.max());
        }
      }
      for (String name : shares.minimumTurnout().keySet()) {
        if (!names.contains(name)) {
          throw new InvalidTallyException(
              at + ".minimumTurnout." + name, "assembly.tally.invalid.classNotOnRoll", name);
        }
      }
      if (shares.denominator() == Denominator.ELIGIBLE
          && scheme.memberWeight() instanceof PluralVotes p
          && p.cap() != null
          && p.capOf() == CapBase.CAST) {
        throw new InvalidTallyException(
            at + ".denominator", "assembly.tally.invalid.eligibleDenominatorWithCastCap");
      }
    }
    Set<String> capped = new HashSet<>();
    for (int i = 0; i < scheme.classCaps().size(); i++) {
      ClassCap cap = scheme.classCaps().get(i);
      String at = "$.scheme.classCaps[" + i + "]";
      if (cap.fraction().signum() <= 0 || cap.fraction().compareTo(Fraction.ONE) >= 0) {
        throw new InvalidTallyException(
            at + ".fraction", "assembly.tally.invalid.classCapFraction");
      }
      if (cap.classes().isEmpty() || cap.classes().containsAll(names)) {
        throw new InvalidTallyException(at + ".classes", "assembly.tally.invalid.classCapClasses");
      }
      for (String name : cap.classes()) {
        if (!names.contains(name)) {
          throw new InvalidTallyException(
              at + ".classes", "assembly.tally.invalid.classNotOnRoll", name);
        }
        if (!capped.add(name)) {
          throw new InvalidTallyException(
              at + ".classes", "assembly.tally.invalid.classInTwoCaps", name);
        }
      }
    }
    if (!motion.doubleMajority().stream().allMatch(names::contains)) {
      throw new InvalidTallyException(
          "$.motion.doubleMajority", "assembly.tally.invalid.doubleMajorityClass");
    }
    if (motion.seats() < 1 || motion.seats() > motion.options().size()) {
      throw new InvalidTallyException("$.motion.seats", "assembly.tally.invalid.seatsRange");
    }
    if (motion.options().contains(Motion.ABSTAIN)
        || motion.options().isEmpty()
        || new HashSet<>(motion.options()).size() != motion.options().size()) {
      throw new InvalidTallyException("$.motion.options", "assembly.tally.invalid.options");
    }
  }

  private void checkRoll() {
    for (int i = 0; i < in.electorate().voters().size(); i++) {
      Voter v = in.electorate().voters().get(i);
      String at = "$.electorate.voters[" + i + "]";
      if (!classes.containsKey(v.className())) {
        throw new InvalidTallyException(
            at + ".class", "assembly.tally.invalid.classNotOnRoll", v.className());
      }
      if (scheme.memberWeight() instanceof PluralVotes && v.rawWeight() == null) {
        throw new InvalidTallyException(
            at + ".rawWeight", "assembly.tally.invalid.rawWeightMissing");
      }
      if (roll.put(v.pseudonym(), v) != null) {
        throw new InvalidTallyException(
            at + ".voter", "assembly.tally.invalid.voterTwice", v.pseudonym());
      }
    }
    Map<String, Long> listed = new HashMap<>();
    for (Voter v : roll.values()) {
      listed.merge(v.className(), 1L, Long::sum);
    }
    boolean capOnRoll =
        scheme.memberWeight() instanceof PluralVotes p
            && p.cap() != null
            && p.capOf() == CapBase.ELIGIBLE;
    for (ClassCount c : classes.values()) {
      String at = "$.electorate.classes." + c.name;
      long n = listed.getOrDefault(c.name, 0L);
      if (n > c.roll.heads() || (capOnRoll && n != c.roll.heads())) {
        throw new InvalidTallyException(
            at + ".eligible",
            capOnRoll
                ? "assembly.tally.invalid.rollCountUnderCap"
                : "assembly.tally.invalid.rollCount",
            c.name,
            c.roll.heads(),
            n);
      }
      if (!c.roll.byKind().isEmpty()
          && c.roll.byKind().values().stream().mapToLong(Long::longValue).sum() != c.roll.heads()) {
        throw new InvalidTallyException(at + ".byKind", "assembly.tally.invalid.byKindSum");
      }
    }
  }

  /** The eligible weight of each class, computed where the document allows, checked if written. */
  private void eligibleWeights(CapState cap) {
    for (ClassCount c : classes.values()) {
      Fraction computed = null;
      if (scheme.memberWeight() instanceof MemberWeightRule.OneMemberOneVote) {
        computed = Fraction.of(c.roll.heads());
      } else if (scheme.memberWeight() instanceof KindMultipliers) {
        if (!c.roll.byKind().isEmpty()) {
          computed = Fraction.ZERO;
          for (var e : c.roll.byKind().entrySet()) {
            Fraction m = ((KindMultipliers) scheme.memberWeight()).multipliers().get(e.getKey());
            if (m == null) {
              throw new InvalidTallyException(
                  "$.electorate.classes." + c.name + ".byKind." + e.getKey(),
                  "assembly.tally.invalid.noMultiplier",
                  e.getKey());
            }
            computed = computed.plus(m.times(e.getValue()));
          }
        }
      } else if (scheme.memberWeight() instanceof PluralVotes p
          && (p.cap() == null || p.capOf() == CapBase.ELIGIBLE)) {
        long listed = roll.values().stream().filter(v -> v.className().equals(c.name)).count();
        if (listed == c.roll.heads()) {
          computed = Fraction.ZERO;
          for (Voter v : roll.values()) {
            if (v.className().equals(c.name)) {
              computed = computed.plus(cap.weigh(votes(p, v.rawWeight(), "$.electorate.voters")));
            }
          }
        }
      }
      Fraction written = c.roll.weight();
      if (computed != null && written != null && !computed.equals(written)) {
        throw new InvalidTallyException(
            "$.electorate.classes." + c.name + ".weight",
            "assembly.tally.invalid.eligibleWeightDiffers",
            written,
            computed);
      }
      c.eligibleWeight = computed != null ? computed : written;
    }
  }

  /**
   * A class's eligible weight, which {@code neededBy} (a key: the reason when it is not known, e.g.
   * {@code assembly.tally.invalid.eligibleWeightForQuorum}) needs.
   */
  private Fraction eligibleWeight(ClassCount c, String neededBy) {
    if (c.eligibleWeight == null) {
      throw new InvalidTallyException("$.electorate.classes." + c.name + ".weight", neededBy);
    }
    return c.eligibleWeight;
  }

  // ---- Ballots ----------------------------------------------------------------------------

  /** Applies delegations, overrides and changed votes to the ballots naming a voter. */
  private List<Counted> resolveBallots() {
    ProxyRules proxies = in.proxies();
    Map<String, String> holderOf = new HashMap<>();
    Map<String, Integer> principals = new HashMap<>();
    for (int i = 0; i < proxies.delegations().size(); i++) {
      var d = proxies.delegations().get(i);
      String at = "$.delegations[" + i + "]";
      if (d.principal().equals(d.holder())) {
        throw new InvalidTallyException(at, "assembly.tally.invalid.ownProxy");
      }
      if (holderOf.put(d.principal(), d.holder()) != null) {
        throw new InvalidTallyException(
            at + ".principal", "assembly.tally.invalid.delegatedTwice", d.principal());
      }
      int n = principals.merge(d.holder(), 1, Integer::sum);
      if (n > proxies.maxPrincipals()) {
        throw new InvalidTallyException(
            at + ".holder",
            "assembly.tally.invalid.tooManyPrincipals",
            d.holder(),
            n,
            proxies.maxPrincipals());
      }
    }
    for (int i = 0; i < proxies.delegations().size(); i++) {
      var d = proxies.delegations().get(i);
      for (String who : List.of(d.principal(), d.holder())) {
        if (!roll.isEmpty() && !roll.containsKey(who)) {
          throw new InvalidTallyException(
              "$.delegations[" + i + "]", "assembly.tally.invalid.notOnRoll", who);
        }
      }
      if (holderOf.containsKey(d.holder())) {
        throw new InvalidTallyException(
            "$.delegations[" + i + "].holder", "assembly.tally.invalid.proxyChain", d.holder());
      }
    }
    // Identical ballots are counted together, those naming a voter once resolved.
    Map<Shape, Counted> byShape = new LinkedHashMap<>();
    for (var e : in.ballots().anonymous().entrySet()) {
      byShape.put(
          e.getKey(), new Counted(e.getKey(), e.getValue().count, e.getValue().firstIndex, null));
    }
    Map<String, List<Ballot>> byVoter = new LinkedHashMap<>();
    for (Ballot b : in.ballots().named()) {
      checkNamed(b, holderOf);
      byVoter.computeIfAbsent(b.voter(), v -> new ArrayList<>()).add(b);
    }
    for (var e : byVoter.entrySet()) {
      Ballot last = lastBallot(e.getKey(), e.getValue(), proxies);
      Counted one = new Counted(last.shape(), 1, last.index(), e.getKey());
      namedCounted.add(one);
      byShape.merge(one.shape(), one, Tally::together);
    }
    setAside.sort(Comparator.comparingInt(SetAside::index));
    // In document order, so that the first invalid ballot is the one reported.
    List<Counted> counted = new ArrayList<>(byShape.values());
    counted.sort(Comparator.comparingInt(Counted::index));
    return counted;
  }

  /** Checks a ballot naming its voter against the delegations and the roll. */
  private void checkNamed(Ballot b, Map<String, String> holderOf) {
    if (b.castBy() != null
        && !b.castBy().equals(b.voter())
        && !b.castBy().equals(holderOf.get(b.voter()))) {
      throw new InvalidTallyException(
          "$.ballots[" + b.index() + "].castBy",
          "assembly.tally.invalid.noProxy",
          b.castBy(),
          b.voter());
    }
    Voter listed = roll.get(b.voter());
    if (!roll.isEmpty() && listed == null) {
      throw new InvalidTallyException(
          "$.ballots[" + b.index() + "].voter", "assembly.tally.invalid.notOnRoll", b.voter());
    }
    if (listed != null
        && (!listed.className().equals(b.className())
            || (listed.kind() != null && !listed.kind().equals(b.kind()))
            || (listed.rawWeight() != null && !listed.rawWeight().equals(b.rawWeight())))) {
      throw new InvalidTallyException(
          "$.ballots[" + b.index() + "]", "assembly.tally.invalid.differsFromRoll", b.voter());
    }
  }

  /**
   * The ballot that counts for a voter: the principal's own or the holder's (as the override
   * setting says), then the last of those when votes may change. The others are set aside.
   */
  private Ballot lastBallot(String voter, List<Ballot> ballots, ProxyRules proxies) {
    if (ballots.size() == 1) {
      return ballots.get(0);
    }
    List<Ballot> own = new ArrayList<>();
    List<Ballot> byHolder = new ArrayList<>();
    Ballot first = ballots.get(0);
    for (Ballot b : ballots) {
      (b.castBy() == null || b.castBy().equals(voter) ? own : byHolder).add(b);
      if (!b.className().equals(first.className())
          || !Objects.equals(b.kind(), first.kind())
          || !Objects.equals(b.rawWeight(), first.rawWeight())) {
        throw new InvalidTallyException(
            "$.ballots[" + b.index() + "]", "assembly.tally.invalid.ballotsDisagree", voter);
      }
    }
    List<Ballot> winners;
    if (!own.isEmpty() && !byHolder.isEmpty()) {
      winners = proxies.principalOverrides() ? own : byHolder;
      List<Ballot> losers = proxies.principalOverrides() ? byHolder : own;
      String why =
          proxies.principalOverrides()
              ? "assembly.tally.setAside.principalVoted"
              : "assembly.tally.setAside.holderKept";
      for (Ballot b : losers) {
        setAside(b, voter, why);
      }
    } else {
      winners = own.isEmpty() ? byHolder : own;
    }
    Ballot last = winners.get(0);
    if (winners.size() > 1) {
      if (!proxies.changingVotes()) {
        throw new InvalidTallyException(
            "$.ballots[" + winners.get(1).index() + "]",
            "assembly.tally.invalid.changedVote",
            voter);
      }
      Set<Long> sequences = new HashSet<>();
      for (Ballot b : winners) {
        if (b.sequence() == null || !sequences.add(b.sequence())) {
          throw new InvalidTallyException(
              "$.ballots[" + b.index() + "].sequence", "assembly.tally.invalid.sequence");
        }
      }
      last = winners.stream().max(Comparator.comparing(Ballot::sequence)).orElseThrow();
      for (Ballot b : winners) {
        if (b != last) {
          setAside(b, voter, "assembly.tally.setAside.replaced");
        }
      }
    }
    return last;
  }

  /** Sets a ballot aside, for the reason {@code key} ({@code assembly.tally.setAside.*}). */
  private void setAside(Ballot b, String voter, String key) {
    setAside.add(new SetAside(b.index(), b.receipt(), voter, english(key), key));
  }

  private String english(String key) {
    return english.computeIfAbsent(key, TallyTexts::english);
  }

  /** A member's weight before any cap: 1, the kind's multiplier, or plural votes. */
  private Fraction unitWeight(String kind, Fraction rawWeight, int index) {
    return memberWeight(scheme, kind, rawWeight, "$.ballots[" + index + "]");
  }

  /**
   * What one member weighs under {@code scheme} before any cap, the total a ballot's choices add up
   * to: 1, the multiplier of their kind, or the votes their raw weight gives. A server casting
   * ballots asks it; {@code at} is the path messages name ({@code at.kind}, {@code at.rawWeight}).
   *
   * @throws InvalidTallyException when the scheme gives the kind no multiplier, or plural votes
   *     have no or a negative raw weight, or one below every bracket
   */
  public static Fraction memberWeight(Scheme scheme, String kind, Fraction rawWeight, String at) {
    if (scheme.memberWeight() instanceof KindMultipliers k) {
      Fraction m = kind == null ? null : k.multipliers().get(kind);
      if (m == null) {
        throw new InvalidTallyException(at + ".kind", "assembly.tally.invalid.noMultiplier", kind);
      }
      return m;
    }
    if (scheme.memberWeight() instanceof PluralVotes p) {
      if (rawWeight == null) {
        throw new InvalidTallyException(
            at + ".rawWeight", "assembly.tally.invalid.rawWeightMissing");
      }
      return votes(p, rawWeight, at + ".rawWeight");
    }
    return Fraction.ONE;
  }

  private static Fraction votes(PluralVotes p, Fraction raw, String at) {
    if (raw.signum() < 0) {
      throw new InvalidTallyException(at, "assembly.tally.invalid.negativeRawWeight");
    }
    if (p.brackets().isEmpty()) {
      return raw;
    }
    Long votes = null;
    for (var b : p.brackets()) {
      if (raw.compareTo(b.from()) >= 0) {
        votes = b.votes();
      }
    }
    if (votes == null) {
      throw new InvalidTallyException(at, "assembly.tally.invalid.belowBrackets", raw);
    }
    return Fraction.of(votes);
  }

  /** The plural-vote cap: the cap weight and the scale applied to the uncapped. */
  private record CapState(
      Fraction capWeight,
      Fraction scale,
      Fraction total,
      long capped,
      Map<Fraction, Fraction> known) {
    static final CapState NONE = new CapState(null, Fraction.ONE, null, 0, Map.of());

    CapState(Fraction capWeight, Fraction scale, Fraction total, long capped) {
      this(capWeight, scale, total, capped, new HashMap<>());
    }

    /** The final weight of a member with these votes (remembered: few distinct votes recur). */
    Fraction weigh(Fraction votes) {
      if (capWeight == null) {
        return votes;
      }
      return known.computeIfAbsent(votes, v -> v.times(scale).min(capWeight));
    }

    /** Whether a member with these votes weighs the cap (rather than votes × scale). */
    boolean caps(Fraction votes) {
      return capWeight != null && weigh(votes) == capWeight;
    }
  }

  /**
   * Caps at {@code cap × total}: takes the highest weights in turn while they would exceed the cap
   * at the current scale; the excess of all capped goes pro rata to the rest (repeated
   * redistribution reaches the same point, since the scale only grows).
   */
  static CapState cap(Fraction cap, TreeMap<Fraction, Long> weights) {
    Fraction total = Fraction.ZERO;
    for (var e : weights.entrySet()) {
      total = total.plus(e.getKey().times(e.getValue()));
    }
    if (total.signum() == 0) {
      return new CapState(Fraction.ZERO, Fraction.ONE, total, 0);
    }
    Fraction capWeight = cap.times(total);
    Fraction uncapped = total;
    long capped = 0;
    Fraction scale = Fraction.ONE;
    for (var e : weights.descendingMap().entrySet()) {
      if (e.getKey().times(scale).compareTo(capWeight) <= 0) {
        break;
      }
      capped += e.getValue();
      uncapped = uncapped.minus(e.getKey().times(e.getValue()));
      if (uncapped.signum() == 0) {
        break;
      }
      scale = total.minus(capWeight.times(capped)).dividedBy(uncapped);
    }
    return new CapState(capWeight, scale, total, capped);
  }

  /** A ballot's weight before caps, once per distinct ballot, after checking its class. */
  private Fraction checkBallot(Counted c, Map<Shape, Fraction> unit) {
    Shape s = c.shape();
    Fraction known = unit.get(s);
    if (known != null) {
      return known;
    }
    if (!classes.containsKey(s.className())) {
      throw new InvalidTallyException(
          "$.ballots[" + c.index() + "].class",
          "assembly.tally.invalid.classNotOnRoll",
          s.className());
    }
    Fraction w = unitWeight(s.kind(), s.rawWeight(), c.index());
    unit.put(s, w);
    return w;
  }

  private static Counted together(Counted a, Counted b) {
    return new Counted(
        a.shape(), BallotBox.plus(a.count(), b.count()), Math.min(a.index(), b.index()), null);
  }

  /** Adds one counted ballot (or group) to its class's sums, and to the per-voter rows. */
  private void addCounted(
      Counted c,
      Fraction u,
      CapState cap,
      PluralVotes plural,
      Map<String, Map<String, Fraction[]>> sums) {
    Shape s = c.shape();
    ClassCount cls = classes.get(s.className());
    if (plural != null) {
      Fraction w = cap.weigh(u);
      if (s.weight() != null && !s.weight().equals(w)) {
        throw new InvalidTallyException(
            "$.ballots[" + c.index() + "].weight",
            "assembly.tally.invalid.weightDiffers",
            s.weight(),
            w);
      }
    }
    cls.kinds.add(s.kind() != null ? s.kind() : "member");
    boolean capped = cap.caps(u);
    Fraction count = Fraction.of(c.count());
    Map<String, Fraction[]> classSums = sums.computeIfAbsent(cls.name, k -> new HashMap<>());
    cls.castHeads = BallotBox.plus(cls.castHeads, c.count());
    add(classSums, CAST, capped, capped ? count : u.times(count));
    for (var choice : s.choices().entrySet()) {
      if (choice.getValue().signum() == 0) {
        continue;
      }
      Fraction heads = choice.getValue().dividedBy(u).times(count);
      cls.heads.merge(choice.getKey(), heads, Fraction::plus);
      add(classSums, choice.getKey(), capped, capped ? heads : choice.getValue().times(count));
    }
  }

  /** The key under which {@link #weighMembers} sums the weight cast (not an option name). */
  private static final String CAST = new String("cast");

  private static void add(
      Map<String, Fraction[]> sums, String option, boolean capped, Fraction value) {
    Fraction[] pair =
        sums.computeIfAbsent(option, k -> new Fraction[] {Fraction.ZERO, Fraction.ZERO});
    pair[capped ? 1 : 0] = pair[capped ? 1 : 0].plus(value);
  }

  /** Checks each counted ballot and adds it to its class at its final member weight. */
  private PluralWeights weighMembers(List<Counted> counted) {
    PluralVotes plural = scheme.memberWeight() instanceof PluralVotes p ? p : null;
    // Each ballot's weight before caps. Ballots differing only in a raw weight that gives the
    // same votes weigh the same: they are counted together from here on.
    Map<Shape, Fraction> unit = new HashMap<>();
    Map<Shape, Counted> byVotes = new LinkedHashMap<>();
    Map<Fraction, long[]> rawRows = new HashMap<>();
    for (Counted c : counted) {
      Fraction u = checkBallot(c, unit);
      Shape s = c.shape();
      if (plural != null) {
        rawRows.computeIfAbsent(s.rawWeight(), r -> new long[1])[0] += c.count();
        s = new Shape(s.className(), s.kind(), s.weight(), u, s.choices());
      }
      byVotes.merge(s, new Counted(s, c.count(), c.index(), null), Tally::together);
    }
    for (Counted c : byVotes.values()) {
      Fraction u = plural != null ? c.shape().rawWeight() : unit.get(c.shape());
      checkChoices(c.shape(), u, "$.ballots[" + c.index() + "]");
      if (plural == null && c.shape().weight() != null && !c.shape().weight().equals(u)) {
        throw new InvalidTallyException(
            "$.ballots[" + c.index() + "].weight",
            "assembly.tally.invalid.weightDiffers",
            c.shape().weight(),
            u);
      }
    }
    CapState cap = CapState.NONE;
    if (plural != null && plural.cap() != null) {
      TreeMap<Fraction, Long> population = new TreeMap<>();
      if (plural.capOf() == CapBase.ELIGIBLE) {
        for (Voter v : roll.values()) {
          population.merge(votes(plural, v.rawWeight(), "$.electorate.voters"), 1L, Long::sum);
        }
      } else {
        for (Counted c : byVotes.values()) {
          population.merge(c.shape().rawWeight(), c.count(), Long::sum);
        }
        if (!in.ballots().merged().isEmpty()) {
          throw new InvalidTallyException(
              "$.merged[0]", "assembly.tally.invalid.mergedUnderCastCap");
        }
      }
      cap = cap(plural.cap(), population);
    }
    eligibleWeights(cap);
    List<VoterWeight> voterRows = new ArrayList<>();
    // Every final weight is either the cap or votes × the scale: sum votes (uncapped) and heads
    // (capped) first, with small denominators, and multiply once per class and option.
    Map<String, Map<String, Fraction[]>> sums = new HashMap<>();
    for (Counted c : byVotes.values()) {
      addCounted(
          c, plural != null ? c.shape().rawWeight() : unit.get(c.shape()), cap, plural, sums);
    }
    if (plural != null) {
      // Voters named in the document are listed by pseudonym, not in the rows per raw weight.
      for (Counted c : namedCounted) {
        Fraction u = unit.get(c.shape());
        voterRows.add(new VoterWeight(c.voter(), c.shape().rawWeight(), u, cap.weigh(u), 1));
        long[] row = rawRows.get(c.shape().rawWeight());
        if (--row[0] == 0) {
          rawRows.remove(c.shape().rawWeight());
        }
      }
    }
    for (var e : sums.entrySet()) {
      ClassCount cls = classes.get(e.getKey());
      for (var option : e.getValue().entrySet()) {
        Fraction[] votesAndHeads = option.getValue();
        Fraction weight = votesAndHeads[0].times(cap.scale());
        if (votesAndHeads[1].signum() != 0) {
          weight = weight.plus(votesAndHeads[1].times(cap.capWeight()));
        }
        if (option.getKey() == CAST) {
          cls.castWeight = cls.castWeight.plus(weight);
        } else {
          cls.weight.merge(option.getKey(), weight, Fraction::plus);
        }
      }
    }
    if (plural == null) {
      return null;
    }
    List<VoterWeight> rows = new ArrayList<>();
    for (var e : new TreeMap<>(rawRows).entrySet()) {
      Fraction u = votes(plural, e.getKey(), "$.ballots");
      rows.add(new VoterWeight(null, e.getKey(), u, cap.weigh(u), e.getValue()[0]));
    }
    voterRows.sort(Comparator.comparing(VoterWeight::voter));
    rows.addAll(voterRows);
    return new PluralWeights(
        plural.cap(),
        plural.cap() == null ? null : plural.capOf().name(),
        cap.total(),
        cap.capWeight(),
        cap.capWeight() == null ? null : cap.scale(),
        cap.capped(),
        rows);
  }

  private void checkChoices(Shape s, Fraction unitWeight, String at) {
    Fraction sum = Fraction.ZERO;
    int chosen = 0;
    for (var e : s.choices().entrySet()) {
      if (!optionsAndAbstain.contains(e.getKey())) {
        throw new InvalidTallyException(
            at + ".choices." + e.getKey(), "assembly.tally.invalid.noOption", e.getKey());
      }
      if (e.getValue().signum() < 0) {
        throw new InvalidTallyException(
            at + ".choices." + e.getKey(), "assembly.tally.invalid.negativeVotes");
      }
      if (e.getValue().signum() > 0) {
        chosen++;
        sum = sum.plus(e.getValue());
        if (e.getValue().compareTo(unitWeight) > 0) {
          throw new InvalidTallyException(
              at + ".choices." + e.getKey(), "assembly.tally.invalid.votesAboveWeight", unitWeight);
        }
      }
    }
    if (chosen == 0) {
      throw new InvalidTallyException(at + ".choices", "assembly.tally.invalid.noChoice");
    }
    boolean splits = s.kind() != null && scheme.splitKinds().contains(s.kind());
    if (motion.kind() == Motion.Kind.MULTIPLE_CHOICE) {
      Fraction abstain = s.choices().getOrDefault(Motion.ABSTAIN, Fraction.ZERO);
      if (abstain.signum() > 0 && chosen > 1) {
        throw new InvalidTallyException(at + ".choices", "assembly.tally.invalid.abstentionAlone");
      }
      if (chosen > motion.seats()) {
        throw new InvalidTallyException(
            at + ".choices", "assembly.tally.invalid.tooManyChosen", motion.seats());
      }
      if (!splits) {
        for (var e : s.choices().entrySet()) {
          if (e.getValue().signum() > 0 && !e.getValue().equals(unitWeight)) {
            throw new InvalidTallyException(
                at + ".choices." + e.getKey(),
                "assembly.tally.invalid.wholeWeightEach",
                unitWeight);
          }
        }
      }
      return;
    }
    if (!sum.equals(unitWeight)) {
      throw new InvalidTallyException(
          at + ".choices", "assembly.tally.invalid.votesSum", sum, unitWeight);
    }
    if (chosen > 1 && !splits) {
      throw new InvalidTallyException(at + ".choices", "assembly.tally.invalid.noSplit", s.kind());
    }
  }

  private void addMerged() {
    for (MergedEntry m : in.ballots().merged()) {
      String at = "$.merged[" + m.index() + "]";
      ClassCount cls = classes.get(m.className());
      if (cls == null) {
        throw new InvalidTallyException(
            at + ".class", "assembly.tally.invalid.classNotOnRoll", m.className());
      }
      checksNotMade.add("assembly.tally.notChecked.merged");
      if (motion.kind() == Motion.Kind.MULTIPLE_CHOICE) {
        throw new InvalidTallyException(at, "assembly.tally.invalid.mergedInElection");
      }
      cls.castHeads = BallotBox.plus(cls.castHeads, m.ballots());
      for (var e : m.weight().entrySet()) {
        if (!optionsAndAbstain.contains(e.getKey())) {
          throw new InvalidTallyException(
              at + ".weight." + e.getKey(), "assembly.tally.invalid.noOption", e.getKey());
        }
        cls.weight.merge(e.getKey(), e.getValue(), Fraction::plus);
        cls.castWeight = cls.castWeight.plus(e.getValue());
      }
      Fraction heads = Fraction.ZERO;
      for (var e : m.heads().entrySet()) {
        if (!optionsAndAbstain.contains(e.getKey())) {
          throw new InvalidTallyException(
              at + ".heads." + e.getKey(), "assembly.tally.invalid.noOption", e.getKey());
        }
        cls.heads.merge(e.getKey(), e.getValue(), Fraction::plus);
        heads = heads.plus(e.getValue());
      }
      if (!heads.equals(Fraction.of(m.ballots()))) {
        throw new InvalidTallyException(
            at + ".heads", "assembly.tally.invalid.mergedHeads", heads, m.ballots());
      }
    }
  }

  private void checkHeads() {
    Attendance attendance = in.attendance().get(motion.call());
    if (attendance != null) {
      for (var e : attendance.classes().entrySet()) {
        ClassCount c = classes.get(e.getKey());
        String at = "$.attendance." + motion.call() + "." + e.getKey();
        if (c == null) {
          throw new InvalidTallyException(at, "assembly.tally.invalid.classNotOnRoll", e.getKey());
        }
        if (e.getValue().heads() > c.roll.heads()) {
          throw new InvalidTallyException(
              at, "assembly.tally.invalid.attendanceAboveEligible", c.roll.heads());
        }
      }
    }
    for (ClassCount c : classes.values()) {
      if (c.castHeads > c.roll.heads()) {
        throw new InvalidTallyException(
            "$.ballots",
            "assembly.tally.invalid.ballotsAboveEligible",
            c.castHeads,
            c.name,
            c.roll.heads());
      }
      if (attendance != null) {
        var a = attendance.classes().get(c.name);
        long attending = a == null ? 0 : a.heads();
        if (c.castHeads > attending) {
          throw new InvalidTallyException(
              "$.ballots",
              "assembly.tally.invalid.ballotsAboveAttendance",
              c.castHeads,
              c.name,
              attending,
              motion.call());
        }
      }
    }
  }

  // ---- Class shares and class caps ---------------------------------------------------------

  private boolean excludesAbstentions() {
    return motion.threshold().base() == Base.CAST_EXCLUDING_ABSTENTIONS;
  }

  private void applyClassShares() {
    ClassShares shares = scheme.classShares();
    if (shares == null) {
      return;
    }
    Map<String, Fraction> denominators = new HashMap<>();
    Set<String> active = new LinkedHashSet<>();
    for (ClassCount c : classes.values()) {
      Fraction d =
          shares.denominator() == Denominator.ELIGIBLE
              ? eligibleWeight(c, "assembly.tally.invalid.eligibleWeightForShares")
              : excludesAbstentions() ? c.castWeight.minus(c.abstainWeight()) : c.castWeight;
      denominators.put(c.name, d);
      if (d.signum() > 0 && c.castHeads > 0 && turnoutMet(shares, c)) {
        active.add(c.name);
      }
    }
    Map<String, Fraction> effective = effectiveShares(shares, active);
    for (ClassCount c : classes.values()) {
      c.share = effective.get(c.name);
      if (active.contains(c.name)) {
        c.shareCounted = "COUNTED";
        c.perUnit = c.share.dividedBy(denominators.get(c.name));
      } else {
        c.perUnit = Fraction.ZERO;
        if (shares.belowTurnout() == BelowTurnout.ABSTAIN) {
          c.shareCounted = "ABSTAINED";
          c.abstainedShare = c.share;
        } else {
          c.shareCounted = "REDISTRIBUTED";
        }
      }
    }
  }

  private boolean turnoutMet(ClassShares shares, ClassCount c) {
    return turnoutMet(
        shares.minimumTurnout().get(c.name), Fraction.of(c.castHeads), c.roll.heads());
  }

  static boolean turnoutMet(ClassShares.MinimumTurnout min, Fraction voters, long eligible) {
    if (min == null) {
      return true;
    }
    Boolean byCount = min.count() == null ? null : voters.compareTo(Fraction.of(min.count())) >= 0;
    Boolean byFraction =
        min.fraction() == null ? null : voters.compareTo(min.fraction().times(eligible)) >= 0;
    if (byCount == null) {
      return byFraction == null || byFraction;
    }
    if (byFraction == null) {
      return byCount;
    }
    return min.both() ? byCount && byFraction : byCount || byFraction;
  }

  /**
   * The shares after a class below its turnout gives its share away: unchanged for the others when
   * it is counted as abstention, pro rata to theirs when redistributed.
   */
  static Map<String, Fraction> effectiveShares(ClassShares shares, Set<String> active) {
    Map<String, Fraction> effective = new LinkedHashMap<>();
    Fraction activeSum = Fraction.ZERO;
    for (String name : active) {
      activeSum = activeSum.plus(shares.shares().get(name));
    }
    for (var e : shares.shares().entrySet()) {
      Fraction s = e.getValue();
      if (shares.belowTurnout() == BelowTurnout.REDISTRIBUTE) {
        s =
            active.contains(e.getKey()) && activeSum.signum() > 0
                ? s.times(shares.total()).dividedBy(activeSum)
                : Fraction.ZERO;
      }
      effective.put(e.getKey(), s);
    }
    return effective;
  }

  /**
   * Whether abstentions carry no points: class shares divided among votes cast, with a base that
   * leaves abstentions out.
   */
  private boolean abstentionsOutside() {
    return scheme.classShares() != null
        && scheme.classShares().denominator() == Denominator.VOTES_CAST
        && excludesAbstentions();
  }

  /** A class's voters as its weight cast counts them: without abstainers where those weigh 0. */
  private Fraction castHeadsInBase(ClassCount c) {
    Fraction heads = Fraction.of(c.castHeads);
    return abstentionsOutside() ? heads.minus(c.abstainHeads()) : heads;
  }

  /** Whether a class's votes count (not below its turnout under class shares). */
  private static boolean counts(ClassCount c) {
    return c.shareCounted == null || c.shareCounted.equals("COUNTED");
  }

  /**
   * A class's weight cast in the tally's unit, as its subtotals hold it: abstentions count only
   * where they carry points, and a share given away or counted as abstention is not cast.
   */
  private Fraction castInUnit(ClassCount c) {
    Fraction cast = Fraction.ZERO;
    for (String o : optionsAndAbstain) {
      cast = cast.plus(subtotal(c, o));
    }
    return cast.minus(c.abstainedShare);
  }

  private List<CapFigures> applyClassCaps() {
    List<CapFigures> figures = new ArrayList<>();
    for (ClassCap cap : scheme.classCaps()) {
      Fraction group = Fraction.ZERO;
      Fraction others = Fraction.ZERO;
      Fraction voters = Fraction.ZERO;
      long registered = 0;
      for (ClassCount c : classes.values()) {
        Fraction cast = castInUnit(c);
        if (cap.classes().contains(c.name)) {
          group = group.plus(cast);
          voters = voters.plus(counts(c) ? castHeadsInBase(c) : Fraction.ZERO);
          registered += c.roll.heads();
        } else {
          others = others.plus(cast);
        }
      }
      Fraction f = cap.fraction();
      Fraction among =
          cap.division() == ClassCap.Division.VOTING ? voters : Fraction.of(registered);
      boolean applies = among.signum() > 0 && group.compareTo(f.times(group.plus(others))) > 0;
      Fraction capped = null;
      Fraction voterWeight = null;
      if (applies) {
        capped = f.dividedBy(Fraction.ONE.minus(f)).times(others);
        voterWeight = capped.dividedBy(among);
        for (ClassCount c : classes.values()) {
          if (cap.classes().contains(c.name) && counts(c)) {
            c.cappedVoterWeight = voterWeight;
          }
        }
      }
      figures.add(
          new CapFigures(
              cap.classes().stream().sorted().toList(),
              f,
              group,
              others,
              applies,
              capped,
              voterWeight));
    }
    return figures;
  }

  // ---- Quorum and threshold ----------------------------------------------------------------

  /**
   * The attendance at the motion's call, which {@code neededBy} (a key: the reason when it is not
   * given, with the call as its argument) needs.
   */
  private Attendance attendance(String neededBy) {
    Attendance a = in.attendance().get(motion.call());
    if (a == null) {
      throw new InvalidTallyException("$.attendance." + motion.call(), neededBy, motion.call());
    }
    return a;
  }

  /**
   * The weight present and represented in a class: as written, or the heads under one member one
   * vote, where they are the same. {@code neededBy} is a key: the reason when it is not given.
   */
  private Fraction attendingWeight(
      String className, Attendance.ClassAttendance a, String neededBy) {
    if (a.weight() != null) {
      return a.weight();
    }
    if (scheme.memberWeight() instanceof MemberWeightRule.OneMemberOneVote) {
      return Fraction.of(a.heads());
    }
    throw new InvalidTallyException(
        "$.attendance."
            + motion.call()
            + "."
            + className
            + (a.presentWeight() == null ? ".presentWeight" : ".representedWeight"),
        neededBy);
  }

  private QuorumFigures judgeQuorum() {
    Motion.Quorum rule = motion.quorum().get(motion.call());
    if (rule == null) {
      return new QuorumFigures(motion.call(), true, List.of());
    }
    Attendance attendance = attendance("assembly.tally.invalid.attendanceForQuorum");
    boolean weight = rule.measure() == Measure.WEIGHT;
    List<QuorumCheck> checks = new ArrayList<>();
    if (rule.perClass()) {
      for (ClassCount c : classes.values()) {
        if (c.roll.heads() == 0) {
          continue;
        }
        var a = attendance.classes().get(c.name);
        Fraction attending =
            a == null
                ? Fraction.ZERO
                : weight
                    ? attendingWeight(c.name, a, "assembly.tally.invalid.attendingWeightForQuorum")
                    : Fraction.of(a.heads());
        checks.add(quorumCheck(rule, c.name, attending, quorumEligible(rule, c)));
      }
    } else {
      Fraction attending = Fraction.ZERO;
      Fraction eligible = Fraction.ZERO;
      for (ClassCount c : classes.values()) {
        Fraction one = quorumEligible(rule, c);
        eligible = eligible == null || one == null ? null : eligible.plus(one);
        var a = attendance.classes().get(c.name);
        if (a != null) {
          attending =
              attending.plus(
                  weight
                      ? attendingWeight(
                          c.name, a, "assembly.tally.invalid.attendingWeightForQuorum")
                      : Fraction.of(a.heads()));
        }
      }
      checks.add(quorumCheck(rule, "overall", attending, eligible));
    }
    return new QuorumFigures(motion.call(), checks.stream().allMatch(QuorumCheck::met), checks);
  }

  /**
   * The eligible figure a quorum compares with: needed for a fraction of the eligible, shown when
   * known otherwise.
   */
  private Fraction quorumEligible(Motion.Quorum rule, ClassCount c) {
    if (rule.measure() == Measure.HEADS) {
      return Fraction.of(c.roll.heads());
    }
    return rule.fraction() == null
        ? c.eligibleWeight
        : eligibleWeight(c, "assembly.tally.invalid.eligibleWeightForQuorum");
  }

  private static QuorumCheck quorumCheck(
      Motion.Quorum rule, String scope, Fraction attending, Fraction eligible) {
    Comparison cmp = rule.comparison();
    Fraction required = rule.fraction() == null ? null : rule.fraction().times(eligible);
    Boolean byFraction = required == null ? null : cmp.holds(attending, required);
    Boolean byCount = rule.count() == null ? null : cmp.holds(attending, rule.count());
    boolean met;
    if (byFraction == null) {
      met = byCount == null || byCount;
    } else if (byCount == null) {
      met = byFraction;
    } else {
      met = rule.both() ? byFraction && byCount : byFraction || byCount;
    }
    return new QuorumCheck(
        scope, rule.measure().name(), attending, eligible, required, rule.count(), cmp.code(), met);
  }

  /** The base of a share in the tally's unit (weight) or in heads, overall or within a class. */
  private Fraction base(ClassCount c, boolean heads, boolean local) {
    Base base = motion.threshold().base();
    Fraction w;
    Fraction h;
    switch (base) {
      case CAST_EXCLUDING_ABSTENTIONS -> {
        w = c.castWeight.minus(c.abstainWeight());
        h = Fraction.of(c.castHeads).minus(c.abstainHeads());
      }
      case CAST_INCLUDING_ABSTENTIONS -> {
        w = c.castWeight;
        h = Fraction.of(c.castHeads);
      }
      case PRESENT -> {
        var a = attendance("assembly.tally.invalid.attendanceForPresentBase").classes().get(c.name);
        w =
            a == null || heads
                ? Fraction.ZERO
                : attendingWeight(
                    c.name, a, "assembly.tally.invalid.attendingWeightForPresentBase");
        h = a == null ? Fraction.ZERO : Fraction.of(a.heads());
      }
      default -> {
        w =
            heads
                ? Fraction.ZERO
                : eligibleWeight(c, "assembly.tally.invalid.eligibleWeightForEligibleBase");
        h = Fraction.of(c.roll.heads());
      }
    }
    if (heads) {
      return h;
    }
    if (local) {
      return w;
    }
    Fraction value = c.inUnit(w, h);
    return base == Base.CAST_EXCLUDING_ABSTENTIONS ? value : value.plus(c.abstainedShare);
  }

  private ThresholdFigures threshold(String option, OptionFigures totals) {
    Motion.Threshold t = motion.threshold();
    boolean heads = t.measure() == Measure.HEADS;
    Fraction figure = heads ? totals.heads() : totals.weight();
    Fraction base = Fraction.ZERO;
    for (ClassCount c : classes.values()) {
      base = base.plus(base(c, heads, false));
    }
    Fraction share = base.signum() == 0 ? null : figure.dividedBy(base);
    boolean met = share != null && t.comparison().holds(share, t.fraction());
    List<ClassThreshold> within = new ArrayList<>();
    for (String name : motion.doubleMajority()) {
      ClassCount c = classes.get(name);
      Fraction f = heads ? c.heads.get(option) : c.weight.get(option);
      Fraction b = base(c, heads, true);
      Fraction s = b.signum() == 0 ? null : f.dividedBy(b);
      boolean ok = s != null && t.comparison().holds(s, t.fraction());
      within.add(new ClassThreshold(name, f, b, s, ok));
      met &= ok;
    }
    if (figure.signum() == 0) {
      met = false;
    }
    return new ThresholdFigures(
        option,
        t.measure().name(),
        t.base().name(),
        figure,
        base,
        share,
        t.fraction(),
        t.comparison().code(),
        met,
        within);
  }

  /**
   * The result. Options are ranked by weight in the tally's unit (whatever the threshold counts). A
   * single choice takes the top option if it meets the threshold; an election fills its seats with
   * the top options among those meeting the threshold. Ties are reported, never broken.
   */
  private Result decide(
      QuorumFigures quorum,
      List<ThresholdFigures> thresholds,
      Map<String, OptionFigures> options,
      List<String> elected,
      List<String> tied) {
    if (!quorum.met()) {
      return Result.NO_QUORUM;
    }
    if (motion.kind() == Motion.Kind.YES_NO) {
      return thresholds.get(0).met() ? Result.PASSED : Result.FAILED;
    }
    Comparator<ThresholdFigures> byWeight =
        Comparator.comparing((ThresholdFigures t) -> options.get(t.option()).weight()).reversed();
    List<ThresholdFigures> ranked =
        thresholds.stream()
            .filter(t -> motion.kind() == Motion.Kind.SINGLE_CHOICE || t.met())
            .sorted(byWeight)
            .toList();
    int seats = motion.seats();
    if (ranked.size() <= seats) {
      ranked.forEach(t -> elected.add(t.option()));
    } else {
      Fraction last = options.get(ranked.get(seats - 1).option()).weight();
      for (ThresholdFigures t : ranked) {
        int c = options.get(t.option()).weight().compareTo(last);
        if (c > 0) {
          elected.add(t.option());
        } else if (c == 0) {
          tied.add(t.option());
        }
      }
      if (elected.size() + tied.size() == seats) {
        elected.addAll(tied);
        tied.clear();
      }
    }
    if (motion.kind() == Motion.Kind.SINGLE_CHOICE) {
      // The top option must meet the threshold itself; a tie at the top stays a tie if any of
      // the tied options meets it.
      Set<String> met = new HashSet<>();
      thresholds.stream().filter(ThresholdFigures::met).forEach(t -> met.add(t.option()));
      elected.removeIf(o -> !met.contains(o));
      if (tied.stream().noneMatch(met::contains)) {
        tied.clear();
      }
    }
    if (!tied.isEmpty()) {
      return Result.TIED;
    }
    return elected.isEmpty() ? Result.FAILED : Result.ELECTED;
  }
}
