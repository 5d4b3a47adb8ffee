package coop.spokes.contribution.service;

import coop.spokes.audit.service.AuditService;
import coop.spokes.contribution.infra.ScheduleRepository;
import coop.spokes.contribution.model.Band;
import coop.spokes.contribution.model.ContributionException;
import coop.spokes.contribution.model.FiscalCalendar;
import coop.spokes.contribution.model.Suggestion;
import coop.spokes.contribution.model.YearTerms;
import coop.spokes.custodian.service.CustodianService;
import coop.spokes.custodian.service.CustodianSummary;
import coop.spokes.membership.service.MemberFacts;
import coop.spokes.platform.NotFoundException;
import coop.spokes.platform.security.Access;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A custodian's contribution schedule: the month its fiscal year starts, and per fiscal year the
 * suggested contribution for every class, kind and solidarity band (with an optional hours
 * alternative) and the rates that value gift hours and server capacity. Its managers and treasurers
 * (and admins) read and change it.
 */
@ApplicationScoped
@Transactional
public class ScheduleService {
  static final String STREAM = "contribution";

  @Inject Access access;
  @Inject ScheduleRepository schedule;
  @Inject CustodianService custodians;
  @Inject AuditService audit;
  @Inject Clock clock;

  /**
   * The schedule of a custodian for a fiscal year, every class × kind × band line included.
   * Requires ADMIN, or CUSTODIAN_MANAGER or TREASURER of that custodian.
   */
  public ScheduleView schedule(long custodianId, int year) {
    access.requireAny(ContributionGrants.moneyOf(custodianId));
    return view(custodian(custodianId), year);
  }

  /** The fiscal year today falls in, for a custodian. Same access as {@link #schedule}. */
  public int currentYear(long custodianId) {
    access.requireAny(ContributionGrants.moneyOf(custodianId));
    return calendar(custodianId).yearOf(LocalDate.now(clock));
  }

  /**
   * Sets the month a custodian's fiscal year starts. Same access as {@link #schedule}.
   *
   * @throws ContributionException {@code contribution.settings.startMonth.invalid}
   */
  public void setStartMonth(long custodianId, int month) {
    access.requireAny(ContributionGrants.moneyOf(custodianId));
    custodian(custodianId);
    schedule.settings(custodianId).startYearIn(month);
    audit.record(
        STREAM,
        "schedule.start-month",
        "custodian",
        custodianId,
        Map.of("month", Integer.toString(month)),
        null);
  }

  /**
   * Saves a fiscal year's rates and suggestion lines together (all or nothing). Same access as
   * {@link #schedule}.
   *
   * @throws ContributionException {@code contribution.amount.invalid} at field {@code hourRate},
   *     {@code resourceRate} or {@code amount}, {@code contribution.hours.invalid}, {@code
   *     contribution.schedule.unknownLine}
   */
  public ScheduleView saveYear(
      long custodianId,
      int year,
      BigDecimal hourRate,
      BigDecimal resourceRate,
      List<SuggestionLine> lines) {
    access.requireAny(ContributionGrants.moneyOf(custodianId));
    CustodianSummary c = custodian(custodianId);
    if (year < 2000 || year > 2200) {
      throw new ContributionException("year", "contribution.schedule.year.invalid");
    }
    schedule.year(custodianId, year).rates(hourRate, resourceRate);
    for (SuggestionLine line : lines) {
      if (!MemberFacts.CLASSES.contains(line.memberClass())
          || !MemberFacts.KINDS.contains(line.kind())
          || line.band() == null) {
        throw new ContributionException(null, "contribution.schedule.unknownLine");
      }
      Suggestion s =
          schedule
              .suggestion(custodianId, year, line.memberClass(), line.kind(), line.band())
              .orElseGet(
                  () -> {
                    Suggestion fresh =
                        new Suggestion(
                            custodianId, year, line.memberClass(), line.kind(), line.band());
                    schedule.add(fresh);
                    return fresh;
                  });
      s.ask(line.amount() == null ? BigDecimal.ZERO : line.amount(), line.hoursAlternative());
    }
    audit.record(
        STREAM,
        "schedule.saved",
        "custodian",
        custodianId,
        Map.of("year", Integer.toString(year)),
        null);
    return view(c, year);
  }

  /** The currency a custodian keeps its accounts in. Internal: only services call it. */
  public String currencyInternal(long custodianId) {
    access.permitInternal();
    return custodian(custodianId).currency();
  }

  /**
   * The fiscal year of a custodian that {@code date} falls in, with its dates and label (an
   * assembly's record date, say). Internal: only services call it.
   */
  public FiscalYear fiscalYearInternal(long custodianId, LocalDate date) {
    access.permitInternal();
    FiscalCalendar cal = schedule.calendar(custodianId);
    int year = cal.yearOf(date);
    return new FiscalYear(custodianId, year, cal.label(year), cal.start(year), cal.end(year));
  }

