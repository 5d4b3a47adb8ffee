package coop.spokes.contribution.service;

import coop.spokes.contribution.infra.PaymentRepository;
import coop.spokes.contribution.infra.ScheduleRepository;
import coop.spokes.contribution.infra.StandingRepository;
import coop.spokes.contribution.model.Band;
import coop.spokes.contribution.model.CountryBand;
import coop.spokes.contribution.model.DeclaredBand;
import coop.spokes.contribution.model.FiscalCalendar;
import coop.spokes.contribution.model.Standing;
import coop.spokes.contribution.model.StandingLevel;
import coop.spokes.contribution.model.YearTerms;
import coop.spokes.custodian.service.CustodianService;
import coop.spokes.custodian.service.CustodianSummary;
import coop.spokes.membership.service.MemberFacts;
import coop.spokes.membership.service.MemberFactsService;
import coop.spokes.membership.service.MemberMovedOut;
import coop.spokes.membership.service.MembersJoined;
import coop.spokes.platform.NotFoundException;
import coop.spokes.platform.i18n.SortKeys;
import coop.spokes.platform.persistence.PageRequest;
import coop.spokes.platform.persistence.PageResult;
import coop.spokes.platform.security.Access;
import coop.spokes.timesheet.service.VolunteerHoursApproved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Members' standing per fiscal year: explained for one member (now, or as known at a date, for
 * assemblies' record dates), and listed for a custodian's members from the last computation, which
 * is refreshed for a member whenever their money changes and for a whole custodian on demand.
 *
 * <p>Validated gift hours come from the timesheet; resource credits enter the computation when the
 * node context lands (until then they count zero).
 */
@ApplicationScoped
@Transactional
public class StandingService {
  /** Members computed per round of queries in a full recomputation. */
  private static final int BATCH = 2000;

  @Inject Access access;
  @Inject PaymentRepository payments;
  @Inject ScheduleRepository schedule;
  @Inject StandingRepository standings;
  @Inject MemberFactsService members;
  @Inject CustodianService custodians;
  @Inject ScheduleService schedules;
  @Inject coop.spokes.timesheet.service.HoursService hours;
  @Inject coop.spokes.contribution.infra.ResourceRepository resources;
  @Inject StandingsAtQuery standingsAt;
  @Inject Clock clock;

  /**
   * A member's standing for a fiscal year, as known now, with every figure. Requires the member
   * themself, or ADMIN, CUSTODIAN_MANAGER or TREASURER of their custodian.
   */
  public StandingView standing(long memberId, int year) {
    access.requireSignedIn();
    MemberFacts m = member(memberId);
    access.requireAnyToSee(
        "member", memberId, ContributionGrants.moneyOrSelf(m.custodianId(), memberId));
    return view(m, year, OffsetDateTime.now(clock));
  }

  /** The current fiscal year of a member's custodian. Same access as {@link #standing}. */
  public int currentYearOf(long memberId) {
    access.requireSignedIn();
    MemberFacts m = member(memberId);
    access.requireAnyToSee(
        "member", memberId, ContributionGrants.moneyOrSelf(m.custodianId(), memberId));
    return calendar(m.custodianId()).yearOf(LocalDate.now(clock));
  }

  /**
   * A member's standing for a fiscal year counting only what was recorded by the end of {@code
   * date} (UTC): the assembly context asks it for a record date. Internal: only services call it.
   */
  public StandingAt standingAtInternal(long memberId, int year, LocalDate date) {
    access.permitInternal();
    MemberFacts m = member(memberId);
    return StandingsAtQuery.standingAt(m, bandOf(m), compute(m, year, endOf(date)));
  }

  /**
   * A page of the standings of a custodian's members for a fiscal year as known at the end of
   * {@code date} (UTC), each what {@link #standingAtInternal} answers for that member: the roll of
   * an assembly on its record date. The members are those the custodian had admitted by that date
   * and still holds, in the order and pages of {@link MemberFactsService#pageOfCustodianInternal},
   * so a page here matches the same page of membership's statuses at that date. Computed from sums
   * the database makes for the whole page at once (see {@link StandingsAtQuery}); pages of up to
   * {@link PageRequest#MAX_INTERNAL_SIZE}. Internal: only services call it.
   */
  public PageResult<StandingAt> standingsAtInternal(
      long custodianId, int fiscalYear, LocalDate date, PageRequest page) {
    access.permitInternal();
    custodian(custodianId);
    PageResult<MemberFacts> facts = members.pageOfCustodianInternal(custodianId, date, page);
    return new PageResult<>(
        standingsAt.of(facts.items(), custodianId, fiscalYear, date), facts.total());
  }

