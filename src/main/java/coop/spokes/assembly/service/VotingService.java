package coop.spokes.assembly.service;

import coop.spokes.assembly.infra.AssemblyRepository;
import coop.spokes.assembly.infra.BallotKeys;
import coop.spokes.assembly.infra.BallotStore;
import coop.spokes.assembly.infra.ReceiptMailSeal;
import coop.spokes.assembly.infra.TallyDocuments;
import coop.spokes.assembly.model.Assembly;
import coop.spokes.assembly.model.AssemblyException;
import coop.spokes.assembly.model.AssemblyMotion;
import coop.spokes.assembly.model.AssemblyState;
import coop.spokes.assembly.model.Delegation;
import coop.spokes.assembly.model.RollEntry;
import coop.spokes.assembly.tally.Fraction;
import coop.spokes.assembly.tally.MemberWeightRule;
import coop.spokes.assembly.tally.Motion;
import coop.spokes.assembly.tally.Scheme;
import coop.spokes.assembly.tally.Tally;
import coop.spokes.audit.service.AuditService;
import coop.spokes.identity.service.AccountService;
import coop.spokes.identity.service.AccountSummary;
import coop.spokes.platform.NotFoundException;
import coop.spokes.platform.mail.MailService;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Voting, for members: the open motions they may vote on (for their own membership, for each
 * organisation they represent, and for each principal whose proxy they hold), casting with a
 * receipt, proxies, and checking in at a call.
 *
 * <p>One counted ballot per voter per motion: the voter's roll entry is locked while casting, and
 * the participation table's primary key refuses a second row whatever happens. A secret ballot is
 * stored apart from its participation (see {@link BallotStore}); until the motion closes it is
 * found again only through the HMAC of (voter, motion) under the motion's ballot key.
 */
@ApplicationScoped
@Transactional
public class VotingService {
  @Inject Access access;
  @Inject AssemblyRepository repo;
  @Inject AssemblyService assemblies;
  @Inject RollService roll;
  @Inject BallotStore ballots;
  @Inject BallotKeys keys;
  @Inject ReceiptMailSeal seal;
  @Inject MailService mail;
  @Inject AccountService accounts;
  @Inject AuditService audit;
  @Inject Clock clock;

  /** One voter the caller may cast for on a motion, and where that stands. */
  public record VoterChoice(
      long voterId,
      String memberNumber,
      String displayName,
      String memberClass,
      String kind,
      boolean asProxy,
      Fraction weight,
      boolean splits,
      boolean voted,
      boolean votedByOther,
      boolean mayCast)
      implements Serializable {}

  /** An open motion the caller may vote on, with the voters they may cast for. */
  public record OpenMotion(
      long assemblyId,
      String assemblyTitle,
      MotionRow motion,
      List<VoterChoice> voters,
      List<SchemeWords.Line> words)
      implements Serializable {}

  /** The open motions of open assemblies the caller may vote on. Requires signing in. */
  public List<OpenMotion> openMotions() {
    access.requireSignedIn();
    List<Long> mine = roll.myMembers();
    if (mine.isEmpty()) {
      return List.of();
    }
    List<OpenMotion> list = new ArrayList<>();
    List<Assembly> open = repo.inStates(List.of(AssemblyState.OPEN));
    for (AssemblyMotion m : repo.openMotions(open.stream().map(Assembly::getId).toList())) {
      Assembly a =
          open.stream().filter(x -> x.getId().equals(m.getAssemblyId())).findFirst().orElseThrow();
      List<VoterChoice> voters = voters(a, m, mine);
      if (!voters.isEmpty()) {
        Scheme scheme = SchemeJson.readScheme(a.getScheme());
        List<SchemeWords.Line> words = new ArrayList<>(SchemeWords.of(scheme));
        words.addAll(
            SchemeWords.of(SchemeJson.readMotion(m.getRules()), m.isSecret(), m.isChangeable()));
        list.add(
            new OpenMotion(a.getId(), a.getTitle(), AssemblyService.motionRow(m), voters, words));
      }
    }
    return list;
  }

