package coop.spokes.assembly.service;

import coop.spokes.assembly.infra.AssemblyRepository;
import coop.spokes.assembly.model.Assembly;
import coop.spokes.assembly.model.AssemblyException;
import coop.spokes.assembly.model.AssemblyState;
import coop.spokes.assembly.model.Objection;
import coop.spokes.assembly.model.RollEntry;
import coop.spokes.assembly.tally.Fraction;
import coop.spokes.audit.service.AuditService;
import coop.spokes.contribution.service.FiscalYear;
import coop.spokes.contribution.service.ScheduleService;
import coop.spokes.contribution.service.StandingAt;
import coop.spokes.contribution.service.StandingService;
import coop.spokes.custodian.service.CustodianService;
import coop.spokes.custodian.service.CustodianSummary;
import coop.spokes.membership.service.MemberFactsService;
import coop.spokes.membership.service.MemberStatusAt;
import coop.spokes.platform.NotFoundException;
import coop.spokes.platform.approval.ApprovalSubject;
import coop.spokes.platform.approval.ApprovalTally;
import coop.spokes.platform.approval.Approvals;
import coop.spokes.platform.persistence.PageRequest;
import coop.spokes.platform.persistence.PageResult;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Grant;
import coop.spokes.platform.security.Role;
import coop.spokes.platform.security.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The roll: built by a chair from membership's statuses and contributions' standings at the record
 * date, page by page; seen by chairs in full and by each member for themself (on it or not, and
 * why); contested by members while objections are open, and decided by chairs with the platform's
 * N-of-M approvals. Frozen once the assembly convenes.
 */
@ApplicationScoped
@Transactional
public class RollService {
  /** Members read per page of each context's roll at a date. */
  static final int PAGE = PageRequest.MAX_INTERNAL_SIZE;

  @Inject Access access;
  @Inject AssemblyRepository repo;
  @Inject AssemblyService assemblies;
  @Inject CustodianService custodians;
  @Inject ScheduleService schedules;
  @Inject MemberFactsService members;
  @Inject StandingService standings;
  @Inject Approvals approvals;
  @Inject AuditService audit;
  @Inject Clock clock;

  /** What a build found. */
  public record RollSummary(long members, long eligible) implements Serializable {}

  /**
   * (Re)builds the roll at the record date: every custodian's members then, with their status at
   * the end of that day and their standing for the fiscal year containing it (or the year before,
   * when the assembly says so). Eligible: ACTIVE, and GOOD standing (or PARTIAL, when the assembly
   * accepts it). Raw weights and decisions on objections already made are kept. Requires CHAIR of
   * it; only in DRAFT.
   */
  public RollSummary build(long assemblyId) {
    access.requireAnyToSee("assembly", assemblyId, AssemblyGrants.chair(assemblyId));
    Assembly a = assemblies.lock(assemblyId);
    if (a.getState() != AssemblyState.DRAFT) {
      throw new AssemblyException(null, "assembly.state.notDraft");
    }
    Map<Long, RollEntry> kept = repo.kept(assemblyId);
    repo.clearRoll(assemblyId);
    long count = 0;
    long eligible = 0;
    for (CustodianSummary c : custodians.listPublic()) {
      FiscalYear year = schedules.fiscalYearInternal(c.id(), a.getRecordDate());
      for (int first = 0; ; first += PAGE) {
        PageRequest page = PageRequest.internal(first, PAGE);
        List<MemberStatusAt> statuses =
            members.statusesAtInternal(c.id(), a.getRecordDate(), page).items();
        if (statuses.isEmpty()) {
          break;
        }
        List<StandingAt> now =
            standings.standingsAtInternal(c.id(), year.year(), a.getRecordDate(), page).items();
        List<StandingAt> before =
            a.isYearBeforeCounts()
                ? standings
                    .standingsAtInternal(c.id(), year.year() - 1, a.getRecordDate(), page)
                    .items()
                : List.of();
        List<RollEntry> entries = new ArrayList<>(statuses.size());
        for (int i = 0; i < statuses.size(); i++) {
          MemberStatusAt m = statuses.get(i);
          String level = level(now, before, i, m.memberId(), a.isPartialStanding());
          String reason =
              !"ACTIVE".equals(m.status())
                  ? RollEntry.NOT_ACTIVE
                  : enough(level, a.isPartialStanding()) ? null : RollEntry.STANDING;
          RollEntry e =
              new RollEntry(
                  assemblyId,
                  m.memberId(),
                  c.id(),
                  c.jurisdiction(),
                  m.memberNumber(),
                  m.displayName(),
                  m.memberClass(),
                  m.kind(),
                  m.status(),
                  level,
                  reason);
          RollEntry old = kept.get(m.memberId());
          if (old != null) {
            e.weigh(old.getRawWeight());
            if (old.isOverridden()) {
              e.overrideEligibility(old.isEligible());
            }
          }
          eligible += e.isEligible() ? 1 : 0;
          entries.add(e);
        }
        repo.insertRoll(entries);
        count += entries.size();
        if (statuses.size() < PAGE) {
          break;
        }
      }
    }
    a.rollBuilt(OffsetDateTime.now(clock));
    audit.record(
        AssemblyService.STREAM,
        "roll.built",
        "assembly",
        assemblyId,
        Map.of("members", Long.toString(count), "eligible", Long.toString(eligible)),
        null);
    return new RollSummary(count, eligible);
  }

