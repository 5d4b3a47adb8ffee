package coop.spokes.contribution.web;

import coop.spokes.contribution.model.Band;
import coop.spokes.membership.service.MemberRow;
import coop.spokes.membership.service.MyMembershipService;
import coop.spokes.platform.SpokesException;
import coop.spokes.platform.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/**
 * "My contributions" ({@code ?member=&year=}): for each membership one holds or represents, the
 * standing explained, payments with receipts, and the solidarity band (declaring a lower one).
 */
@Named
@ViewScoped
public class MyContributionsPage extends MemberMoneyView {
  private static final long serialVersionUID = 1L;

  @Inject MyMembershipService memberships;

  private Long member;
  private Integer year;
  private List<MemberRow> mine = List.of();
  private Band declareBand;
  private String declareReason;
  private coop.spokes.contribution.model.ResourceKind resourceKind =
      coop.spokes.contribution.model.ResourceKind.OTHER;
  private String resourceDescription;
  private java.time.LocalDate resourceDate = java.time.LocalDate.now();
  private java.math.BigDecimal resourceAmount;

  public void load() {
    mine = memberships.mine();
    if (member == null && !mine.isEmpty()) {
      member = mine.get(0).id();
    }
    if (member != null) {
      if (year == null) {
        year = standing.currentYearOf(member);
      }
      reload();
    }
  }

  private void reload() {
    show(member, year);
  }

  public void declare() {
    try {
      bands.declare(member, declareBand, declareReason);
      FacesMessages.info("contribution.band.declared");
      declareReason = null;
    } catch (SpokesException e) {
      FacesMessages.show("bandForm", e);
    }
    reload();
  }

  /** Declares an in-kind contribution of the shown membership. */
  public void declareResource() {
    try {
      resourceService.declare(
          member, resourceKind, resourceDescription, resourceDate, resourceAmount);
      FacesMessages.info("contribution.resource.declared");
      resourceDescription = null;
      resourceAmount = null;
    } catch (SpokesException e) {
      FacesMessages.show("resourceForm", e);
    }
    reload();
  }

  public List<coop.spokes.contribution.model.ResourceKind> getResourceKinds() {
    return List.of(coop.spokes.contribution.model.ResourceKind.values());
  }

  public coop.spokes.contribution.model.ResourceKind getResourceKind() {
    return resourceKind;
  }

  public void setResourceKind(coop.spokes.contribution.model.ResourceKind resourceKind) {
    this.resourceKind = resourceKind;
  }

  public String getResourceDescription() {
    return resourceDescription;
  }

  public void setResourceDescription(String resourceDescription) {
    this.resourceDescription = resourceDescription;
  }

  public java.time.LocalDate getResourceDate() {
    return resourceDate;
  }

  public void setResourceDate(java.time.LocalDate resourceDate) {
    this.resourceDate = resourceDate;
  }

  public java.math.BigDecimal getResourceAmount() {
    return resourceAmount;
  }

  public void setResourceAmount(java.math.BigDecimal resourceAmount) {
    this.resourceAmount = resourceAmount;
  }

  public void withdraw() {
    bands.withdraw(member);
    FacesMessages.info("contribution.band.withdrawn");
    reload();
  }

  /** The bands lower than the member's country band. */
  public List<Band> getLowerBands() {
    return getBand() == null
        ? List.of()
        : Arrays.stream(Band.values()).filter(b -> b.isLowerThan(getBand().countryBand())).toList();
  }

  public List<MemberRow> getMine() {
    return mine;
  }

  public Long getMember() {
    return member;
  }

  public void setMember(Long member) {
    this.member = member;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public Band getDeclareBand() {
    return declareBand;
  }

  public void setDeclareBand(Band declareBand) {
    this.declareBand = declareBand;
  }

  public String getDeclareReason() {
    return declareReason;
  }

  public void setDeclareReason(String declareReason) {
    this.declareReason = declareReason;
  }
}
