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
import java.time.LocalDate;
import java.util.List;

/**
 * The circles for admins (listed, each linked to its own page; a new one created) and closing
 * periods for admins and treasurers of all custodians.
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
  private CircleForm form = new CircleForm(null, null, 2);
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
      circleService.create(form.getName(), form.getDescription(), form.getApprovalsRequired());
      FacesMessages.info("timesheet.circle.created", form.getName());
      form = new CircleForm(null, null, 2);
    } catch (SpokesException e) {
      FacesMessages.show("circleForm", e);
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

  public CircleForm getForm() {
    return form;
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

  public LocalDate getCloseUpTo() {
    return closeUpTo;
  }

  public void setCloseUpTo(LocalDate closeUpTo) {
    this.closeUpTo = closeUpTo;
  }
}