  /** The last instant of {@code date} in UTC: what was known "by that date". */
  static OffsetDateTime endOf(LocalDate date) {
    return date.atTime(LocalTime.MAX).atOffset(ZoneOffset.UTC);
  }

  /**
   * Recomputes a member's line in their custodian's standing list for a year (after a payment or a
   * validation). Internal: only services call it.
   */
  public void refreshInternal(long memberId, int year) {
    access.permitInternal();
    refreshLine(member(memberId), year);
  }

  /**
   * Recomputes a member's line in their custodian's list of a year, when that list was computed
   * (one never computed is computed in full on first view). The line is locked before the standing
   * is computed, so two changes for one member at once are applied one after the other.
   */
  private void refreshLine(MemberFacts m, int year) {
    if (!standings.computed(m.custodianId(), year)) {
      return;
    }
    boolean exists = standings.lockLine(m.custodianId(), year, m.id());
    OffsetDateTime now = OffsetDateTime.now(clock);
    standings.write(m.custodianId(), year, line(m, compute(m, year, now)), now, exists);
  }

  /**
   * Brings the standing lines of a person's memberships up to date when volunteer hours of theirs
   * are approved (in that transaction), for the fiscal year of each custodian that holds the day.
   */
  void onVolunteerHoursApproved(@Observes VolunteerHoursApproved approved) {
    for (MemberFacts m : members.ofAccountInternal(approved.userId())) {
      refreshLine(m, calendar(m.custodianId()).yearOf(approved.day()));
    }
  }

  /**
   * Keeps a custodian's standing lists in step with its register: a member admitted or moved in
   * gets their line in the current year's list (when that list was computed); an import, which may
   * bring thousands at once, leaves every list of the custodian to be computed again on first view.
   */
  void onMembersJoined(@Observes MembersJoined joined) {
    if (joined.imported()) {
      standings.clearAll(joined.custodianId());
      return;
    }
    int year = calendar(joined.custodianId()).yearOf(LocalDate.now(clock));
    for (long memberId : joined.memberIds()) {
      refreshLine(member(memberId), year);
    }
  }

  /** A member who moved away leaves the current year's list of the custodian they left. */
  void onMemberMovedOut(@Observes MemberMovedOut moved) {
    int year = calendar(moved.custodianId()).yearOf(LocalDate.now(clock));
    standings.remove(moved.custodianId(), year, moved.memberId());
  }

  /**
   * Recomputes the standing of every member of a custodian for a year. Requires ADMIN, or
   * CUSTODIAN_MANAGER or TREASURER of that custodian.
   *
   * @return how many members were computed
   */
  public int recompute(long custodianId, int year) {
    access.requireAny(ContributionGrants.moneyOf(custodianId));
    return compute(custodianId, year);
  }

  /**
   * Computes the standing list of a custodian's year unless it was computed already (by another
   * request meanwhile, too: the check waits for it). Same access as {@link #recompute}.
   *
   * @return whether it was computed now
   */
  public boolean computeIfNever(long custodianId, int year) {
    access.requireAny(ContributionGrants.moneyOf(custodianId));
    custodians.lockInternal(custodianId);
    if (standings.computed(custodianId, year)) {
      return false;
    }
    compute(custodianId, year);
    return true;
  }

  /** {@link #recompute} for the yearly jobs. Internal: only services call it. */
  public int recomputeInternal(long custodianId, int year) {
    access.permitInternal();
    return compute(custodianId, year);
  }

  /** Clears and writes the list, one computation of a custodian at a time. */
  private int compute(long custodianId, int year) {
    custodian(custodianId);
    custodians.lockInternal(custodianId);
    OffsetDateTime now = OffsetDateTime.now(clock);
    Map<String, ScheduleService.Asked> asked = schedules.suggestionsInternal(custodianId, year);
    Optional<YearTerms> rates = schedule.findYear(custodianId, year);
    Map<String, Band> countryBands = new HashMap<>();
    for (CountryBand b : schedule.countryBands()) {
      countryBands.put(b.getCountry(), b.getBand());
    }
    standings.clear(custodianId, year);
    List<MemberFacts> batch = new ArrayList<>();
    int[] count = {0};
    Runnable flush =
        () -> {
          List<StandingRepository.Line> lines =
              bulkLines(batch, custodianId, year, asked, rates, countryBands);
          standings.addAll(custodianId, year, lines, now);
          count[0] += lines.size();
          batch.clear();
        };
    members.forEachOfCustodianInternal(
        custodianId,
        m -> {
          batch.add(m);
          if (batch.size() == BATCH) {
            flush.run();
          }
        });
    flush.run();
    return count[0];
  }

