package coop.spokes.contribution.service;

import coop.spokes.contribution.infra.ImportRepository;
import coop.spokes.contribution.infra.StandingRepository;
import coop.spokes.custodian.service.CustodianService;
import coop.spokes.custodian.service.CustodianSummary;
import coop.spokes.platform.NotFoundException;
import coop.spokes.platform.security.Access;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The contribution figures of the dashboard, counted in the database from the standing list as last
 * computed (the list is kept current line by line as payments and hours arrive, so counting it is
 * one grouped query, not a computation per member).
 */
@ApplicationScoped
public class ContributionFiguresService {
  @Inject Access access;
  @Inject StandingRepository standings;
  @Inject ImportRepository imports;
  @Inject ScheduleService schedules;
  @Inject CustodianService custodians;
  @Inject Clock clock;

  /** A custodian's figures: its managers and treasurers, and admins. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ContributionFigures figures(long custodianId) {
    access.requireAny(ContributionGrants.moneyOf(custodianId));
    return figures(
        custodians
            .findPublic(custodianId)
            .orElseThrow(() -> new NotFoundException("custodian", custodianId)));
  }

  /**
   * The figures of every custodian whose money the caller sees (all for admins and treasurers of
   * all), by custodian name. Requires a signed-in user; empty for anyone else.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ContributionFigures> visible() {
    access.requireSignedIn();
    List<ContributionFigures> all = new ArrayList<>();
    for (CustodianSummary c : custodians.listPublic()) {
      if (access.hasAny(ContributionGrants.moneyOf(c.id()))) {
        all.add(figures(c));
      }
    }
    return all;
  }

  private ContributionFigures figures(CustodianSummary custodian) {
    long custodianId = custodian.id();
    FiscalYear year = schedules.fiscalYearInternal(custodianId, LocalDate.now(clock));
    return new ContributionFigures(
        custodianId,
        custodian.name(),
        year.year(),
        year.label(),
        standings.countsByLevel(custodianId, year.year()),
        standings.computed(custodianId, year.year()),
        imports.countOpen(custodianId));
  }
}