  /** The caller's voters on one motion: their memberships on the roll, then their principals. */
  private List<VoterChoice> voters(Assembly a, AssemblyMotion m, List<Long> mine) {
    Scheme scheme = SchemeJson.readScheme(a.getScheme());
    List<Long> principals =
        repo.heldBy(a.getId(), mine).stream().map(Delegation::getPrincipalMemberId).toList();
    List<Long> all = new ArrayList<>(mine);
    principals.stream().filter(p -> !all.contains(p)).forEach(all::add);
    Map<Long, BallotStore.Taken> taken = new LinkedHashMap<>();
    ballots.taken(List.of(m.getId()), all).forEach(t -> taken.put(t.voter(), t));
    List<VoterChoice> list = new ArrayList<>();
    for (RollEntry e : repo.rollEntries(a.getId(), all)) {
      if (!e.isEligible()) {
        continue;
      }
      boolean proxy = !mine.contains(e.getMemberId());
      BallotStore.Taken t = taken.get(e.getMemberId());
      boolean voted = t != null;
      boolean byOther = voted && (proxy ? !mine.contains(t.castBy()) : t.castBy() != t.voter());
      boolean mayCast =
          !voted
              || (m.isChangeable() && !byOther)
              || (!proxy && byOther && a.isPrincipalOverrides());
      list.add(
          new VoterChoice(
              e.getMemberId(),
              e.getMemberNumber(),
              e.getDisplayName(),
              e.getMemberClass(),
              e.getKind(),
              proxy,
              weight(scheme, e),
              scheme.splitKinds().contains(TallyDocuments.name(e.getKind())),
              voted,
              byOther,
              mayCast));
    }
    list.sort(
        java.util.Comparator.comparing(VoterChoice::asProxy)
            .thenComparing(VoterChoice::memberNumber));
    return list;
  }

  private static Fraction weight(Scheme scheme, RollEntry e) {
    return Tally.memberWeight(
        scheme,
        TallyDocuments.name(e.getKind()),
        scheme.memberWeight() instanceof MemberWeightRule.PluralVotes
            ? Fraction.parse(e.getRawWeight())
            : null,
        "$");
  }

  /** One of the caller's memberships at a convened or open assembly. */
  public record MyMembership(
      long memberId,
      String memberNumber,
      String displayName,
      boolean proxiesAllowed,
      String holderNumber,
      String holderName,
      boolean proxyUsed,
      boolean presentFirst,
      boolean presentSecond)
      implements Serializable {}

  /** A principal whose proxy the caller holds. */
  public record Held(long principalId, String memberNumber, String displayName)
      implements Serializable {}

  /** A convened or open assembly where the caller is on the roll as an eligible voter. */
  public record MyAssembly(
      long assemblyId,
      String title,
      String state,
      OffsetDateTime firstCallAt,
      OffsetDateTime closesAt,
      boolean secondCall,
      int proxyLimit,
      List<MyMembership> memberships,
      List<Held> held)
      implements Serializable {}

