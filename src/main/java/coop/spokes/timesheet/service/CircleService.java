package coop.spokes.timesheet.service;

import coop.spokes.audit.service.AuditService;
import coop.spokes.identity.service.AccountService;
import coop.spokes.platform.NotFoundException;
import coop.spokes.platform.money.Money;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Grant;
import coop.spokes.platform.security.ScopeDirectory;
import coop.spokes.platform.security.ScopeType;
import coop.spokes.timesheet.infra.TimesheetRepository;
import coop.spokes.timesheet.model.Activity;
import coop.spokes.timesheet.model.Circle;
import coop.spokes.timesheet.model.Rate;
import coop.spokes.timesheet.model.TimeEntry;
import coop.spokes.timesheet.model.TimesheetException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Circles for admins: create and change them (name, approvals needed), their activities, and the
 * hourly rate of paid work from a date. Circle members are the holders of the OPS role for the
 * circle (granted on the users page, which lists circles through this directory).
 */
@ApplicationScoped
@Transactional
public class CircleService implements ScopeDirectory {
  @Inject Access access;
  @Inject TimesheetRepository repo;
  @Inject AccountService accounts;
  @Inject AuditService audit;
  @Inject coop.spokes.custodian.service.CustodianService custodians;

  /** Every circle with its activities. Requires ADMIN. */
  public List<CircleRow> circles() {
    access.requireAny(Grant.admin());
    return repo.circles().stream().map(c -> row(c, repo.activities(c.getId()))).toList();
  }

  /**
   * Creates a circle. Requires ADMIN.
   *
   * @throws TimesheetException {@code timesheet.circle.name.taken} at field {@code name}, and those
   *     of {@link Circle}
   */
  public CircleRow create(String name, String description, int approvalsRequired) {
    access.requireAny(Grant.admin());
    if (name != null && repo.circleNameTaken(name, null)) {
      throw new TimesheetException("name", "timesheet.circle.name.taken");
    }
    Circle c = new Circle(name, description, approvalsRequired);
    repo.add(c);
    repo.flush();
    audit.record(
        TimesheetService.STREAM,
        "circle.created",
        "circle",
        c.getId(),
        Map.of("name", c.getName()),
        null);
    return row(c, List.of());
  }

  /**
   * Changes a circle. Requires ADMIN.
   *
   * @throws TimesheetException as {@link #create}
   */
  public CircleRow change(long circleId, String name, String description, int approvalsRequired) {
    access.requireAny(Grant.admin());
    Circle c = circle(circleId);
    if (name != null && repo.circleNameTaken(name, circleId)) {
      throw new TimesheetException("name", "timesheet.circle.name.taken");
    }
    c.change(name, description, approvalsRequired);
    audit.record(
        TimesheetService.STREAM,
        "circle.changed",
        "circle",
        circleId,
        Map.of("name", c.getName(), "approvals", Integer.toString(approvalsRequired)),
        null);
    return row(c, repo.activities(circleId));
  }

  /**
   * Names the custodian that pays a circle's paid work (null: none; its work then shows only in
   * consolidated reports). Requires ADMIN.
   *
   * @throws TimesheetException {@code timesheet.circle.payer.unknown} at {@code payingCustodian}
   */
  public CircleRow setPayingCustodian(long circleId, Long custodianId) {
    access.requireAny(Grant.admin());
    Circle c = circle(circleId);
    if (custodianId != null && custodians.findPublic(custodianId).isEmpty()) {
      throw new TimesheetException("payingCustodian", "timesheet.circle.payer.unknown");
    }
    c.paidBy(custodianId);
    audit.record(
        TimesheetService.STREAM,
        "circle.payer",
        "circle",
        circleId,
        Map.of("custodianId", custodianId == null ? "-" : custodianId.toString()),
        null);
    return row(c, repo.activities(circleId));
  }

  /**
   * Adds an activity to a circle. Requires ADMIN.
   *
   * @throws TimesheetException {@code timesheet.activity.name.invalid}, {@code
   *     timesheet.activity.name.taken} at field {@code activityName}
   */
  public CircleRow addActivity(long circleId, String name) {
    access.requireAny(Grant.admin());
    Circle c = circle(circleId);
    Activity a = new Activity(circleId, name);
    if (repo.activities(circleId).stream()
        .anyMatch(x -> x.getName().equalsIgnoreCase(a.getName()))) {
      throw new TimesheetException("activityName", "timesheet.activity.name.taken");
    }
    repo.add(a);
    repo.flush();
    audit.record(
        TimesheetService.STREAM,
        "activity.added",
        "circle",
        circleId,
        Map.of("activity", a.getName()),
        null);
    return row(c, repo.activities(circleId));
  }