  /** The better level of the two years, for the member at position {@code i} of the page. */
  private static String level(
      List<StandingAt> now, List<StandingAt> before, int i, long memberId, boolean partial) {
    String level = at(now, i, memberId);
    if (!before.isEmpty() && !enough(level, partial)) {
      String earlier = at(before, i, memberId);
      if (rank(earlier) > rank(level)) {
        level = earlier;
      }
    }
    return level;
  }

  private static String at(List<StandingAt> page, int i, long memberId) {
    if (i >= page.size() || page.get(i).memberId() != memberId) {
      // The two contexts read the same members in the same order; anything else is a bug.
      throw new IllegalStateException("standings and statuses pages differ at member " + memberId);
    }
    return page.get(i).level();
  }

  private static int rank(String level) {
    return switch (level) {
      case "GOOD" -> 2;
      case "PARTIAL" -> 1;
      default -> 0;
    };
  }

  private static boolean enough(String level, boolean partial) {
    return "GOOD".equals(level) || (partial && "PARTIAL".equals(level));
  }

  /** One line of the roll. */
  public record RollLine(
      long memberId,
      String memberNumber,
      String displayName,
      String memberClass,
      String kind,
      String rawWeight,
      String statusAt,
      String standing,
      boolean eligible,
      String reason,
      boolean overridden)
      implements Serializable {}

  /**
   * A page of the roll by member number, optionally only the eligible (or not) and matching {@code
   * search}. Requires CHAIR of it or ADMIN.
   */
  public PageResult<RollLine> page(
      long assemblyId, Boolean eligible, String search, PageRequest page) {
    access.requireAnyToSee("assembly", assemblyId, AssemblyGrants.chairOrAdmin(assemblyId));
    assemblies.assembly(assemblyId);
    return new PageResult<>(
        repo.rollPage(assemblyId, eligible, search, page.first(), page.size()).stream()
            .map(RollService::line)
            .toList(),
        repo.rollCount(assemblyId, eligible, search));
  }

  /**
   * Opens the roll to objections until {@code until}. Requires CHAIR of it; only in DRAFT.
   *
   * @throws AssemblyException {@code assembly.roll.notBuilt}, {@code assembly.objections.untilPast}
   *     at {@code objectionsUntil}
   */
  public void openObjections(long assemblyId, OffsetDateTime until) {
    access.requireAnyToSee("assembly", assemblyId, AssemblyGrants.chair(assemblyId));
    Assembly a = assemblies.lock(assemblyId);
    a.openObjections(until, OffsetDateTime.now(clock));
    audit.record(
        AssemblyService.STREAM,
        "roll.objections-opened",
        "assembly",
        assemblyId,
        Map.of("until", until.toString()),
        null);
  }

  /** A member's place on a roll, as they see it. */
  public record MyPlace(
      long assemblyId,
      String assemblyTitle,
      String assemblyState,
      RollLine line,
      boolean objectionsOpen,
      OffsetDateTime objectionsUntil,
      List<ObjectionRow> objections)
      implements Serializable {}

  /**
   * The caller's places on the rolls of assemblies in DRAFT with a roll, CONVENED or OPEN: for each
   * membership they hold or represent, whether they are on it and why not. Requires signing in.
   */
  public List<MyPlace> myPlaces() {
    access.requireSignedIn();
    List<Long> mine = myMembers();
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<MyPlace> places = new ArrayList<>();
    for (Assembly a :
        repo.inStates(List.of(AssemblyState.DRAFT, AssemblyState.CONVENED, AssemblyState.OPEN))) {
      if (a.getRollBuiltAt() == null) {
        continue;
      }
      List<ObjectionRow> objections =
          repo.objectionsOf(a.getId(), mine).stream().map(this::objectionRow).toList();
      for (RollEntry e : repo.rollEntries(a.getId(), mine)) {
        places.add(
            new MyPlace(
                a.getId(),
                a.getTitle(),
                a.getState().name(),
                line(e),
                a.objectionsOpen(now),
                a.getObjectionsUntil(),
                objections.stream().filter(o -> o.memberId() == e.getMemberId()).toList()));
      }
    }
    return places;
  }

