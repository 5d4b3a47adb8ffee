package coop.spokes.contribution.web;

import coop.spokes.contribution.model.StandingLevel;
import coop.spokes.contribution.service.ScheduleService;
import coop.spokes.contribution.service.StandingRow;
import coop.spokes.contribution.service.StandingService;
import coop.spokes.custodian.service.CustodianService;
import coop.spokes.custodian.service.CustodianSummary;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.web.FacesMessages;
import coop.spokes.platform.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A custodian's members by standing for a fiscal year ({@code ?custodian=&year=}), filtered by
 * level and name or number, paged and sorted in the database; recomputed on demand.
 */
@Named
@ViewScoped
public class StandingPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject StandingService standing;
  @Inject coop.spokes.contribution.service.YearEndService yearEnd;
  @Inject ScheduleService schedules;
  @Inject CustodianService custodians;
  @Inject Access access;

  private Long custodianId;
  private Integer year;
  private String custodianName = "";
  private String currency = "EUR";
  private StandingLevel level;
  private String text;
  private PagedModel<StandingRow> model;
  private OffsetDateTime computedAt;

  public void load() {
    if (custodianId == null) {
      custodianId = MemberMoneyView.defaultCustodian(access, custodians);
    }
    if (year == null) {
      year = schedules.currentYear(custodianId);
    }
    var custodian = custodians.findPublic(custodianId);
    custodianName = custodian.map(CustodianSummary::name).orElse("");
    currency = custodian.map(CustodianSummary::currency).orElse("EUR");
    computedAt = standing.computedAt(custodianId, year).orElse(null);
    if (computedAt == null) {
      // Never computed for this year: compute now, so the list is never empty for nothing.
      standing.computeIfNever(custodianId, year);
      computedAt = standing.computedAt(custodianId, year).orElse(null);
    }
    long c = custodianId;
    int y = year;
    model = new PagedModel<>(page -> standing.list(c, y, level, text, page), StandingRow::memberId);
  }

  public void recompute() {
    int n = standing.recompute(custodianId, year);
    computedAt = standing.computedAt(custodianId, year).orElse(null);
    FacesMessages.info("contribution.standing.recomputed", n);
  }

  public void remind() {
    int n = yearEnd.sendReminders(custodianId);
    computedAt = standing.computedAt(custodianId, year).orElse(null);
    FacesMessages.info("contribution.standingList.reminded", n);
  }

  public void applyLapses() {
    try {
      int n = yearEnd.applyLapses(custodianId);
      FacesMessages.info("contribution.lapse.applied", n);
    } catch (coop.spokes.platform.SpokesException e) {
      FacesMessages.show("standingForm", e);
    }
  }

  public List<StandingLevel> getLevels() {
    return List.of(StandingLevel.values());
  }

  /** The custodian's currency, for the amounts of the list. */
  public String getCurrency() {
    return currency;
  }

  public String getCustodianName() {
    return custodianName;
  }

  public PagedModel<StandingRow> getModel() {
    return model;
  }

  public OffsetDateTime getComputedAt() {
    return computedAt;
  }

  public Long getCustodianId() {
    return custodianId;
  }

  public void setCustodianId(Long custodianId) {
    this.custodianId = custodianId;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public StandingLevel getLevel() {
    return level;
  }

  public void setLevel(StandingLevel level) {
    this.level = level;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