  /**
   * A custodian's fiscal year {@code year}, with its dates and label (a budget's year, say).
   * Internal: only services call it.
   */
  public FiscalYear fiscalYearOfInternal(long custodianId, int year) {
    access.permitInternal();
    FiscalCalendar cal = schedule.calendar(custodianId);
    return new FiscalYear(custodianId, year, cal.label(year), cal.start(year), cal.end(year));
  }

  /**
   * What a custodian asks a member of {@code memberClass}, {@code kind} and {@code band} for a
   * year, and the rates of that year (zero when not set). Internal: only services call it.
   */
  public Asked askedInternal(
      long custodianId, int year, String memberClass, String kind, Band band) {
    access.permitInternal();
    Optional<Suggestion> s = schedule.suggestion(custodianId, year, memberClass, kind, band);
    Optional<YearTerms> t = schedule.findYear(custodianId, year);
    return new Asked(
        s.map(Suggestion::getAmount).orElse(BigDecimal.ZERO),
        s.map(Suggestion::getHoursAlternative).orElse(null),
        t.map(YearTerms::getHourRate).orElse(BigDecimal.ZERO),
        t.map(YearTerms::getResourceRate).orElse(BigDecimal.ZERO));
  }

  /**
   * What a participant-hour of lent server capacity is worth to a custodian in fiscal year {@code
   * year} (zero when not set), in its currency. Internal: only services call it.
   */
  public BigDecimal resourceRateInternal(long custodianId, int year) {
    access.permitInternal();
    return schedule
        .findYear(custodianId, year)
        .map(YearTerms::getResourceRate)
        .orElse(BigDecimal.ZERO);
  }

  /**
   * What a volunteer hour is worth to a custodian in fiscal year {@code year} (its valuation rate;
   * zero when not set), in its currency. Internal: only services call it.
   */
  public BigDecimal hourRateInternal(long custodianId, int year) {
    access.permitInternal();
    return schedule.findYear(custodianId, year).map(YearTerms::getHourRate).orElse(BigDecimal.ZERO);
  }

  /**
   * What a custodian asks for a year of every class, kind and band it set, by {@link #key}, with
   * the year's rates; a missing key asks nothing. Internal: only services call it.
   */
  public Map<String, Asked> suggestionsInternal(long custodianId, int year) {
    access.permitInternal();
    Optional<YearTerms> t = schedule.findYear(custodianId, year);
    BigDecimal hourRate = t.map(YearTerms::getHourRate).orElse(BigDecimal.ZERO);
    BigDecimal resourceRate = t.map(YearTerms::getResourceRate).orElse(BigDecimal.ZERO);
    Map<String, Asked> byKey = new java.util.HashMap<>();
    for (Suggestion s : schedule.suggestions(custodianId, year)) {
      byKey.put(
          key(s.getMemberClass(), s.getKind(), s.getBand()),
          new Asked(s.getAmount(), s.getHoursAlternative(), hourRate, resourceRate));
    }
    return byKey;
  }

  /** The key {@link #suggestionsInternal} uses. */
  static String key(String memberClass, String kind, Band band) {
    return memberClass + "/" + kind + "/" + band;
  }

  /** What a custodian asks for a year and its rates. */
  public record Asked(
      BigDecimal amount,
      BigDecimal hoursAlternative,
      BigDecimal hourRate,
      BigDecimal resourceRate) {}

  private FiscalCalendar calendar(long custodianId) {
    return schedule.calendar(custodianId);
  }

  private ScheduleView view(CustodianSummary c, int year) {
    FiscalCalendar cal = calendar(c.id());
    Map<String, Suggestion> existing = new java.util.HashMap<>();
    for (Suggestion s : schedule.suggestions(c.id(), year)) {
      existing.put(key(s.getMemberClass(), s.getKind(), s.getBand()), s);
    }
    List<SuggestionLine> lines = new ArrayList<>();
    for (String mc : MemberFacts.CLASSES) {
      for (String k : MemberFacts.KINDS) {
        for (Band b : Band.values()) {
          Suggestion s = existing.get(key(mc, k, b));
          lines.add(
              new SuggestionLine(
                  mc,
                  k,
                  b,
                  s == null ? BigDecimal.ZERO : s.getAmount(),
                  s == null ? null : s.getHoursAlternative()));
        }
      }
    }
    Optional<YearTerms> t = schedule.findYear(c.id(), year);
    return new ScheduleView(
        c.id(),
        c.currency(),
        cal.startMonth(),
        year,
        cal.label(year),
        cal.start(year),
        cal.end(year),
        t.map(YearTerms::getHourRate).orElse(BigDecimal.ZERO),
        t.map(YearTerms::getResourceRate).orElse(BigDecimal.ZERO),
        lines);
  }

  private CustodianSummary custodian(long custodianId) {
    return custodians
        .findPublic(custodianId)
        .orElseThrow(() -> new NotFoundException("custodian", custodianId));
  }
}