  /**
   * Sets the hourly rate of the circle's paid work from {@code validFrom}. Requires ADMIN.
   *
   * @throws TimesheetException {@code timesheet.rate.invalid} at field {@code rate}
   */
  public void setRate(long circleId, LocalDate validFrom, BigDecimal rate, String currency) {
    access.requireAny(Grant.admin());
    circle(circleId);
    Money money;
    try {
      money =
          Money.of(
              rate, currency == null ? "" : currency.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (RuntimeException e) {
      throw new TimesheetException("rate", "timesheet.rate.invalid");
    }
    repo.rates(circleId).stream()
        .filter(r -> r.getValidFrom().equals(validFrom))
        .findFirst()
        .ifPresent(repo::remove);
    repo.flush();
    repo.add(new Rate(circleId, validFrom, money));
    audit.record(
        TimesheetService.STREAM,
        "circle.rate",
        "circle",
        circleId,
        Map.of("from", String.valueOf(validFrom), "rate", money.toString()),
        null);
  }

  /** One circle as its admin page shows it: every activity (retired too) and its rates. */
  public record CircleDetail(CircleRow circle, List<ActivityState> activities, List<RateRow> rates)
      implements java.io.Serializable {}

  /** An hourly rate of paid work and the day it applies from. */
  public record RateRow(LocalDate validFrom, BigDecimal amount, String currency)
      implements java.io.Serializable {}

  /** An activity and whether time may still be logged for it. */
  public record ActivityState(long id, String name, boolean active)
      implements java.io.Serializable {}

  /** A circle with all its activities and rates. Requires ADMIN. */
  public CircleDetail detail(long circleId) {
    access.requireAny(Grant.admin());
    Circle c = circle(circleId);
    List<Activity> activities = repo.activities(circleId);
    return new CircleDetail(
        row(c, activities),
        activities.stream()
            .map(a -> new ActivityState(a.getId(), a.getName(), a.isActive()))
            .toList(),
        repo.rates(circleId).stream()
            .map(r -> new RateRow(r.getValidFrom(), r.getRate().amount(), r.getRate().currency()))
            .toList());
  }

  /**
   * Retires a circle (no new time is logged in it; entries already submitted are still validated)
   * or makes it active again. Requires ADMIN.
   */
  public CircleRow setActive(long circleId, boolean active) {
    access.requireAny(Grant.admin());
    Circle c = circle(circleId);
    if (active) {
      c.reactivate();
    } else {
      c.retire();
    }
    audit.record(
        TimesheetService.STREAM,
        active ? "circle.reactivated" : "circle.retired",
        "circle",
        circleId,
        Map.of(),
        null);
    return row(c, repo.activities(circleId));
  }

  /**
   * Retires an activity (no new time is logged for it; entries keep it) or makes it active again.
   * Requires ADMIN.
   */
  public CircleRow setActivityActive(long activityId, boolean active) {
    access.requireAny(Grant.admin());
    Activity a =
        repo.activity(activityId).orElseThrow(() -> new NotFoundException("activity", activityId));
    if (active) {
      a.reactivate();
    } else {
      a.retire();
    }
    audit.record(
        TimesheetService.STREAM,
        active ? "activity.reactivated" : "activity.retired",
        "circle",
        a.getCircleId(),
        Map.of("activity", a.getName()),
        null);
    return row(circle(a.getCircleId()), repo.activities(a.getCircleId()));
  }

  @Override
  public ScopeType type() {
    access.permitPublic();
    return ScopeType.CIRCLE;
  }

  @Override
  public List<ScopeChoice> choices() {
    access.permitPublic();
    return repo.circles().stream().map(c -> new ScopeChoice(c.getId(), c.getName())).toList();
  }

  @Override
  public Optional<String> label(long id) {
    access.permitPublic();
    return repo.circle(id).map(Circle::getName);
  }

  private Circle circle(long id) {
    return repo.circle(id).orElseThrow(() -> new NotFoundException("circle", id));
  }

  static CircleRow row(Circle c, List<Activity> activities) {
    return new CircleRow(
        c.getId(),
        c.getName(),
        c.getDescription(),
        c.getApprovalsRequired(),
        activities.stream()
            .filter(Activity::isActive)
            .map(a -> new CircleRow.ActivityRow(a.getId(), a.getName()))
            .toList(),
        c.isActive(),
        c.getPayingCustodianId());
  }

  static EntryRow entryRow(
      TimeEntry e, ZoneId zone, TimesheetRepository repo, String userName, int approvals) {
    Optional<Circle> circle = repo.circle(e.getCircleId());
    return new EntryRow(
        e.getId(),
        e.getCircleId(),
        circle.map(Circle::getName).orElse(""),
        e.getActivityId(),
        repo.activity(e.getActivityId()).map(Activity::getName).orElse(""),
        e.getUserId(),
        userName,
        e.getKind(),
        e.getLocalDate(),
        e.getStartedAt().atZoneSameInstant(zone).toLocalTime(),
        e.getEndedAt().atZoneSameInstant(zone).toLocalTime(),
        e.getMinutes(),
        e.getDescription(),
        e.getStatus(),
        e.getRejectionComment(),
        approvals,
        circle.map(Circle::getApprovalsRequired).orElse(2));
  }
}