  /**
   * The convened and open assemblies where the caller acts for an eligible member: proxies given
   * and held, and attendance. Requires signing in.
   */
  public List<MyAssembly> myAssemblies() {
    access.requireSignedIn();
    List<Long> mine = roll.myMembers();
    List<MyAssembly> list = new ArrayList<>();
    if (mine.isEmpty()) {
      return list;
    }
    for (Assembly a : repo.inStates(List.of(AssemblyState.CONVENED, AssemblyState.OPEN))) {
      List<RollEntry> entries =
          repo.rollEntries(a.getId(), mine).stream().filter(RollEntry::isEligible).toList();
      if (entries.isEmpty()) {
        continue;
      }
      Map<Long, Delegation> given = new LinkedHashMap<>();
      repo.givenBy(a.getId(), mine).forEach(d -> given.put(d.getPrincipalMemberId(), d));
      List<Delegation> held = repo.heldBy(a.getId(), mine);
      List<Long> others = new ArrayList<>();
      given.values().forEach(d -> others.add(d.getHolderMemberId()));
      held.forEach(d -> others.add(d.getPrincipalMemberId()));
      Map<Long, RollEntry> named = new LinkedHashMap<>();
      repo.rollEntries(a.getId(), others).forEach(r -> named.put(r.getMemberId(), r));
      List<MyMembership> memberships = new ArrayList<>();
      for (RollEntry e : entries) {
        Delegation d = given.get(e.getMemberId());
        RollEntry holder = d == null ? null : named.get(d.getHolderMemberId());
        memberships.add(
            new MyMembership(
                e.getMemberId(),
                e.getMemberNumber(),
                e.getDisplayName(),
                a.getProxyLimit() > 0 && repo.proxiesAllowed(e.getJurisdiction()),
                holder == null ? null : holder.getMemberNumber(),
                holder == null ? null : holder.getDisplayName(),
                d != null && d.isUsed(),
                repo.isPresent(a.getId(), 1, e.getMemberId()),
                repo.isPresent(a.getId(), 2, e.getMemberId())));
      }
      list.add(
          new MyAssembly(
              a.getId(),
              a.getTitle(),
              a.getState().name(),
              a.getFirstCallAt(),
              a.getClosesAt(),
              a.getSecondCallAt() != null,
              a.getProxyLimit(),
              memberships,
              held.stream()
                  .map(d -> named.get(d.getPrincipalMemberId()))
                  .filter(java.util.Objects::nonNull)
                  .map(r -> new Held(r.getMemberId(), r.getMemberNumber(), r.getDisplayName()))
                  .toList()));
    }
    return list;
  }

  /** What the voter is shown once their ballot is stored. */
  public record Receipt(String code, String hash, boolean replaced, boolean changeable)
      implements Serializable {}

  /**
   * Casts {@code voterId}'s ballot on an open motion, giving the voter's whole weight to each of
   * {@code options} ({@code abstain} included; one option for a yes-no or single-choice motion, up
   * to the seats of a multiple choice): what a ballot without split votes sends. The caller must
   * act for the voter (their own membership or an organisation they represent) or hold the voter's
   * proxy. Requires signing in.
   *
   * @throws NotFoundException when the caller may not cast for that voter
   * @throws AssemblyException {@code assembly.motion.notOpen}, {@code assembly.vote.windowClosed},
   *     {@code assembly.vote.notEligible}, {@code assembly.vote.alreadyCast}, {@code
   *     assembly.vote.principalVoted}, {@code assembly.vote.choice.none}, {@code
   *     assembly.vote.choice.invalid} or {@code assembly.vote.choice.tooMany} at {@code choices}
   */
  public Receipt castWhole(long motionId, long voterId, List<String> options) {
    access.requireSignedIn();
    return cast(
        motionId,
        voterId,
        unit -> {
          Map<String, Fraction> choices = new LinkedHashMap<>();
          options.forEach(option -> choices.put(option, unit));
          return choices;
        });
  }

