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
