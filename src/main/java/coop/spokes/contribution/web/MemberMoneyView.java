package coop.spokes.contribution.web;

import coop.spokes.contribution.model.ResourceKind;
import coop.spokes.contribution.service.BandService;
import coop.spokes.contribution.service.BandView;
import coop.spokes.contribution.service.PaymentRow;
import coop.spokes.contribution.service.PaymentService;
import coop.spokes.contribution.service.StandingService;
import coop.spokes.contribution.service.StandingView;
import coop.spokes.platform.SpokesException;
import coop.spokes.platform.web.FacesMessages;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the pages about one member's money show: the standing of a year explained, the payments with
 * their receipts, the solidarity band and the resources lent, with a form to declare a resource
 * (the services check who may see and do this).
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
  private long shownMember;
  private int shownYear;
  private ResourceKind resourceKind = ResourceKind.OTHER;
  private String resourceDescription;
  private LocalDate resourceDate = LocalDate.now();
  private BigDecimal resourceAmount;

  /**
   * Declares a resource lent by the member shown (the member themselves, or their custodian's
   * managers and treasurers on their behalf); two ops members then validate it.
   */
  public void declareResource() {
    try {
      resourceService.declare(
          shownMember, resourceKind, resourceDescription, resourceDate, resourceAmount);
      FacesMessages.info("contribution.resource.declared");
      resourceDescription = null;
      resourceAmount = null;
    } catch (SpokesException e) {
      FacesMessages.show("resourceForm", e);
    }
    show(shownMember, shownYear);
  }

  public List<ResourceKind> getResourceKinds() {
    return List.of(ResourceKind.values());
  }

  public ResourceKind getResourceKind() {
    return resourceKind;
  }

  public void setResourceKind(ResourceKind resourceKind) {
    this.resourceKind = resourceKind;
  }

  public String getResourceDescription() {
    return resourceDescription;
  }

  public void setResourceDescription(String resourceDescription) {
    this.resourceDescription = resourceDescription;
  }

  public LocalDate getResourceDate() {
    return resourceDate;
  }

  public void setResourceDate(LocalDate resourceDate) {
    this.resourceDate = resourceDate;
  }

  public BigDecimal getResourceAmount() {
    return resourceAmount;
  }

  public void setResourceAmount(BigDecimal resourceAmount) {
    this.resourceAmount = resourceAmount;
  }

  /** Loads (again) the member's standing for {@code year}, payments and band. */
  void show(long memberId, int year) {
    shownMember = memberId;
    shownYear = year;
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
