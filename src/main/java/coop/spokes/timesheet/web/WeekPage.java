package coop.spokes.timesheet.web;

import coop.spokes.identity.service.AccountService;
import coop.spokes.platform.SpokesException;
import coop.spokes.platform.web.FacesMessages;
import coop.spokes.timesheet.model.EntryKind;
import coop.spokes.timesheet.model.TimeEntry;
import coop.spokes.timesheet.service.CircleRow;
import coop.spokes.timesheet.service.EntryRow;
import coop.spokes.timesheet.service.TimerRow;
import coop.spokes.timesheet.service.TimesheetService;
import coop.spokes.timesheet.service.WeekView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * "My time" ({@code ?day=}): the timer kept on the server, typing an entry, the week with its
 * totals, deleting a draft, submitting the week for approval.
 */
@Named
@ViewScoped
public class WeekPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TimesheetService timesheet;
  @Inject AccountService accounts;

  private LocalDate day;
  private WeekView week;
  private TimerRow timer;
  private List<CircleRow> circles = List.of();
  private Long circleId;
  private Long activityId;
  private EntryKind kind = EntryKind.GIFT;
  private String description;
  private LocalDate entryDate;
  private LocalTime from;
  private LocalTime to;
  private String zone = "UTC";

  public void load() {
    circles = timesheet.myCircles();
    if (circleId == null && !circles.isEmpty()) {
      circleId = circles.get(0).id();
    }
    zone = accounts.mine().zone().getId();
    entryDate = LocalDate.now(ZoneId.of(zone));
    reload();
  }

  private void reload() {
    week = timesheet.week(day);
    timer = timesheet.timer().orElse(null);
  }

  public void start() {
    try {
      timer = timesheet.startTimer(circleId == null ? -1 : circleId, activityId, kind, description);
      FacesMessages.info("timesheet.timer.started");
      description = null;
    } catch (SpokesException e) {
      FacesMessages.show("timerForm", e);
    }
    reload();
  }

  public void stop() {
    try {
      List<EntryRow> made = timesheet.stopTimer();
      if (made.isEmpty()) {
        FacesMessages.info("timesheet.timer.tooShort");
      } else {
        FacesMessages.info(
            "timesheet.timer.stopped", made.stream().mapToInt(EntryRow::minutes).sum());
      }
    } catch (SpokesException e) {
      FacesMessages.error(e.key(), e.args());
    }
    reload();
  }

  public void add() {
    try {
      ZoneId z = ZoneId.of(zone);
      if (entryDate == null || from == null || to == null) {
        FacesMessages.errorAt("entryForm:end", "timesheet.entry.order");
        return;
      }
      timesheet.add(
          new TimeEntry.Details(
              circleId == null ? -1 : circleId,
              activityId,
              kind,
              entryDate.atTime(from).atZone(z).toOffsetDateTime(),
              (to.equals(LocalTime.MIDNIGHT) ? entryDate.plusDays(1) : entryDate)
                  .atTime(to)
                  .atZone(z)
                  .toOffsetDateTime(),
              description));
      FacesMessages.info("timesheet.entry.added");
      description = null;
      from = null;
      to = null;
    } catch (SpokesException e) {
      FacesMessages.show("entryForm", e);
    }
    reload();
  }

  public void delete(long entryId) {
    try {
      timesheet.delete(entryId);
      FacesMessages.info("timesheet.entry.deleted");
    } catch (SpokesException e) {
      FacesMessages.show("weekForm", e);
    }
    reload();
  }

  public void submit() {
    try {
      int n = timesheet.submitWeek(week.monday());
      FacesMessages.info("timesheet.week.submitted", n);
    } catch (SpokesException e) {
      FacesMessages.show("weekForm", e);
    }
    reload();
  }

  /** The activities of the chosen circle. */
  public List<CircleRow.ActivityRow> getActivities() {
    Optional<CircleRow> c =
        circles.stream().filter(x -> x.id() == (circleId == null ? -1 : circleId)).findFirst();
    return c.map(CircleRow::activities).orElse(List.of());
  }

  public List<EntryKind> getKinds() {
    return List.of(EntryKind.values());
  }

  public WeekView getWeek() {
    return week;
  }

  /** When the running timer started, in the member's time zone. */
  public LocalTime getTimerStart() {
    return timer == null
        ? null
        : timer.startedAt().atZoneSameInstant(ZoneId.of(zone)).toLocalTime();
  }

  public TimerRow getTimer() {
    return timer;
  }

  public List<CircleRow> getCircles() {
    return circles;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public Long getCircleId() {
    return circleId;
  }

  public void setCircleId(Long circleId) {
    this.circleId = circleId;
  }

  public Long getActivityId() {
    return activityId;
  }

  public void setActivityId(Long activityId) {
    this.activityId = activityId;
  }

  public EntryKind getKind() {
    return kind;
  }

  public void setKind(EntryKind kind) {
    this.kind = kind;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public LocalDate getEntryDate() {
    return entryDate;
  }

  public void setEntryDate(LocalDate entryDate) {
    this.entryDate = entryDate;
  }

  public LocalTime getFrom() {
    return from;
  }

  public void setFrom(LocalTime from) {
    this.from = from;
  }

  public LocalTime getTo() {
    return to;
  }

  public void setTo(LocalTime to) {
    this.to = to;
  }

  public String getZone() {
    return zone;
  }
}
