package coop.spokes.contribution.web;

import coop.spokes.contribution.service.BandService;
import coop.spokes.contribution.service.BandView;
import coop.spokes.contribution.service.PaymentRow;
import coop.spokes.contribution.service.PaymentService;
import coop.spokes.contribution.service.StandingService;
import coop.spokes.contribution.service.StandingView;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;

/**
 * What the pages about one member's money show: the standing of a year explained, the payments with
 * their receipts, and the solidarity band (the services check who may see them).
 */
abstract class MemberMoneyView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject StandingService standing;
  @Inject PaymentService payments;
  @Inject BandService bands;
  @Inject coop.spokes.contribution.service.ResourceService resourceService;

  private StandingView view;
  private List<PaymentRow> paymentRows = List.of();
  private BandView band;
  private List<coop.spokes.contribution.service.ResourceRow> resources = List.of();

  /** Loads (again) the member's standing for {@code year}, payments and band. */
  void show(long memberId, int year) {
    view = standing.standing(memberId, year);
    paymentRows = payments.ofMember(memberId);
    band = bands.bandOf(memberId);
    resources = resourceService.ofMember(memberId);
  }

  public List<coop.spokes.contribution.service.ResourceRow> getResources() {
    return resources;
  }

  public StandingView getView() {
    return view;
  }

  public List<PaymentRow> getPayments() {
    return paymentRows;
  }

  public BandView getBand() {
    return band;
  }

  /**
   * The custodian a money page shows when none is asked for: the caller's first managed (or
   * treasured) custodian, else the first of all (for admins and treasurers of all).
   */
  static long defaultCustodian(
      coop.spokes.platform.security.Access access,
      coop.spokes.custodian.service.CustodianService custodians) {
    return access
        .firstScopeOf(coop.spokes.platform.security.Role.CUSTODIAN_MANAGER)
        .or(() -> access.firstScopeOf(coop.spokes.platform.security.Role.TREASURER))
        .orElseGet(() -> custodians.listPublic().stream().findFirst().map(c -> c.id()).orElse(-1L));
  }
}
