package coop.spokes.assembly.service;

import coop.spokes.assembly.infra.AssemblyRepository;
import coop.spokes.assembly.infra.TallyDocuments;
import coop.spokes.assembly.model.Assembly;
import coop.spokes.assembly.model.AssemblyException;
import coop.spokes.assembly.model.AssemblyMotion;
import coop.spokes.assembly.model.AssemblySchedule;
import coop.spokes.assembly.model.AssemblyState;
import coop.spokes.assembly.tally.Fraction;
import coop.spokes.assembly.tally.Motion;
import coop.spokes.assembly.tally.Scheme;
import coop.spokes.assembly.tally.WhatIf;
import coop.spokes.audit.service.AuditService;
import coop.spokes.identity.service.AccountService;
import coop.spokes.identity.service.AccountSummary;
import coop.spokes.identity.service.RoleGrantService;
import coop.spokes.platform.NotFoundException;
import coop.spokes.platform.persistence.PageRequest;
import coop.spokes.platform.persistence.PageResult;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Grant;
import coop.spokes.platform.security.Role;
import coop.spokes.platform.security.ScopeDirectory;
import coop.spokes.platform.security.ScopeType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Setting up an assembly: admins create it and appoint its chairs; its chairs describe and schedule
 * it, choose the weighting scheme, write the agenda, and before convening see what one voter of
 * each class would weigh at chosen turnouts. Running it is {@link ChairService}'s.
 */
@ApplicationScoped
@Transactional
public class AssemblyService implements ScopeDirectory {
  static final String STREAM = "assembly";

  @Inject Access access;
  @Inject AssemblyRepository repo;
  @Inject AuditService audit;
  @Inject AccountService accounts;
  @Inject RoleGrantService grants;
  @Inject Clock clock;

  /**
   * Creates an assembly in DRAFT, one member one vote until its chairs choose otherwise. Requires
   * ADMIN.
   *
   * @throws AssemblyException at the field at fault
   */
  public AssemblyRow create(String title, AssemblySchedule schedule) {
    access.requireAny(Grant.admin());
    Assembly a =
        new Assembly(
            title,
            SchemeJson.scheme(SchemeSettings.oneMemberOneVote()),
            schedule,
            OffsetDateTime.now(clock));
    repo.add(a);
    repo.flush();
    audit.record(
        STREAM, "assembly.created", "assembly", a.getId(), Map.of("title", a.getTitle()), null);
    return row(a);
  }

  /**
   * The assemblies an admin sees (all) or a chair chairs, latest first. Requires ADMIN or CHAIR of
   * any assembly.
   */
  public PageResult<AssemblyRow> list(PageRequest page) {
    if (access.hasAny(Grant.admin())) {
      return new PageResult<>(
          repo.assemblies(null, page.first(), page.size()).stream()
              .map(AssemblyService::row)
              .toList(),
          repo.countAssemblies(null));
    }
    access.requireRole(Role.CHAIR);
    List<Long> mine = chaired();
    return new PageResult<>(
        repo.assemblies(mine, page.first(), page.size()).stream()
            .map(AssemblyService::row)
            .toList(),
        repo.countAssemblies(mine));
  }

  /** The assemblies the caller chairs, by id (for dashboards and menus). Requires signing in. */
  public List<AssemblyRow> chairedByMe() {
    access.requireSignedIn();
    return repo.assemblies(chaired(), 0, 50).stream().map(AssemblyService::row).toList();
  }

  private List<Long> chaired() {
    return access.grantsOf(Role.CHAIR).stream()
        .filter(g -> !g.scope().isAll())
        .map(g -> g.scope().id())
        .toList();
  }

  /** One assembly's set-up. Requires ADMIN or CHAIR of it. */
  public AssemblyView view(long assemblyId) {
    access.requireAnyToSee("assembly", assemblyId, AssemblyGrants.chairOrAdmin(assemblyId));
    Assembly a = assembly(assemblyId);
    return view(a);
  }

  /**
   * Appoints the holder of {@code email}'s account as a chair. Requires ADMIN.
   *
   * @throws AssemblyException {@code assembly.chair.noAccount} at {@code chairEmail}
   */
  public void appointChair(long assemblyId, String email) {
    access.requireAny(Grant.admin());
    assembly(assemblyId);
    long account =
        accounts
            .findIdInternal(email == null ? "" : email.strip())
            .orElseThrow(() -> new AssemblyException("chairEmail", "assembly.chair.noAccount"));
    grants.grantInternal(account, AssemblyGrants.chair(assemblyId));
  }

  /** Removes a chair. Requires ADMIN. */
  public void removeChair(long assemblyId, long accountId) {
    access.requireAny(Grant.admin());
    assembly(assemblyId);
    grants.revokeInternal(accountId, AssemblyGrants.chair(assemblyId));
  }