  /** The member records the caller acts for: their own and the organisations they represent. */
  List<Long> myMembers() {
    return access.grantsOf(Role.MEMBER).stream()
        .filter(g -> !g.scope().isAll())
        .map(g -> g.scope().id())
        .toList();
  }

  /** An objection as chairs and its member see it. */
  public record ObjectionRow(
      long id,
      long assemblyId,
      long memberId,
      String memberNumber,
      String displayName,
      String about,
      String claim,
      String askedWeight,
      String state,
      OffsetDateTime raisedAt,
      String decisionNote,
      int approvals)
      implements Serializable {}

  /**
   * Contests the roll for {@code memberId}: their eligibility, or their raw weight (asking for
   * {@code askedWeight}). Requires MEMBER of that member record, while objections are open.
   *
   * @throws AssemblyException {@code assembly.objections.closed}, {@code
   *     assembly.objection.weight.invalid} at {@code askedWeight}, and those of {@link Objection}
   */
  public ObjectionRow object(
      long assemblyId, long memberId, String about, String claim, String askedWeight) {
    access.require(Role.MEMBER, Scope.member(memberId));
    Assembly a = assemblies.lock(assemblyId);
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (!a.objectionsOpen(now)) {
      throw new AssemblyException(null, "assembly.objections.closed");
    }
    RollEntry entry =
        repo.rollEntry(assemblyId, memberId)
            .orElseThrow(() -> new NotFoundException("roll entry", memberId));
    Objection.About what =
        "WEIGHT".equals(about) ? Objection.About.WEIGHT : Objection.About.ELIGIBILITY;
    String weight = null;
    if (what == Objection.About.WEIGHT) {
      weight = rawWeight(askedWeight, "askedWeight");
    }
    Objection o =
        new Objection(assemblyId, memberId, access.requireUserId(), what, claim, weight, now);
    repo.add(o);
    repo.flush();
    audit.record(
        AssemblyService.STREAM,
        "objection.raised",
        "objection",
        o.getId(),
        Map.of(
            "assembly", Long.toString(assemblyId),
            "member", Long.toString(entry.getMemberId()),
            "about", what.name()),
        null);
    return objectionRow(o);
  }

  /** The objections to the roll, open first. Requires CHAIR of it. */
  public List<ObjectionRow> objections(long assemblyId) {
    access.requireAnyToSee("assembly", assemblyId, AssemblyGrants.chair(assemblyId));
    assemblies.assembly(assemblyId);
    List<Objection> list = repo.objections(assemblyId);
    Map<Long, Integer> counts =
        approvals.counts(Objection.APPROVAL_SUBJECT, list.stream().map(Objection::getId).toList());
    return list.stream().map(o -> objectionRow(o, counts.getOrDefault(o.getId(), 0))).toList();
  }

