package coop.spokes.timesheet.service;

import coop.spokes.audit.service.AuditService;
import coop.spokes.identity.service.AccountService;
import coop.spokes.identity.service.AccountSummary;
import coop.spokes.identity.service.RoleGrantService;
import coop.spokes.membership.service.MemberFactsService;
import coop.spokes.platform.NotFoundException;
import coop.spokes.platform.approval.Approvals;
import coop.spokes.platform.i18n.Formatting;
import coop.spokes.platform.i18n.Languages;
import coop.spokes.platform.mail.MailLink;
import coop.spokes.platform.mail.MailService;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Grant;
import coop.spokes.platform.security.Role;
import coop.spokes.platform.security.Scope;
import coop.spokes.timesheet.infra.TimesheetRepository;
import coop.spokes.timesheet.model.Activity;
import coop.spokes.timesheet.model.Circle;
import coop.spokes.timesheet.model.EntryKind;
import coop.spokes.timesheet.model.TimeEntry;
import coop.spokes.timesheet.model.Timer;
import coop.spokes.timesheet.model.TimesheetException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An ops member's own time: a timer kept on the server (one per person; stopping it past midnight
 * makes one entry per day), entries typed by hand, the week view, and submitting a week for peer
 * approval. Entries never overlap, are never in the future, stay within one day of the member's
 * time zone, count whole minutes, and cannot change in a closed period. Requires OPS of the entry's
 * circle throughout. Every write of a person's time first locks that person's account ({@link
 * AccountService#lockInternal}), so two saves at once are checked one after the other.
 */
@ApplicationScoped
@Transactional
public class TimesheetService {
  static final String STREAM = "timesheet";

  @Inject Access access;
  @Inject TimesheetRepository repo;
  @Inject Approvals approvals;
  @Inject AccountService accounts;
  @Inject MemberFactsService memberFacts;
  @Inject RoleGrantService grants;
  @Inject MailService mail;
  @Inject AuditService audit;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "spokes.base.url")
  String baseUrl;

  /** The circles the caller holds OPS for, with their activities. Requires a signed-in user. */
  public List<CircleRow> myCircles() {
    access.requireSignedIn();
    List<CircleRow> rows = new ArrayList<>();
    for (Grant g : access.grantsOf(Role.OPS)) {
      if (g.scope().isAll()) {
        repo.circles().stream()
            .filter(Circle::isActive)
            .forEach(c -> rows.add(CircleService.row(c, repo.activities(c.getId()))));
      } else {
        repo.circle(g.scope().id())
            .filter(Circle::isActive)
            .ifPresent(c -> rows.add(CircleService.row(c, repo.activities(c.getId()))));
      }
    }
    return rows.stream().distinct().toList();
  }

  /** The caller's running timer, if any. Requires a signed-in user. */
  public Optional<TimerRow> timer() {
    long me = access.requireUserId();
    return repo.timer(me).map(this::row);
  }

  /**
   * Starts the caller's timer (one at a time). Requires OPS of the circle.
   *
   * @throws TimesheetException {@code timesheet.timer.running}, {@code timesheet.entry.kind},
   *     {@code timesheet.activity.unknown} at field {@code activity}
   */
  public TimerRow startTimer(long circleId, Long activityId, EntryKind kind, String description) {
    long me = access.requireUserId();
    access.require(Role.OPS, Scope.circle(circleId));
    accounts.lockInternal(me);
    if (repo.timer(me).isPresent()) {
      throw new TimesheetException(null, "timesheet.timer.running");
    }
    Activity a = activityOf(circleId, activityId, null);
    Timer t = new Timer(me, circleId, a.getId(), kind, OffsetDateTime.now(clock), description);
    repo.add(t);
    repo.flush();
    return row(t);
  }

  /**
   * Stops the caller's timer and records its time (one entry per local day it spans).
   *
   * @return the entries made (none when the timer ran less than a minute)
   * @throws TimesheetException {@code timesheet.timer.none}, and those of {@link #add}
   */
  public List<EntryRow> stopTimer() {
    long me = access.requireUserId();
    accounts.lockInternal(me); // two stops at once record the time once
    Timer t =
        repo.timer(me).orElseThrow(() -> new TimesheetException(null, "timesheet.timer.none"));
    access.require(Role.OPS, Scope.circle(t.getCircleId()));
    OffsetDateTime now = OffsetDateTime.now(clock);
    ZoneId zone = zoneOf(me);
    OffsetDateTime start = t.getStartedAt();
    OffsetDateTime end = now.truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    repo.remove(t);
    if (!end.isAfter(start)) {
      return List.of(); // less than a minute: the timer stops and nothing is logged
    }
    List<EntryRow> made = new ArrayList<>();
    while (start.isBefore(end)) {
      OffsetDateTime midnight =
          start
              .atZoneSameInstant(zone)
              .toLocalDate()
              .plusDays(1)
              .atStartOfDay(zone)
              .toOffsetDateTime();
      OffsetDateTime pieceEnd = end.isBefore(midnight) ? end : midnight;
      TimeEntry.Details piece = t.stoppedAt(pieceEnd);
      made.add(
          save(
              me,
              new TimeEntry.Details(
                  piece.circleId(),
                  piece.activityId(),
                  piece.kind(),
                  start,
                  pieceEnd,
                  piece.description()),
              null,
              zone,
              now,
              true));
      start = pieceEnd;
    }
    return made;
  }

  /**
   * Records an entry typed by hand. Requires OPS of its circle.
   *
   * @throws TimesheetException {@code timesheet.entry.overlap} at field {@code start}, {@code
   *     timesheet.entry.dayFull} at field {@code end}, {@code timesheet.period.closed}, {@code
   *     timesheet.activity.unknown} at field {@code activity}, and those of {@link TimeEntry}
   */
  public EntryRow add(TimeEntry.Details details) {
    long me = access.requireUserId();
    access.require(Role.OPS, Scope.circle(details.circleId()));
    return save(me, details, null, zoneOf(me), OffsetDateTime.now(clock), false);
  }

  /**
   * Changes one of the caller's entries (DRAFT or REJECTED only). Requires OPS of the new circle.
   *
   * @throws TimesheetException as {@link #add}, and {@code timesheet.entry.locked}
   */
  public EntryRow change(long entryId, TimeEntry.Details details) {
    long me = access.requireUserId();
    access.require(Role.OPS, Scope.circle(details.circleId()));
    accounts.lockInternal(me); // the person first, then the entry: the order every save takes
    TimeEntry e = own(entryId, me);
    requireOpen(e.getLocalDate());
    return save(me, details, e, zoneOf(me), OffsetDateTime.now(clock), false);
  }

  /**
   * Deletes one of the caller's entries (DRAFT or REJECTED only). Requires the entry's author.
   *
   * @throws TimesheetException {@code timesheet.entry.locked}, {@code timesheet.period.closed}
   */
  public void delete(long entryId) {
    long me = access.requireUserId();
    TimeEntry e = own(entryId, me);
    if (!e.getStatus().editable()) {
      throw new TimesheetException(null, "timesheet.entry.locked");
    }
    requireOpen(e.getLocalDate());
    approvals.clear(TimeEntry.approvalSubject(entryId));
    repo.remove(e);
  }

  /**
   * The caller's week containing {@code day} (today when null), Monday to Sunday in their time
   * zone. Requires a signed-in user.
   */
  public WeekView week(LocalDate day) {
    long me = access.requireUserId();
    ZoneId zone = zoneOf(me);
    LocalDate monday =
        (day == null ? LocalDate.now(clock.withZone(zone)) : day)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    List<TimeEntry> entries =
        repo.entriesOf(
            me,
            monday.atStartOfDay(zone).toOffsetDateTime(),
            monday.plusDays(7).atStartOfDay(zone).toOffsetDateTime());
    Map<LocalDate, Integer> perDay = new TreeMap<>();
    int gift = 0;
    int livelihood = 0;
    boolean submittable = false;
    for (TimeEntry e : entries) {
      perDay.merge(e.getLocalDate(), e.getMinutes(), Integer::sum);
      if (e.getKind() == EntryKind.GIFT) {
        gift += e.getMinutes();
      } else {
        livelihood += e.getMinutes();
      }
      submittable |= e.getStatus().editable();
    }
    return new WeekView(monday, rows(entries, zone), perDay, gift, livelihood, submittable);
  }

  /**
   * Submits every DRAFT or REJECTED entry of the caller's week containing {@code day} for approval,
   * and tells the other members of each circle. Requires a signed-in user.
   *
   * @return how many entries were submitted
   */
  public int submitWeek(LocalDate day) {
    long me = access.requireUserId();
    WeekView week = week(day);
    OffsetDateTime now = OffsetDateTime.now(clock);
    java.util.Set<Long> circles = new java.util.HashSet<>();
    int n = 0;
    for (EntryRow r : week.entries()) {
      if (r.status().editable()) {
        TimeEntry e = repo.lockEntry(r.id()).orElseThrow();
        requireOpen(e.getLocalDate());
        approvals.clear(TimeEntry.approvalSubject(e.getId()));
        e.submit(now);
        circles.add(e.getCircleId());
        n++;
      }
    }
    AccountSummary author = accounts.mine();
    for (long c : circles) {
      String circleName = repo.circle(c).map(Circle::getName).orElse("");
      for (AccountSummary peer : grants.holdersInternal(Grant.of(Role.OPS, Scope.circle(c)))) {
        if (peer.id() != me && peer.enabled()) {
          mail.queue(
              peer.email(),
              peer.language(),
              "timesheet.submitted",
              peer.displayName(),
              author.displayName(),
              circleName,
              Formatting.date(week.monday(), Languages.localeOf(peer.language())),
              new MailLink(
                  baseUrl.replaceAll("/+$", "") + "/timesheet/validate.xhtml?circle=" + c));
        }
      }
    }
    if (n > 0) {
      audit.record(
          STREAM,
          "week.submitted",
          "account",
          me,
          Map.of("week", week.monday().toString(), "entries", Integer.toString(n)),
          null);
    }
    return n;
  }

  /**
   * Saves an entry. Its activity and circle must be active, unless {@code fromTimer} (a timer
   * started before they were retired still stops and records its time) or an existing entry keeps
   * the activity it had.
   */
  private EntryRow save(
      long me,
      TimeEntry.Details d,
      TimeEntry existing,
      ZoneId zone,
      OffsetDateTime now,
      boolean fromTimer) {
    // One person's saves run one after the other, so two at once cannot both pass the overlap and
    // 24-hour checks below (issue #8).
    accounts.lockInternal(me);
    if (fromTimer) {
      repo.activity(d.activityId()).orElseThrow();
    } else {
      activityOf(d.circleId(), d.activityId(), existing);
    }
    TimeEntry e;
    if (existing == null) {
      e = new TimeEntry(me, d, zone, now);
      e.countFor(memberFacts.livePersonalOfAccountInternal(me).orElse(null));
    } else {
      existing.change(d, zone, now);
      e = existing;
    }
    requireOpen(e.getLocalDate());
    Long except = existing == null ? null : existing.getId();
    if (repo.overlaps(me, e.getStartedAt(), e.getEndedAt(), except)) {
      throw new TimesheetException("start", "timesheet.entry.overlap");
    }
    if (repo.minutesOn(me, e.getLocalDate(), except) + e.getMinutes() > 24 * 60) {
      throw new TimesheetException("end", "timesheet.entry.dayFull");
    }
    if (existing == null) {
      repo.add(e);
    } else {
      approvals.clear(TimeEntry.approvalSubject(e.getId()));
    }
    repo.flush();
    return row(e, zone);
  }

  private void requireOpen(LocalDate day) {
    Optional<LocalDate> closed = repo.closedUpTo();
    if (closed.isPresent() && !day.isAfter(closed.get())) {
      throw new TimesheetException(null, "timesheet.period.closed", closed.get());
    }
  }

  private TimeEntry own(long entryId, long me) {
    TimeEntry e =
        repo.lockEntry(entryId).orElseThrow(() -> new NotFoundException("entry", entryId));
    access.requireOwn("entry", entryId, e.getUserId());
    return e;
  }

  /**
   * The activity chosen for new time: of that circle and active (or the one {@code existing}
   * already has), in a circle not retired (or the one {@code existing} is already in).
   */
  private Activity activityOf(long circleId, Long activityId, TimeEntry existing) {
    boolean kept = existing != null && existing.getActivityId().equals(activityId);
    Activity activity =
        (activityId == null ? Optional.<Activity>empty() : repo.activity(activityId))
            .filter(a -> a.getCircleId() == circleId && (a.isActive() || kept))
            .orElseThrow(() -> new TimesheetException("activity", "timesheet.activity.unknown"));
    boolean sameCircle = existing != null && existing.getCircleId() == circleId;
    if (!sameCircle && !repo.circle(circleId).map(Circle::isActive).orElse(false)) {
      throw new TimesheetException("circle", "timesheet.circle.retired");
    }
    return activity;
  }

  /** The caller's time zone (the entries and timers being changed are always the caller's). */
  private ZoneId zoneOf(long userId) {
    return accounts.mine().zone();
  }

  private TimerRow row(Timer t) {
    return new TimerRow(
        t.getCircleId(),
        repo.circle(t.getCircleId()).map(Circle::getName).orElse(""),
        t.getActivityId(),
        repo.activity(t.getActivityId()).map(Activity::getName).orElse(""),
        t.getKind(),
        t.getStartedAt(),
        t.getDescription());
  }

  private EntryRow row(TimeEntry e, ZoneId zone) {
    return rows(List.of(e), zone).get(0);
  }

  /** The caller's entries as rows, each with its approvals so far (counted in one query). */
  private List<EntryRow> rows(List<TimeEntry> entries, ZoneId zone) {
    Map<Long, Integer> counts =
        approvals.counts(
            TimeEntry.APPROVAL_SUBJECT, entries.stream().map(TimeEntry::getId).toList());
    return entries.stream()
        .map(e -> CircleService.entryRow(e, zone, repo, "", counts.getOrDefault(e.getId(), 0)))
        .toList();
  }
}
