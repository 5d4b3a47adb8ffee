package coop.spokes.contribution.service;

import coop.spokes.contribution.infra.PaymentRepository;
import coop.spokes.contribution.infra.ResourceRepository;
import coop.spokes.contribution.infra.ScheduleRepository;
import coop.spokes.contribution.model.Band;
import coop.spokes.contribution.model.CountryBand;
import coop.spokes.contribution.model.DeclaredBand;
import coop.spokes.contribution.model.FiscalCalendar;
import coop.spokes.contribution.model.Standing;
import coop.spokes.contribution.model.Suggestion;
import coop.spokes.contribution.model.YearTerms;
import coop.spokes.custodian.service.CustodianService;
import coop.spokes.membership.service.MemberFacts;
import coop.spokes.platform.NotFoundException;
import coop.spokes.timesheet.service.HoursService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The standings of a page of members at a date, computed from sums the database makes for the whole
 * page at once (payments and resources grouped by member and custodian, validated minutes by
 * member, declared bands), never member by member: an assembly reads a roll of 100,000 members this
 * way in seconds. The rule applied to the sums is the model's own ({@link Standing#of}), so each
 * line is what {@link StandingService#standingAtInternal} answers for that member alone. Only
 * {@link StandingService#standingsAtInternal} calls it, having decided the access.
 */
@ApplicationScoped
class StandingsAtQuery {
  @Inject PaymentRepository payments;
  @Inject ResourceRepository resources;
  @Inject ScheduleRepository schedule;
  @Inject HoursService hours;
  @Inject CustodianService custodians;

  /** The standing at the end of {@code date} (UTC) of each of {@code page}, in its order. */
  List<StandingAt> of(List<MemberFacts> page, long custodianId, int year, LocalDate date) {
    if (page.isEmpty()) {
      return List.of();
    }
    OffsetDateTime asOf = StandingService.endOf(date);
    List<Long> ids = page.stream().map(MemberFacts::id).toList();
    FiscalCalendar cal = schedule.calendar(custodianId);
    Map<Long, Map<Long, BigDecimal>> paid = payments.sumsOfMembers(ids, year, asOf);
    Map<Long, Map<Long, BigDecimal[]>> lent = resources.approved(ids, year, asOf);
    Map<Long, Long> gift = hours.giftMinutesInternal(ids, cal.start(year), cal.end(year), asOf);
    Bands bands = new Bands(ids);
    Asking asking = new Asking(year);
    List<StandingAt> out = new ArrayList<>(page.size());
    for (MemberFacts m : page) {
      Band band = bands.of(m);
      Map<Long, BigDecimal> sums = paid.getOrDefault(m.id(), Map.of());
      Map<Long, BigDecimal[]> lentTo = lent.getOrDefault(m.id(), Map.of());
      Set<Long> gaveTo = new LinkedHashSet<>();
      gaveTo.add(m.custodianId());
      gaveTo.addAll(sums.keySet());
      gaveTo.addAll(lentTo.keySet());
      List<Standing.Part> parts = new ArrayList<>(gaveTo.size());
      for (long c : gaveTo) {
        parts.add(
            asking.part(
                c,
                m,
                band,
                sums.getOrDefault(c, BigDecimal.ZERO),
                c == m.custodianId() ? gift.getOrDefault(m.id(), 0L) : 0,
                lentTo.get(c)));
      }
      out.add(standingAt(m, band, Standing.of(parts)));
    }
    return out;
  }

  /** The record of a standing whose first part is the member's own custodian's. */
  static StandingAt standingAt(MemberFacts m, Band band, Standing s) {
    Standing.Part own = s.parts().get(0);
    return new StandingAt(
        m.id(),
        m.memberNumber(),
        m.displayName(),
        m.memberClass(),
        m.kind(),
        band.name(),
        own.currency(),
        own.money(),
        own.giftMinutes(),
        own.resources(),
        own.suggested(),
        own.hoursAlternative(),
        own.total(),
        s.percent(),
        s.level().name(),
        s.level() == coop.spokes.contribution.model.StandingLevel.GOOD);
  }

  /** The band of each member of a page: declared, else their country's, else the default. */
  private final class Bands {
    private final Map<Long, Band> declared = new HashMap<>();
    private final Map<String, Band> countries = new HashMap<>();

    Bands(List<Long> ids) {
      for (DeclaredBand d : schedule.declaredBands(ids)) {
        declared.put(d.getMemberId(), d.getBand());
      }
      for (CountryBand b : schedule.countryBands()) {
        countries.put(b.getCountry(), b.getBand());
      }
    }

    Band of(MemberFacts m) {
      return declared.getOrDefault(
          m.id(), countries.getOrDefault(m.country(), BandService.DEFAULT_BAND));
    }
  }

  /** What each custodian asks in the year and its rates, read once per custodian. */
  private final class Asking {
    private final int year;
    private final Map<Long, Map<String, Suggestion>> suggestions = new HashMap<>();
    private final Map<Long, Optional<YearTerms>> terms = new HashMap<>();
    private final Map<Long, String> currencies = new HashMap<>();

    Asking(int year) {
      this.year = year;
    }

    /** What custodian {@code c} counts for {@code m}, as {@link StandingService} values it. */
    Standing.Part part(
        long c, MemberFacts m, Band band, BigDecimal money, long giftMinutes, BigDecimal[] lent) {
      Suggestion s =
          suggestions
              .computeIfAbsent(c, this::suggestionsOf)
              .get(ScheduleService.key(m.memberClass(), m.kind(), band));
      Optional<YearTerms> t = terms.computeIfAbsent(c, k -> schedule.findYear(k, year));
      return new Standing.Part(
          c,
          currencies.computeIfAbsent(c, this::currencyOf),
          s == null ? BigDecimal.ZERO : s.getAmount(),
          s == null ? null : s.getHoursAlternative(),
          money,
          giftMinutes,
          t.map(YearTerms::getHourRate).orElse(BigDecimal.ZERO),
          StandingService.resourcesValue(
              lent, t.map(YearTerms::getResourceRate).orElse(BigDecimal.ZERO)));
    }

    private Map<String, Suggestion> suggestionsOf(long c) {
      Map<String, Suggestion> byKey = new HashMap<>();
      for (Suggestion s : schedule.suggestions(c, year)) {
        byKey.put(ScheduleService.key(s.getMemberClass(), s.getKind(), s.getBand()), s);
      }
      return byKey;
    }

    private String currencyOf(long c) {
      return custodians
          .findPublic(c)
          .orElseThrow(() -> new NotFoundException("custodian", c))
          .currency();
    }
  }
}