  /**
   * A chair approves upholding an objection; once the assembly's number of chairs approved it, it
   * is upheld: the member is put on the roll (or their weight set as asked). A chair may not
   * approve an objection about a member they act for. Requires CHAIR of it; only in DRAFT.
   *
   * @return whether this approval upheld it
   * @throws AssemblyException {@code assembly.objection.own}, {@code assembly.objection.decided}
   */
  public boolean approve(long objectionId) {
    access.requireSignedIn();
    Objection o =
        repo.lockObjection(objectionId)
            .orElseThrow(() -> new NotFoundException("objection", objectionId));
    access.requireAnyToSee("objection", objectionId, AssemblyGrants.chair(o.getAssemblyId()));
    Assembly a = assemblies.lock(o.getAssemblyId());
    if (a.getState() != AssemblyState.DRAFT) {
      throw new AssemblyException(null, "assembly.state.notDraft");
    }
    if (access.hasAny(Grant.of(Role.MEMBER, Scope.member(o.getMemberId())))) {
      throw new AssemblyException(null, "assembly.objection.own");
    }
    if (o.getState() != Objection.State.OPEN) {
      throw new AssemblyException(null, "assembly.objection.decided");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    ApprovalSubject subject = new ApprovalSubject(Objection.APPROVAL_SUBJECT, objectionId);
    ApprovalTally tally =
        approvals
            .approve(subject, access.requireUserId(), a.getApprovalsRequired(), now)
            .orElse(null);
    audit.record(
        AssemblyService.STREAM,
        "objection.approved",
        "objection",
        objectionId,
        Map.of("assembly", Long.toString(a.getId())),
        null);
    if (tally == null || !tally.reached()) {
      return false;
    }
    o.uphold(now);
    RollEntry entry =
        repo.lockRollEntry(a.getId(), o.getMemberId())
            .orElseThrow(() -> new NotFoundException("roll entry", o.getMemberId()));
    if (o.getAbout() == Objection.About.WEIGHT) {
      entry.weigh(o.getAskedWeight());
    } else {
      entry.overrideEligibility(true);
    }
    audit.record(
        AssemblyService.STREAM,
        "objection.upheld",
        "objection",
        objectionId,
        Map.of(
            "assembly", Long.toString(a.getId()),
            "member", Long.toString(o.getMemberId()),
            "about", o.getAbout().name()),
        null);
    return true;
  }

  /**
   * A chair dismisses an objection, saying why. Requires CHAIR of it; only in DRAFT.
   *
   * @throws AssemblyException {@code assembly.objection.reason.invalid} at {@code reason}, {@code
   *     assembly.objection.own}, {@code assembly.objection.decided}
   */
  public void dismiss(long objectionId, String reason) {
    access.requireSignedIn();
    Objection o =
        repo.lockObjection(objectionId)
            .orElseThrow(() -> new NotFoundException("objection", objectionId));
    access.requireAnyToSee("objection", objectionId, AssemblyGrants.chair(o.getAssemblyId()));
    Assembly a = assemblies.lock(o.getAssemblyId());
    if (a.getState() != AssemblyState.DRAFT) {
      throw new AssemblyException(null, "assembly.state.notDraft");
    }
    if (access.hasAny(Grant.of(Role.MEMBER, Scope.member(o.getMemberId())))) {
      throw new AssemblyException(null, "assembly.objection.own");
    }
    o.dismiss(reason, OffsetDateTime.now(clock));
    audit.record(
        AssemblyService.STREAM,
        "objection.dismissed",
        "objection",
        objectionId,
        Map.of("assembly", Long.toString(a.getId()), "member", Long.toString(o.getMemberId())),
        o.getDecisionNote());
  }

  /** Raw weights read at most from one file: one per member of a roll of 100,000 and more. */
  static final int MAX_WEIGHT_LINES = 200_000;

  /** One line of a raw-weights file, and what importing it would do (or why it cannot). */
  public record WeightLine(
      int line,
      String memberNumber,
      String displayName,
      String currentWeight,
      String newWeight,
      String errorKey,
      List<String> errorArgs)
      implements Serializable {}

  /** What importing a raw-weights file would change, line by line; nothing is stored. */
  public record WeightsPreview(List<WeightLine> lines, int changes, int errors)
      implements Serializable {}

  /**
   * Reads a file of raw weights (plural votes): a header naming a member-number column and a weight
   * column (comma or semicolon separated), then one member per line. Each line is checked against
   * the roll: a member on it, a weight of 0 or more, each member once. Requires CHAIR of the
   * assembly; only in DRAFT.
   *
   * @throws AssemblyException {@code assembly.weights.columns}, {@code assembly.weights.tooMany},
   *     {@code assembly.weights.empty} at {@code file}
   */
  public WeightsPreview previewWeights(long assemblyId, String csv) {
    access.requireAnyToSee("assembly", assemblyId, AssemblyGrants.chair(assemblyId));
    Assembly a = assemblies.assembly(assemblyId);
    if (a.getState() != AssemblyState.DRAFT) {
      throw new AssemblyException(null, "assembly.state.notDraft");
    }
    return weights(assemblyId, csv);
  }

  /**
   * Imports a file of raw weights, all or nothing: when any line is wrong nothing is stored.
   * Importing the same file again changes nothing. Requires CHAIR of the assembly; only in DRAFT.
   *
   * @return how many members' weights changed
   * @throws AssemblyException as {@link #previewWeights}, and {@code assembly.weights.hasErrors}
   */
  public int importWeights(long assemblyId, String csv) {
    access.requireAnyToSee("assembly", assemblyId, AssemblyGrants.chair(assemblyId));
    Assembly a = assemblies.lock(assemblyId);
    if (a.getState() != AssemblyState.DRAFT) {
      throw new AssemblyException(null, "assembly.state.notDraft");
    }
    WeightsPreview preview = weights(assemblyId, csv);
    if (preview.errors() > 0) {
      throw new AssemblyException("file", "assembly.weights.hasErrors", preview.errors());
    }
    int changed = 0;
    for (WeightLine l : preview.lines()) {
      if (!l.newWeight().equals(l.currentWeight())) {
        repo.rollEntryByNumber(assemblyId, l.memberNumber())
            .orElseThrow(() -> new IllegalStateException("checked above"))
            .weigh(l.newWeight());
        changed++;
      }
    }
    audit.record(
        AssemblyService.STREAM,
        "roll.weights-imported",
        "assembly",
        assemblyId,
        Map.of(
            "lines",
            Integer.toString(preview.lines().size()),
            "changed",
            Integer.toString(changed)),
        null);
    return changed;
  }

  private WeightsPreview weights(long assemblyId, String csv) {
    List<String[]> rows = WeightsFile.read(csv, MAX_WEIGHT_LINES);
    Map<String, RollEntry> byNumber = new java.util.HashMap<>();
    java.util.Set<String> numbers = new java.util.HashSet<>();
    for (String[] r : rows) {
      numbers.add(r[1].strip().toUpperCase(java.util.Locale.ROOT));
    }
    repo.rollEntriesByNumbers(assemblyId, numbers)
        .forEach(e -> byNumber.put(e.getMemberNumber().toUpperCase(java.util.Locale.ROOT), e));
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<WeightLine> lines = new ArrayList<>();
    int changes = 0;
    int errors = 0;
    for (String[] r : rows) {
      int line = Integer.parseInt(r[0]);
      String number = r[1].strip().toUpperCase(java.util.Locale.ROOT);
      RollEntry e = byNumber.get(number);
      String error = null;
      List<String> args = List.of();
      String weight = null;
      if (e == null) {
        error = "assembly.weights.unknownMember";
        args = List.of(r[1].strip());
      } else if (!seen.add(number)) {
        error = "assembly.weights.duplicate";
        args = List.of(r[1].strip());
      } else {
        try {
          weight = rawWeight(r[2], "file");
        } catch (AssemblyException ex) {
          error = "assembly.weight.invalid";
        }
      }
      if (error != null) {
        errors++;
      } else if (!weight.equals(e.getRawWeight())) {
        changes++;
      }
      lines.add(
          new WeightLine(
              line,
              e == null ? r[1].strip() : e.getMemberNumber(),
              e == null ? "" : e.getDisplayName(),
              e == null ? null : e.getRawWeight(),
              weight == null ? r[2].strip() : weight,
              error,
              args));
    }
    return new WeightsPreview(lines, changes, errors);
  }

  /**
   * A raw weight as typed: an exact number of 0 or more, as the tally writes it.
   *
   * @throws AssemblyException {@code assembly.weight.invalid} at {@code field}
   */
  static String rawWeight(String text, String field) {
    try {
      Fraction f = Fraction.parse(text == null ? "" : text.strip().replace(',', '.'));
      if (f.signum() < 0 || f.toString().length() > 40) {
        throw new AssemblyException(field, "assembly.weight.invalid");
      }
      return f.toString();
    } catch (NumberFormatException e) {
      throw new AssemblyException(field, "assembly.weight.invalid");
    }
  }

  static RollLine line(RollEntry e) {
    return new RollLine(
        e.getMemberId(),
        e.getMemberNumber(),
        e.getDisplayName(),
        e.getMemberClass(),
        e.getKind(),
        e.getRawWeight(),
        e.getStatusAt(),
        e.getStanding(),
        e.isEligible(),
        e.getReason(),
        e.isOverridden());
  }

  private ObjectionRow objectionRow(Objection o) {
    return objectionRow(o, 0);
  }

  private ObjectionRow objectionRow(Objection o, int approvalCount) {
    RollEntry e = repo.rollEntry(o.getAssemblyId(), o.getMemberId()).orElse(null);
    return new ObjectionRow(
        o.getId(),
        o.getAssemblyId(),
        o.getMemberId(),
        e == null ? "" : e.getMemberNumber(),
        e == null ? "" : e.getDisplayName(),
        o.getAbout().name(),
        o.getClaim(),
        o.getAskedWeight(),
        o.getState().name(),
        o.getRaisedAt(),
        o.getDecisionNote(),
        approvalCount);
  }
}
