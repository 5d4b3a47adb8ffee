package coop.spokes.timesheet.web;

import coop.spokes.platform.SpokesException;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Grant;
import coop.spokes.platform.web.FacesMessages;
import coop.spokes.timesheet.service.CircleRow;
import coop.spokes.timesheet.service.CircleService;
import coop.spokes.timesheet.service.ValidationService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Circles for admins (create, activities, hourly rates of paid work) and closing periods for admins
 * and treasurers of all custodians.
 */
@Named
@ViewScoped
public class CirclesPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CircleService circleService;
  @Inject ValidationService validation;
  @Inject Access access;

  private List<CircleRow> circles = List.of();
  private boolean admin;
  private LocalDate closedUpTo;
  private String name;
  private String description;
  private int approvalsRequired = 2;
  private int circleApprovals = 2;
  private Long circleId;
  private String activityName;
  private LocalDate rateFrom;
  private BigDecimal rate;
  private String currency = "EUR";
  private LocalDate closeUpTo;

  public void load() {
    closedUpTo = validation.closedUpTo().orElse(null); // refuses anyone else
    admin = access.hasAny(Grant.admin());
    if (admin) {
      circles = circleService.circles();
    }
  }

  public void create() {
    try {
      circleService.create(name, description, approvalsRequired);
      FacesMessages.info("timesheet.circle.created", name);
      name = null;
      description = null;
    } catch (SpokesException e) {
      FacesMessages.show("circleForm", e);
    }
    load();
  }

  public void addActivity() {
    try {
      circleService.addActivity(circleId == null ? -1 : circleId, activityName);
      FacesMessages.info("timesheet.activity.added", activityName);
      activityName = null;
    } catch (SpokesException e) {
      FacesMessages.show("activityForm", e);
    }
    load();
  }

  public void saveApprovals() {
    try {
      circleService.setApprovals(circleId == null ? -1 : circleId, circleApprovals);
      FacesMessages.info("timesheet.circle.approvalsSaved");
    } catch (SpokesException e) {
      FacesMessages.show("activityForm", e);
    }
    load();
  }

  public int getCircleApprovals() {
    return circleApprovals;
  }

  public void setCircleApprovals(int circleApprovals) {
    this.circleApprovals = circleApprovals;
  }

  public void setRate() {
    try {
      circleService.setRate(circleId == null ? -1 : circleId, rateFrom, rate, currency);
      FacesMessages.info("timesheet.rate.saved");
    } catch (SpokesException e) {
      FacesMessages.show("activityForm", e);
    }
    load();
  }

  public void close() {
    try {
      validation.closePeriod(closeUpTo);
      FacesMessages.info("timesheet.period.closedNow", closeUpTo);
    } catch (SpokesException e) {
      FacesMessages.show("closeForm", e);
    }
    load();
  }

  public List<CircleRow> getCircles() {
    return circles;
  }

  public boolean isAdmin() {
    return admin;
  }

  public LocalDate getClosedUpTo() {
    return closedUpTo;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public int getApprovalsRequired() {
    return approvalsRequired;
  }

  public void setApprovalsRequired(int approvalsRequired) {
    this.approvalsRequired = approvalsRequired;
  }

  public Long getCircleId() {
    return circleId;
  }

  public void setCircleId(Long circleId) {
    this.circleId = circleId;
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

  public LocalDate getCloseUpTo() {
    return closeUpTo;
  }

  public void setCloseUpTo(LocalDate closeUpTo) {
    this.closeUpTo = closeUpTo;
  }
}
