package coop.spokes.timesheet.web;

import coop.spokes.platform.SpokesException;
import coop.spokes.platform.web.FacesMessages;
import coop.spokes.timesheet.service.CircleService;
import coop.spokes.timesheet.service.CircleService.CircleDetail;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One circle for admins: its name, description and approvals needed; its activities (added,
 * retired, made active again); the hourly rates of its paid work; retiring it.
 */
@Named
@ViewScoped
public class CirclePage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CircleService circles;
  @Inject coop.spokes.custodian.service.CustodianService custodians;

  private long id;
  private CircleDetail detail;
  private CircleForm form;
  private String activityName;
  private LocalDate rateFrom;
  private BigDecimal rate;
  private String currency = "EUR";
  private Long payingCustodian;

  /** Loads the circle of the view parameter (admins only) and fills the form with it. */
  public void load() {
    detail = circles.detail(id);
    form =
        new CircleForm(
            detail.circle().name(),
            detail.circle().description(),
            detail.circle().approvalsRequired());
    payingCustodian = detail.circle().payingCustodianId();
  }

  private void reload() {
    detail = circles.detail(id);
  }

  public void save() {
    try {
      circles.change(id, form.getName(), form.getDescription(), form.getApprovalsRequired());
      FacesMessages.info("timesheet.circle.saved");
    } catch (SpokesException e) {
      FacesMessages.show("detailsForm", e);
    }
    reload();
  }

  public void savePayer() {
    try {
      circles.setPayingCustodian(id, payingCustodian);
      FacesMessages.info("timesheet.circle.payer.saved");
    } catch (SpokesException e) {
      FacesMessages.show("payerForm", e);
    }
    reload();
  }

  /** The custodians that may pay a circle's paid work, by name. */
  public java.util.List<coop.spokes.custodian.service.CustodianSummary> getCustodians() {
    return custodians.listPublic();
  }

  public Long getPayingCustodian() {
    return payingCustodian;
  }

  public void setPayingCustodian(Long payingCustodian) {
    this.payingCustodian = payingCustodian;
  }

  public void addActivity() {
    try {
      circles.addActivity(id, activityName);
      FacesMessages.info("timesheet.activity.added", activityName);
      activityName = null;
    } catch (SpokesException e) {
      FacesMessages.show("activitiesForm", e);
    }
    reload();
  }

  public void setActivityActive(long activityId, boolean active) {
    String activity =
        detail.activities().stream()
            .filter(a -> a.id() == activityId)
            .map(CircleService.ActivityState::name)
            .findFirst()
            .orElse("");
    circles.setActivityActive(activityId, active);
    FacesMessages.info(
        active ? "timesheet.activity.reactivated" : "timesheet.activity.retiredNow", activity);
    reload();
  }

  public void saveRate() {
    try {
      circles.setRate(id, rateFrom, rate, currency);
      FacesMessages.info("timesheet.rate.saved");
    } catch (SpokesException e) {
      FacesMessages.show("ratesForm", e);
    }
    reload();
  }

  public void setActive(boolean active) {
    circles.setActive(id, active);
    FacesMessages.info(active ? "timesheet.circle.reactivated" : "timesheet.circle.retiredNow");
    reload();
  }

  public CircleForm getForm() {
    return form;
  }

  public CircleDetail getDetail() {
    return detail;
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public String getActivityName() {
    return activityName;
  }

  public void setActivityName(String activityName) {
    this.activityName = activityName;
  }

  public LocalDate getRateFrom() {
    return rateFrom;
  }

  public void setRateFrom(LocalDate rateFrom) {
    this.rateFrom = rateFrom;
  }

  public BigDecimal getRate() {
    return rate;
  }

  public void setRate(BigDecimal rate) {
    this.rate = rate;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }
}