  /**
   * Casts {@code voterId}'s split ballot: {@code votes} gives each option's part of the voter's
   * weight as typed (a fraction or a decimal, with a point or a comma; blank parts are left out).
   * Otherwise as {@link #castWhole(long, long, List)}.
   *
   * @throws AssemblyException {@code assembly.vote.choice.invalid} at {@code choices} when a part
   *     is not a number
   */
  public Receipt castSplit(long motionId, long voterId, Map<String, String> votes) {
    access.requireSignedIn();
    Map<String, Fraction> parts = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : votes.entrySet()) {
      if (e.getValue() != null && !e.getValue().isBlank()) {
        try {
          parts.put(e.getKey(), Fraction.parse(e.getValue().strip().replace(',', '.')));
        } catch (NumberFormatException ex) {
          throw new AssemblyException("choices", "assembly.vote.choice.invalid");
        }
      }
    }
    return cast(motionId, voterId, unit -> parts);
  }

  /** Casts with the choices {@code choicesFor} gives for the voter's weight; signed in. */
  private Receipt cast(
      long motionId,
      long voterId,
      java.util.function.Function<Fraction, Map<String, Fraction>> choicesFor) {
    AssemblyMotion m = assemblies.motion(motionId);
    Assembly a = assemblies.assembly(m.getAssemblyId());
    List<Long> mine = roll.myMembers();
    long castBy;
    Delegation proxy = null;
    if (mine.contains(voterId)) {
      access.require(Role.MEMBER, coop.spokes.platform.security.Scope.member(voterId));
      castBy = voterId;
    } else {
      proxy =
          repo.delegationOf(a.getId(), voterId)
              .orElseThrow(() -> new NotFoundException("voter", voterId));
      // The holder's member record is the scope of a proxy ballot.
      access.requireAnyToSee(
          "voter",
          voterId,
          coop.spokes.platform.security.Grant.of(
              Role.MEMBER, coop.spokes.platform.security.Scope.member(proxy.getHolderMemberId())));
      castBy = proxy.getHolderMemberId();
    }
    if (a.getState() != AssemblyState.OPEN) {
      throw new AssemblyException(null, "assembly.motion.notOpen");
    }
    if (!a.takesBallots(OffsetDateTime.now(clock))) {
      throw new AssemblyException(null, "assembly.vote.windowClosed");
    }
    RollEntry voter =
        repo.lockRollEntry(a.getId(), voterId)
            .filter(RollEntry::isEligible)
            .orElseThrow(() -> new AssemblyException(null, "assembly.vote.notEligible"));
    // Read again under a lock that a closing waits for: a ballot is either counted by the close
    // or refused, never stored after the count.
    if (!repo.holdOpen(motionId)) {
      throw new AssemblyException(null, "assembly.motion.notOpen");
    }
    m = repo.motion(motionId).orElseThrow();
    m.requireOpen();
    Scheme scheme = SchemeJson.readScheme(a.getScheme());
    Motion rules = SchemeJson.readMotion(m.getRules());
    Fraction unit = weight(scheme, voter);
    String choicesJson =
        choicesJson(
            rules,
            choicesFor.apply(unit),
            unit,
            scheme.splitKinds().contains(TallyDocuments.name(voter.getKind())));

    String code = BallotKeys.newReceipt();
    String hash = BallotKeys.receiptHash(code);
    String ballotId = BallotKeys.newBallotId();
    String replaceKey = keys.replaceKey(motionId, m.getBallotKey(), voterId);
    Optional<Long> before = ballots.castBy(motionId, voterId);
    boolean replaced = false;
    if (before.isEmpty()) {
      ballots.addParticipation(motionId, voterId, voter.getMemberClass(), castBy);
      ballots.addBallot(
          new BallotStore.StoredBallot(
              ballotId,
              motionId,
              voter.getMemberClass(),
              voter.getKind(),
              TallyDocuments.weightOf(
                  scheme,
                  scheme.memberWeight() instanceof MemberWeightRule.PluralVotes,
                  TallyDocuments.name(voter.getKind()),
                  voter.getRawWeight()),
              choicesJson,
              hash,
              replaceKey));
    } else {
      long previous = before.get();
      boolean overriding = previous != voterId && castBy == voterId;
      if (previous == voterId && castBy != voterId) {
        throw new AssemblyException(null, "assembly.vote.principalVoted");
      }
      if (overriding && !a.isPrincipalOverrides()) {
        throw new AssemblyException(null, "assembly.vote.alreadyCast");
      }
      if (!overriding && !m.isChangeable()) {
        throw new AssemblyException(null, "assembly.vote.alreadyCast");
      }
      ballots
          .replaceBallot(motionId, replaceKey, ballotId, choicesJson, hash)
          .orElseThrow(() -> new IllegalStateException("a counted ballot without its row"));
      if (previous != castBy) {
        ballots.recastBy(motionId, voterId, castBy);
      }
      replaced = true;
    }
    if (!m.isSecret()) {
      ballots.name(ballotId, motionId, voterId);
    }
    if (proxy != null && !proxy.isUsed()) {
      repo.delegation(proxy.getId()).orElseThrow().markUsed();
    }
    repo.markPresent(
        a.getId(), m.getCallNumber(), castBy, access.requireUserId(), OffsetDateTime.now(clock));
    mailReceipt(a, m, code);
    return new Receipt(code, hash, replaced, m.isChangeable());
  }

  private void mailReceipt(Assembly a, AssemblyMotion m, String code) {
    Optional<AccountSummary> me = accounts.callerInternal();
    if (me.isEmpty()) {
      return;
    }
    mail.queueSealed(
        me.get().email(),
        me.get().language(),
        "assemblyReceipt",
        seal.sealFor(m.getId(), m.getBallotKey()),
        me.get().displayName(),
        a.getTitle(),
        m.getTitle(),
        code);
  }

  /**
   * The choices as stored: options in the motion's order, then abstain; checked as the tally checks
   * them.
   */
  static String choicesJson(
      Motion rules, Map<String, Fraction> choices, Fraction unit, boolean splits) {
    List<String> order = new ArrayList<>(rules.options());
    order.add(Motion.ABSTAIN);
    Fraction total = Fraction.ZERO;
    int chosen = 0;
    for (Map.Entry<String, Fraction> e : choices.entrySet()) {
      Fraction v = e.getValue();
      if (!order.contains(e.getKey()) || v == null || v.signum() < 0 || v.compareTo(unit) > 0) {
        throw new AssemblyException("choices", "assembly.vote.choice.invalid");
      }
      if (v.signum() > 0) {
        chosen++;
        total = total.plus(v);
        if (!splits && !v.equals(unit)) {
          throw new AssemblyException("choices", "assembly.vote.choice.invalid");
        }
      }
    }
    if (chosen == 0) {
      throw new AssemblyException("choices", "assembly.vote.choice.none");
    }
    if (rules.kind() == Motion.Kind.MULTIPLE_CHOICE) {
      Fraction abstain = choices.getOrDefault(Motion.ABSTAIN, Fraction.ZERO);
      if (chosen > rules.seats() || (abstain.signum() > 0 && chosen > 1)) {
        throw new AssemblyException("choices", "assembly.vote.choice.tooMany", rules.seats());
      }
    } else if (!total.equals(unit)) {
      throw new AssemblyException("choices", "assembly.vote.choice.invalid");
    }
    JsonObjectBuilder o = TallyDocuments.object();
    for (String option : order) {
      Fraction v = choices.get(option);
      if (v != null && v.signum() > 0) {
        o.add(option, v.toString());
      }
    }
    return o.build().toString();
  }

  /**
   * The principal {@code principalId} lets the member numbered {@code holderNumber} vote for them
   * at the assembly. Requires MEMBER of the principal; the assembly CONVENED or OPEN.
   *
   * @throws AssemblyException {@code assembly.proxy.none} (proxies off or forbidden in the
   *     principal's jurisdiction), {@code assembly.proxy.holderUnknown} at {@code holder}, {@code
   *     assembly.proxy.holderFull} at {@code holder}, {@code assembly.proxy.chain} at {@code
   *     holder}, {@code assembly.proxy.exists}
   */
  public void delegate(long assemblyId, long principalId, String holderNumber) {
    access.require(Role.MEMBER, coop.spokes.platform.security.Scope.member(principalId));
    Assembly a = assemblies.lock(assemblyId);
    if (a.getState() != AssemblyState.CONVENED && a.getState() != AssemblyState.OPEN) {
      throw new AssemblyException(null, "assembly.proxy.closed");
    }
    RollEntry principal =
        repo.rollEntry(assemblyId, principalId)
            .filter(RollEntry::isEligible)
            .orElseThrow(() -> new AssemblyException(null, "assembly.vote.notEligible"));
    if (a.getProxyLimit() == 0 || !repo.proxiesAllowed(principal.getJurisdiction())) {
      throw new AssemblyException(null, "assembly.proxy.none");
    }
    String number = holderNumber == null ? "" : holderNumber.strip();
    RollEntry holder =
        repo.rollPage(assemblyId, true, number, 0, 5).stream()
            .filter(r -> r.getMemberNumber().equalsIgnoreCase(number))
            .findFirst()
            .orElseThrow(() -> new AssemblyException("holder", "assembly.proxy.holderUnknown"));
    if (repo.delegationOf(assemblyId, principalId).isPresent()) {
      throw new AssemblyException(null, "assembly.proxy.exists");
    }
    if (repo.delegationOf(assemblyId, holder.getMemberId()).isPresent()
        || !repo.heldBy(assemblyId, List.of(principalId)).isEmpty()) {
      throw new AssemblyException("holder", "assembly.proxy.chain");
    }
    // Serialise delegations to one holder on the holder's roll entry, so the limit holds.
    repo.lockRollEntry(assemblyId, holder.getMemberId());
    if (repo.heldBy(assemblyId, List.of(holder.getMemberId())).size() >= a.getProxyLimit()) {
      throw new AssemblyException("holder", "assembly.proxy.holderFull", a.getProxyLimit());
    }
    Delegation d =
        new Delegation(assemblyId, principalId, holder.getMemberId(), OffsetDateTime.now(clock));
    repo.add(d);
    repo.flush();
    audit.record(
        AssemblyService.STREAM,
        "proxy.given",
        "assembly",
        assemblyId,
        Map.of(
            "principal", Long.toString(principalId),
            "holder", Long.toString(holder.getMemberId())),
        null);
  }

  /**
   * Revokes the principal's proxy, unless the holder already cast a ballot for them. Requires
   * MEMBER of the principal.
   *
   * @throws AssemblyException {@code assembly.proxy.used}
   */
  public void revoke(long assemblyId, long principalId) {
    access.require(Role.MEMBER, coop.spokes.platform.security.Scope.member(principalId));
    assemblies.lock(assemblyId);
    Delegation d =
        repo.delegationOf(assemblyId, principalId)
            .orElseThrow(() -> new NotFoundException("proxy", principalId));
    d.requireRevocable();
    repo.remove(d);
    audit.record(
        AssemblyService.STREAM,
        "proxy.revoked",
        "assembly",
        assemblyId,
        Map.of("principal", Long.toString(principalId)),
        null);
  }

  /**
   * The member checks in at a call of a CONVENED or OPEN assembly. Requires MEMBER of them.
   *
   * @throws AssemblyException {@code assembly.attendance.closed}, {@code assembly.vote.notEligible}
   */
  public void checkIn(long assemblyId, int call, long memberId) {
    access.require(Role.MEMBER, coop.spokes.platform.security.Scope.member(memberId));
    Assembly a = assemblies.assembly(assemblyId);
    if (a.getState() != AssemblyState.CONVENED && a.getState() != AssemblyState.OPEN) {
      throw new AssemblyException(null, "assembly.attendance.closed");
    }
    repo.rollEntry(assemblyId, memberId)
        .filter(RollEntry::isEligible)
        .orElseThrow(() -> new AssemblyException(null, "assembly.vote.notEligible"));
    repo.markPresent(
        assemblyId,
        call == 2 && a.getSecondCallAt() != null ? 2 : 1,
        memberId,
        access.requireUserId(),
        OffsetDateTime.now(clock));
  }
}