  /**
   * Changes what the notice says and when things happen. Requires CHAIR of it; only in DRAFT.
   *
   * @throws AssemblyException at the field at fault
   */
  public AssemblyView change(
      long assemblyId, String title, String description, String place, AssemblySchedule s) {
    access.requireAnyToSee("assembly", assemblyId, AssemblyGrants.chair(assemblyId));
    Assembly a = lock(assemblyId);
    a.describe(title, description, place);
    a.schedule(s);
    audit.record(
        STREAM,
        "assembly.changed",
        "assembly",
        assemblyId,
        Map.of(
            "title", a.getTitle(),
            "recordDate", a.getRecordDate().toString(),
            "firstCall", a.getFirstCallAt().toString(),
            "notice", Integer.toString(a.getNoticeDays())),
        null);
    return view(a);
  }

  /**
   * Sets the weighting scheme. Requires CHAIR of it; only in DRAFT.
   *
   * @throws AssemblyException at the field at fault, or {@code assembly.scheme.invalid}
   */
  public AssemblyView setScheme(long assemblyId, SchemeSettings settings) {
    access.requireAnyToSee("assembly", assemblyId, AssemblyGrants.chair(assemblyId));
    Assembly a = lock(assemblyId);
    String json = SchemeJson.scheme(settings);
    a.useScheme(json);
    for (AssemblyMotion m : repo.motions(assemblyId)) {
      checkAgainstScheme(SchemeJson.readScheme(json), SchemeJson.readMotion(m.getRules()));
    }
    audit.record(STREAM, "assembly.scheme", "assembly", assemblyId, Map.of("scheme", json), null);
    return view(a);
  }

  /**
   * Adds a motion at the end of the agenda. Requires CHAIR of it; only in DRAFT.
   *
   * @throws AssemblyException at the field at fault
   */
  public MotionRow addMotion(long assemblyId, MotionSettings settings) {
    access.requireAnyToSee("assembly", assemblyId, AssemblyGrants.chair(assemblyId));
    Assembly a = lock(assemblyId);
    requireDraft(a);
    String rules = SchemeJson.motion(settings);
    checkAgainstScheme(SchemeJson.readScheme(a.getScheme()), SchemeJson.readMotion(rules));
    int position =
        repo.motions(assemblyId).stream().mapToInt(AssemblyMotion::getPosition).max().orElse(0) + 1;
    AssemblyMotion m =
        new AssemblyMotion(
            assemblyId,
            position,
            settings.title(),
            settings.body(),
            rules,
            settings.secret(),
            settings.changeable());
    repo.add(m);
    repo.flush();
    audit.record(
        STREAM,
        "motion.added",
        "motion",
        m.getId(),
        Map.of("assembly", Long.toString(assemblyId), "title", m.getTitle(), "rules", rules),
        null);
    return motionRow(m);
  }

  /**
   * Changes a motion. Requires CHAIR of its assembly; only in DRAFT.
   *
   * @throws AssemblyException at the field at fault
   */
  public MotionRow changeMotion(long motionId, MotionSettings settings) {
    access.requireSignedIn();
    AssemblyMotion m = motion(motionId);
    Assembly a = lock(m.getAssemblyId());
    access.requireAnyToSee("motion", motionId, AssemblyGrants.chair(a.getId()));
    requireDraft(a);
    String rules = SchemeJson.motion(settings);
    checkAgainstScheme(SchemeJson.readScheme(a.getScheme()), SchemeJson.readMotion(rules));
    m.change(settings.title(), settings.body(), rules, settings.secret(), settings.changeable());
    audit.record(
        STREAM,
        "motion.changed",
        "motion",
        motionId,
        Map.of("title", m.getTitle(), "rules", rules),
        null);
    return motionRow(m);
  }

  /** Removes a motion from the agenda. Requires CHAIR of its assembly; only in DRAFT. */
  public void removeMotion(long motionId) {
    access.requireSignedIn();
    AssemblyMotion m = motion(motionId);
    Assembly a = lock(m.getAssemblyId());
    access.requireAnyToSee("motion", motionId, AssemblyGrants.chair(a.getId()));
    requireDraft(a);
    repo.remove(m);
    audit.record(STREAM, "motion.removed", "motion", motionId, Map.of("title", m.getTitle()), null);
  }