  /**
   * A page of a custodian's members by standing for a year, as last computed, filtered by level and
   * name or number. Same access as {@link #recompute}.
   */
  public PageResult<StandingRow> list(
      long custodianId, int year, StandingLevel level, String text, PageRequest page) {
    access.requireAny(ContributionGrants.moneyOf(custodianId));
    List<StandingRow> rows =
        standings
            .page(
                custodianId,
                year,
                level,
                text,
                page.sortField(),
                page.ascending(),
                page.first(),
                page.size())
            .stream()
            .map(
                s ->
                    new StandingRow(
                        s.line().memberId(),
                        s.line().memberNumber(),
                        s.line().displayName(),
                        s.line().level(),
                        s.line().percent(),
                        s.line().total(),
                        s.line().suggested(),
                        s.computedAt()))
            .toList();
    return new PageResult<>(rows, standings.count(custodianId, year, level, text));
  }

  /**
   * When the list of a custodian's year was last computed in full. Same access as {@link #list}.
   */
  public Optional<OffsetDateTime> computedAt(long custodianId, int year) {
    access.requireAny(ContributionGrants.moneyOf(custodianId));
    return standings.computedAt(custodianId, year);
  }

  private List<StandingRepository.Line> bulkLines(
      List<MemberFacts> batch,
      long custodianId,
      int year,
      Map<String, ScheduleService.Asked> asked,
      Optional<YearTerms> rates,
      Map<String, Band> countryBands) {
    if (batch.isEmpty()) {
      return List.of();
    }
    Map<Long, Map<Long, BigDecimal>> paidByCustodian =
        payments.sumsByCustodian(year, batch.stream().map(MemberFacts::id).toList());
    FiscalCalendar cal = calendar(custodianId);
    Map<Long, Long> gift =
        hours.giftMinutesInternal(
            batch.stream().map(MemberFacts::id).toList(),
            cal.start(year),
            cal.end(year),
            OffsetDateTime.now(clock));
    Map<Long, Map<Long, BigDecimal[]>> lent =
        resources.approved(
            batch.stream().map(MemberFacts::id).toList(), year, OffsetDateTime.now(clock));
    Map<Long, Band> declared = new HashMap<>();
    for (DeclaredBand d : schedule.declaredBands(batch.stream().map(MemberFacts::id).toList())) {
      declared.put(d.getMemberId(), d.getBand());
    }

    List<StandingRepository.Line> out = new ArrayList<>(batch.size());
    BigDecimal hourRate = rates.map(YearTerms::getHourRate).orElse(BigDecimal.ZERO);
    String currency = custodian(custodianId).currency();
    for (MemberFacts m : batch) {
      Band band =
          declared.getOrDefault(
              m.id(), countryBands.getOrDefault(m.country(), BandService.DEFAULT_BAND));
      ScheduleService.Asked s = asked.get(ScheduleService.key(m.memberClass(), m.kind(), band));
      List<Standing.Part> parts = new ArrayList<>();
      parts.add(
          new Standing.Part(
              custodianId,
              currency,
              s == null ? BigDecimal.ZERO : s.amount(),
              s == null ? null : s.hoursAlternative(),
              paidByCustodian
                  .getOrDefault(m.id(), Map.of())
                  .getOrDefault(custodianId, BigDecimal.ZERO),
              gift.getOrDefault(m.id(), 0L),
              hourRate,
              resourcesValue(
                  lent.getOrDefault(m.id(), Map.of()).get(custodianId),
                  rates.map(YearTerms::getResourceRate).orElse(BigDecimal.ZERO))));
      paidByCustodian
          .getOrDefault(m.id(), Map.of())
          .forEach(
              (c, sum) -> {
                if (c != custodianId) {
                  parts.add(
                      part(m, c, year, band, sum, 0, lent.getOrDefault(m.id(), Map.of()).get(c)));
                }
              });
      out.add(line(m, Standing.of(parts)));
    }
    return out;
  }

