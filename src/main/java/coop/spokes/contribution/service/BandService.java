package coop.spokes.contribution.service;

import coop.spokes.audit.service.AuditService;
import coop.spokes.contribution.infra.ScheduleRepository;
import coop.spokes.contribution.model.Band;
import coop.spokes.contribution.model.ContributionException;
import coop.spokes.contribution.model.CountryBand;
import coop.spokes.contribution.model.DeclaredBand;
import coop.spokes.membership.service.MemberFacts;
import coop.spokes.membership.service.MemberFactsService;
import coop.spokes.platform.NotFoundException;
import coop.spokes.platform.persistence.PageRequest;
import coop.spokes.platform.persistence.PageResult;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Grant;
import coop.spokes.platform.security.Role;
import coop.spokes.platform.security.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * Solidarity bands: the band of each country (shipped, edited by admins), and the lower band a
 * member may declare for themself with a reason their custodian's managers and treasurers see.
 */
@ApplicationScoped
@Transactional
public class BandService {
  /** The band of a country missing from the table. */
  public static final Band DEFAULT_BAND = Band.B;

  @Inject Access access;
  @Inject ScheduleRepository schedule;
  @Inject MemberFactsService members;
  @Inject AuditService audit;
  @Inject Clock clock;

  /** A page of countries and their bands, by code (optionally one band only). Requires ADMIN. */
  public PageResult<CountryBandRow> countries(Band band, PageRequest page) {
    access.requireAny(Grant.admin());
    PageResult<CountryBand> result = schedule.countryBands(band, page);
    return new PageResult<>(
        result.items().stream()
            .map(b -> new CountryBandRow(b.getCountry(), b.getBand(), b.getUpdatedAt()))
            .toList(),
        result.total());
  }

  /**
   * Changes a country's band. Requires ADMIN.
   *
   * @throws ContributionException {@code contribution.band.unknownCountry}
   */
  public void changeCountry(String country, Band band) {
    long by = access.requireUserId();
    access.requireAny(Grant.admin());
    if (band == null) {
      throw new ContributionException("band", "contribution.band.required");
    }
    String code = country == null ? "" : country.strip().toUpperCase(java.util.Locale.ROOT);
    CountryBand row =
        schedule
            .countryBand(code)
            .orElseThrow(() -> new ContributionException(null, "contribution.band.unknownCountry"));
    Band from = row.getBand();
    row.change(band, by, OffsetDateTime.now(clock));
    audit.record(
        ScheduleService.STREAM,
        "band.country-changed",
        "country",
        null,
        Map.of("country", code, "from", from.name(), "to", band.name()),
        null);
  }

  /**
   * A member's bands. Requires the member themself, or ADMIN, CUSTODIAN_MANAGER or TREASURER of
   * their custodian.
   */
  public BandView bandOf(long memberId) {
    access.requireSignedIn();
    MemberFacts m = member(memberId);
    access.requireAnyToSee(
        "member", memberId, ContributionGrants.moneyOrSelf(m.custodianId(), memberId));
    return view(m);
  }

  /**
   * Declares a band lower than the country's, with a reason. Requires MEMBER of that member.
   *
   * @throws ContributionException {@code contribution.band.notLower} at field {@code band}, {@code
   *     contribution.band.reasonRequired} at field {@code reason}
   */
  public BandView declare(long memberId, Band band, String reason) {
    long by = access.requireUserId();
    access.require(Role.MEMBER, Scope.member(memberId));
    MemberFacts m = member(memberId);
    Band countryBand = countryBandInternal(m.country());
    OffsetDateTime now = OffsetDateTime.now(clock);
    schedule
        .declaredBand(memberId)
        .ifPresentOrElse(
            d -> d.declare(band, countryBand, reason, by, now),
            () -> schedule.add(new DeclaredBand(memberId, band, countryBand, reason, by, now)));
    audit.record(
        ScheduleService.STREAM,
        "band.declared",
        "member",
        memberId,
        Map.of("band", band.name()),
        null);
    return view(m);
  }

  /** Withdraws a declared band (the country's applies again). Requires MEMBER of that member. */
  public BandView withdraw(long memberId) {
    access.requireUserId();
    access.require(Role.MEMBER, Scope.member(memberId));
    MemberFacts m = member(memberId);
    schedule.declaredBand(memberId).ifPresent(schedule::remove);
    audit.record(ScheduleService.STREAM, "band.withdrawn", "member", memberId, Map.of(), null);
    return view(m);
  }

  /**
   * The band of a country ({@link #DEFAULT_BAND} when unknown). Internal: only services call it.
   */
  public Band countryBandInternal(String country) {
    access.permitInternal();
    return schedule.countryBand(country).map(CountryBand::getBand).orElse(DEFAULT_BAND);
  }

  /** The band that applies to a member. Internal: only services call it. */
  public Band effectiveInternal(MemberFacts m) {
    access.permitInternal();
    return view(m).effective();
  }

  private BandView view(MemberFacts m) {
    Band countryBand =
        schedule.countryBand(m.country()).map(CountryBand::getBand).orElse(DEFAULT_BAND);
    var declared = schedule.declaredBand(m.id());
    return new BandView(
        m.id(),
        m.country(),
        countryBand,
        declared.map(DeclaredBand::getBand).orElse(null),
        declared.map(DeclaredBand::getReason).orElse(null),
        declared.map(DeclaredBand::getDeclaredAt).orElse(null),
        declared.map(DeclaredBand::getBand).orElse(countryBand));
  }

  private MemberFacts member(long memberId) {
    return members
        .findInternal(memberId)
        .orElseThrow(() -> new NotFoundException("member", memberId));
  }
}