  /**
   * What one voter of each class would weigh if each class turned out as given (class code →
   * fraction of its eligible members voting), from the roll's eligible members. Requires CHAIR of
   * it.
   *
   * @throws AssemblyException {@code assembly.roll.notBuilt}, {@code assembly.fraction.invalid} at
   *     {@code turnout<CLASS>}
   */
  public Map<String, WhatIf.ClassWeight> whatIf(long assemblyId, Map<String, String> turnouts) {
    access.requireAnyToSee("assembly", assemblyId, AssemblyGrants.chair(assemblyId));
    Assembly a = assembly(assemblyId);
    if (a.getRollBuiltAt() == null) {
      throw new AssemblyException(null, "assembly.roll.notBuilt");
    }
    Scheme scheme = SchemeJson.readScheme(a.getScheme());
    Map<String, Map<String, Long>> roll = repo.eligibleByClassAndKind(assemblyId);
    Map<String, coop.spokes.assembly.tally.Electorate.ClassRoll> classes = new LinkedHashMap<>();
    roll.forEach(
        (c, kinds) -> {
          Map<String, Long> byKind = new LinkedHashMap<>();
          kinds.forEach((k, n) -> byKind.put(TallyDocuments.name(k), n));
          long heads = byKind.values().stream().mapToLong(Long::longValue).sum();
          classes.put(
              TallyDocuments.name(c),
              new coop.spokes.assembly.tally.Electorate.ClassRoll(heads, null, byKind));
        });
    Map<String, Fraction> at = new LinkedHashMap<>();
    turnouts.forEach(
        (c, t) ->
            at.put(TallyDocuments.name(c), Fraction.parse(SchemeJson.fraction(t, "turnout" + c))));
    try {
      return WhatIf.at(
          scheme,
          new coop.spokes.assembly.tally.Electorate(classes, List.of()),
          SchemeJson.readMotion(SchemeJson.motion(MotionSettings.simpleMajority("what-if", null))),
          at);
    } catch (coop.spokes.assembly.tally.InvalidTallyException e) {
      throw new AssemblyException(
          null, "assembly.scheme.invalid", e.reason(java.util.Locale.ENGLISH));
    }
  }

  // ---- ScopeDirectory: the users page names assemblies when granting CHAIR ---------------------

  @Override
  public ScopeType type() {
    access.permitPublic();
    return ScopeType.ASSEMBLY;
  }

  @Override
  public List<ScopeChoice> choices() {
    access.permitPublic();
    return repo.assemblies(null, 0, 200).stream()
        .map(a -> new ScopeChoice(a.getId(), a.getTitle()))
        .toList();
  }

  @Override
  public Optional<String> label(long id) {
    access.permitPublic();
    return repo.assembly(id).map(Assembly::getTitle);
  }

  // ---- Helpers shared with the other services of the context ---------------------------------

  Assembly assembly(long id) {
    return repo.assembly(id).orElseThrow(() -> new NotFoundException("assembly", id));
  }

  Assembly lock(long id) {
    return repo.lockAssembly(id).orElseThrow(() -> new NotFoundException("assembly", id));
  }

  AssemblyMotion motion(long id) {
    return repo.motion(id).orElseThrow(() -> new NotFoundException("motion", id));
  }

  private static void requireDraft(Assembly a) {
    if (a.getState() != AssemblyState.DRAFT) {
      throw new AssemblyException(null, "assembly.state.notDraft");
    }
  }

  /** A double majority or a class named must be a class of the scheme's shares, if it has any. */
  private static void checkAgainstScheme(Scheme scheme, Motion motion) {
    if (scheme.classShares() == null) {
      return;
    }
    for (String c : motion.doubleMajority()) {
      if (!scheme.classShares().shares().containsKey(c)) {
        throw new AssemblyException("doubleMajority", "assembly.motion.doubleMajority.invalid");
      }
    }
  }

  AssemblyView view(Assembly a) {
    List<AccountSummary> chairs = grants.holdersInternal(AssemblyGrants.chair(a.getId()));
    List<MotionRow> motions =
        repo.motions(a.getId()).stream().map(AssemblyService::motionRow).toList();
    return new AssemblyView(
        row(a),
        a.getDescription(),
        a.getPlace(),
        schedule(a),
        SchemeJson.settings(a.getScheme()),
        SchemeWords.of(SchemeJson.readScheme(a.getScheme())),
        motions,
        chairs,
        a.getRollBuiltAt(),
        a.getObjectionsUntil(),
        a.getConvenedAt(),
        a.noticeRunsOutAt(),
        a.getAuditHeadHash());
  }

  static AssemblySchedule schedule(Assembly a) {
    return new AssemblySchedule(
        a.getTimeZone(),
        a.getRecordDate(),
        a.getFirstCallAt(),
        a.getSecondCallAt(),
        a.getOpensAt(),
        a.getClosesAt(),
        a.getNoticeDays(),
        a.isPartialStanding(),
        a.isYearBeforeCounts(),
        a.getProxyLimit(),
        a.isPrincipalOverrides(),
        a.getApprovalsRequired());
  }

  static AssemblyRow row(Assembly a) {
    return new AssemblyRow(
        a.getId(),
        a.getTitle(),
        a.getState().name(),
        a.getRecordDate(),
        a.getFirstCallAt(),
        a.getOpensAt(),
        a.getClosesAt(),
        a.getTimeZone().getId());
  }

  static MotionRow motionRow(AssemblyMotion m) {
    Motion rules = SchemeJson.readMotion(m.getRules());
    return new MotionRow(
        m.getId(),
        m.getAssemblyId(),
        m.getPosition(),
        m.getTitle(),
        m.getBody(),
        m.getState().name(),
        SchemeJson.motionSettings(
            m.getRules(), m.getTitle(), m.getBody(), m.isSecret(), m.isChangeable()),
        m.getCallNumber(),
        m.getOpenedAt(),
        m.getClosedAt(),
        m.getResult(),
        new ArrayList<>(rules.options()));
  }
}