  private Standing compute(MemberFacts m, int year, OffsetDateTime asOf) {
    Band band = bandOf(m);
    Map<Long, BigDecimal> sums = new HashMap<>(payments.sumsOfMember(m.id(), year, asOf));
    Map<Long, BigDecimal[]> lent =
        resources.approved(List.of(m.id()), year, asOf).getOrDefault(m.id(), Map.of());
    lent.keySet().forEach(c -> sums.putIfAbsent(c, BigDecimal.ZERO));
    sums.putIfAbsent(m.custodianId(), BigDecimal.ZERO);
    long gift = giftMinutes(m, year, asOf);
    List<Standing.Part> parts = new ArrayList<>();
    sums.forEach(
        (c, sum) ->
            parts.add(part(m, c, year, band, sum, c == m.custodianId() ? gift : 0, lent.get(c))));
    parts.sort(java.util.Comparator.comparing(p -> p.custodianId() == m.custodianId() ? 0 : 1));
    return Standing.of(parts);
  }

  /**
   * The validated volunteer minutes logged for this membership in its custodian's fiscal year,
   * known by asOf (never those its person logged for another membership).
   */
  private long giftMinutes(MemberFacts m, int year, OffsetDateTime asOf) {
    FiscalCalendar cal = calendar(m.custodianId());
    return hours
        .giftMinutesInternal(List.of(m.id()), cal.start(year), cal.end(year), asOf)
        .getOrDefault(m.id(), 0L);
  }

  private Standing.Part part(
      MemberFacts m,
      long custodianId,
      int year,
      Band band,
      BigDecimal paid,
      long giftMinutes,
      BigDecimal[] lent) {
    ScheduleService.Asked asked =
        schedules.askedInternal(custodianId, year, m.memberClass(), m.kind(), band);
    return new Standing.Part(
        custodianId,
        custodian(custodianId).currency(),
        asked.amount(),
        asked.hoursAlternative(),
        paid,
        giftMinutes,
        asked.hourRate(),
        resourcesValue(lent, asked.resourceRate()));
  }

  /** Participant-hours × the year's rate, plus declared values ({@code lent} may be null). */
  static BigDecimal resourcesValue(BigDecimal[] lent, BigDecimal rate) {
    if (lent == null) {
      return BigDecimal.ZERO;
    }
    return lent[0].multiply(rate).setScale(4, java.math.RoundingMode.DOWN).add(lent[1]);
  }

  private StandingView view(MemberFacts m, int year, OffsetDateTime asOf) {
    Standing s = compute(m, year, asOf);
    FiscalCalendar cal = calendar(m.custodianId());
    return new StandingView(
        m.id(),
        m.memberNumber(),
        m.displayName(),
        year,
        cal.label(year),
        m.memberClass(),
        m.kind(),
        bandOf(m),
        s.level(),
        s.percent(),
        s.parts().stream()
            .map(
                p ->
                    new StandingView.PartView(
                        p.custodianId(),
                        custodian(p.custodianId()).name(),
                        p.currency(),
                        p.suggested(),
                        p.hoursAlternative(),
                        p.money(),
                        p.giftHours(),
                        p.hourRate(),
                        p.hoursValue(),
                        p.resources(),
                        p.total()))
            .toList());
  }

  private static StandingRepository.Line line(MemberFacts m, Standing s) {
    Standing.Part own = s.parts().get(0);
    return new StandingRepository.Line(
        m.id(),
        m.memberNumber(),
        m.displayName(),
        SortKeys.of(m.displayName()),
        s.level(),
        s.percent(),
        own.total(),
        own.suggested());
  }

  private Band bandOf(MemberFacts m) {
    return schedule
        .declaredBand(m.id())
        .map(DeclaredBand::getBand)
        .orElseGet(
            () ->
                schedule
                    .countryBand(m.country())
                    .map(CountryBand::getBand)
                    .orElse(BandService.DEFAULT_BAND));
  }

  private FiscalCalendar calendar(long custodianId) {
    return schedule.calendar(custodianId);
  }

  private MemberFacts member(long memberId) {
    return members
        .findInternal(memberId)
        .orElseThrow(() -> new NotFoundException("member", memberId));
  }

  private CustodianSummary custodian(long id) {
    return custodians.findPublic(id).orElseThrow(() -> new NotFoundException("custodian", id));
  }
}
