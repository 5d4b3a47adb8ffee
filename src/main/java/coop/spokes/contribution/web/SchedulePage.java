package coop.spokes.contribution.web;

import coop.spokes.contribution.model.Band;
import coop.spokes.contribution.service.ScheduleService;
import coop.spokes.contribution.service.ScheduleView;
import coop.spokes.contribution.service.SuggestionLine;
import coop.spokes.custodian.service.CustodianService;
import coop.spokes.custodian.service.CustodianSummary;
import coop.spokes.platform.SpokesException;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A custodian's contribution schedule for one fiscal year ({@code ?custodian=&year=}): the month
 * its year starts, the rates, and what each class and kind is asked in each band.
 */
@Named
@ViewScoped
public class SchedulePage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ScheduleService schedules;
  @Inject CustodianService custodians;
  @Inject Access access;

  private Long custodianId;
  private Integer year;
  private String custodianName = "";
  private ScheduleView view;
  private int startMonth;
  private BigDecimal hourRate;
  private BigDecimal resourceRate;
  private List<Row> rows = List.of();

  /** One class and kind: the amount and hours alternative in each band (A–D). */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String memberClass;
    private final String kind;
    private final BigDecimal[] amounts = new BigDecimal[Band.values().length];
    private final BigDecimal[] hours = new BigDecimal[Band.values().length];

    Row(String memberClass, String kind) {
      this.memberClass = memberClass;
      this.kind = kind;
    }

    public String getMemberClass() {
      return memberClass;
    }

    public String getKind() {
      return kind;
    }

    public BigDecimal[] getAmounts() {
      return amounts;
    }

    public BigDecimal[] getHours() {
      return hours;
    }
  }

  public void load() {
    if (custodianId == null) {
      custodianId = MemberMoneyView.defaultCustodian(access, custodians);
    }
    if (year == null) {
      year = schedules.currentYear(custodianId);
    }
    custodianName = custodians.findPublic(custodianId).map(CustodianSummary::name).orElse("");
    show(schedules.schedule(custodianId, year));
  }

  private void show(ScheduleView v) {
    view = v;
    startMonth = v.startMonth();
    hourRate = v.hourRate();
    resourceRate = v.resourceRate();
    List<Row> built = new ArrayList<>();
    Row current = null;
    for (SuggestionLine l : v.lines()) {
      if (current == null
          || !current.memberClass.equals(l.memberClass())
          || !current.kind.equals(l.kind())) {
        current = new Row(l.memberClass(), l.kind());
        built.add(current);
      }
      current.amounts[l.band().ordinal()] = l.amount();
      current.hours[l.band().ordinal()] = l.hoursAlternative();
    }
    rows = built;
  }

  public void saveStartMonth() {
    try {
      schedules.setStartMonth(custodianId, startMonth);
      FacesMessages.info("contribution.schedule.startMonthSaved");
      show(schedules.schedule(custodianId, year));
    } catch (SpokesException e) {
      FacesMessages.show("settingsForm", e);
    }
  }

  public void save() {
    List<SuggestionLine> lines = new ArrayList<>();
    for (Row r : rows) {
      for (Band b : Band.values()) {
        lines.add(
            new SuggestionLine(
                r.memberClass, r.kind, b, r.amounts[b.ordinal()], r.hours[b.ordinal()]));
      }
    }
    try {
      show(schedules.saveYear(custodianId, year, hourRate, resourceRate, lines));
      FacesMessages.info("contribution.schedule.saved", view.yearLabel());
    } catch (SpokesException e) {
      FacesMessages.show("scheduleForm", e);
    }
  }

  public List<Integer> getMonths() {
    return List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
  }

  public List<Band> getBands() {
    return List.of(Band.values());
  }

  public String getCustodianName() {
    return custodianName;
  }

  public ScheduleView getView() {
    return view;
  }

  public List<Row> getRows() {
    return rows;
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

  public int getStartMonth() {
    return startMonth;
  }

  public void setStartMonth(int startMonth) {
    this.startMonth = startMonth;
  }

  public BigDecimal getHourRate() {
    return hourRate;
  }

  public void setHourRate(BigDecimal hourRate) {
    this.hourRate = hourRate;
  }

  public BigDecimal getResourceRate() {
    return resourceRate;
  }

  public void setResourceRate(BigDecimal resourceRate) {
    this.resourceRate = resourceRate;
  }
}
