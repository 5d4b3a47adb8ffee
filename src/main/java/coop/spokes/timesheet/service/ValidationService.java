package coop.spokes.timesheet.service;

import coop.spokes.audit.service.AuditService;
import coop.spokes.identity.service.AccountService;
import coop.spokes.identity.service.AccountSummary;
import coop.spokes.identity.service.RoleGrantService;
import coop.spokes.platform.NotFoundException;
import coop.spokes.platform.approval.ApprovalTally;
import coop.spokes.platform.approval.Approvals;
import coop.spokes.platform.i18n.Formatting;
import coop.spokes.platform.i18n.Languages;
import coop.spokes.platform.mail.MailService;
import coop.spokes.platform.mail.MultilineText;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Grant;
import coop.spokes.platform.security.Role;
import coop.spokes.platform.security.Scope;
import coop.spokes.platform.security.ScopeType;
import coop.spokes.timesheet.infra.TimesheetRepository;
import coop.spokes.timesheet.model.Circle;
import coop.spokes.timesheet.model.ClosedPeriod;
import coop.spokes.timesheet.model.TimeEntry;
import coop.spokes.timesheet.model.TimesheetException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Peer validation: members of a circle approve or reject each other's submitted entries (never
 * their own); an entry is APPROVED (locked) with the circle's number of approvals; a rejection
 * returns it to its author with a comment. Treasurers close periods. Every step mails the author
 * and is audited.
 */
@ApplicationScoped
@Transactional
public class ValidationService {
  @Inject Access access;
  @Inject TimesheetRepository repo;
  @Inject Approvals approvals;
  @Inject AccountService accounts;
  @Inject RoleGrantService grants;
  @Inject MailService mail;
  @Inject AuditService audit;
  @Inject Clock clock;
  @Inject jakarta.enterprise.event.Event<VolunteerHoursApproved> volunteerHoursApproved;

  /**
   * Submitted entries of the other members of a circle (at most 200, oldest first), each with its
   * approvals so far. Requires OPS of that circle.
   */
  public List<EntryRow> submitted(long circleId) {
    long me = access.requireUserId();
    access.require(Role.OPS, Scope.circle(circleId));
    Map<Long, AccountSummary> people = new HashMap<>();
    for (AccountSummary a : grants.holdersInternal(Grant.of(Role.OPS, Scope.circle(circleId)))) {
      people.put(a.id(), a);
    }
    List<TimeEntry> waiting =
        repo.submitted(circleId, 200).stream().filter(e -> e.getUserId() != me).toList();
    Map<Long, Integer> counts =
        approvals.counts(
            TimeEntry.APPROVAL_SUBJECT, waiting.stream().map(TimeEntry::getId).toList());
    return waiting.stream()
        .map(
            e -> {
              AccountSummary author = people.get(e.getUserId());
              return CircleService.entryRow(
                  e,
                  zone(author),
                  repo,
                  author == null ? "" : author.displayName(),
                  counts.getOrDefault(e.getId(), 0));
            })
        .toList();
  }

  /** Whether the caller already approved an entry. Same access as {@link #approve}. */
  public boolean approvedByMe(long entryId) {
    long me = access.requireUserId();
    TimeEntry e = repo.entry(entryId).orElseThrow(() -> new NotFoundException("entry", entryId));
    access.requireToSee("entry", entryId, Role.OPS, Scope.circle(e.getCircleId()));
    return approvals.hasApproved(TimeEntry.approvalSubject(entryId), me);
  }

  /**
   * How many entries of the other members of a circle wait for approval. Requires OPS of that
   * circle.
   */
  public long countSubmitted(long circleId) {
    long me = access.requireUserId();
    access.require(Role.OPS, Scope.circle(circleId));
    return repo.countSubmitted(circleId, me);
  }

  /**
   * Hours waiting for approval in each circle the caller validates (OPS of it) and, for admins, in
   * every circle: one grouped count, the caller's own entries left out. Requires a signed-in user.
   */
  public List<CircleWaiting> waitingByCircle() {
    long me = access.requireUserId();
    boolean admin = access.hasAny(Grant.admin());
    List<CircleWaiting> waiting = new java.util.ArrayList<>();
    for (Object[] row : repo.submittedByCircle(me)) {
      long circleId = (Long) row[0];
      boolean validator = access.hasAny(Grant.of(Role.OPS, Scope.circle(circleId)));
      if (validator || admin) {
        String name = repo.circle(circleId).map(Circle::getName).orElse("");
        waiting.add(
            new CircleWaiting(
                circleId, name, (Long) row[1], ((Number) row[2]).longValue(), validator));
      }
    }
    return waiting;
  }

  /**
   * Approves another member's submitted entry. Requires OPS of the entry's circle.
   *
   * @throws TimesheetException {@code timesheet.validation.self}, {@code
   *     timesheet.validation.notSubmitted}, {@code timesheet.validation.already}
   */
  public EntryRow approve(long entryId) {
    long me = access.requireUserId();
    TimeEntry e =
        repo.lockEntry(entryId).orElseThrow(() -> new NotFoundException("entry", entryId));
    access.requireToSee("entry", entryId, Role.OPS, Scope.circle(e.getCircleId()));
    e.requireDecidableBy(me);
    requireOpen(e);
    OffsetDateTime now = OffsetDateTime.now(clock);
    Circle circle = repo.circle(e.getCircleId()).orElseThrow();
    ApprovalTally tally =
        approvals
            .approve(TimeEntry.approvalSubject(entryId), me, circle.getApprovalsRequired(), now)
            .orElseThrow(() -> new TimesheetException(null, "timesheet.validation.already"));
    e.approved(me, tally, now);
    audit.record(
        TimesheetService.STREAM,
        "entry.approved",
        "entry",
        entryId,
        Map.of("by", Long.toString(me), "status", e.getStatus().name()),
        null);
    AccountSummary author = accounts.findInternal(e.getUserId()).orElseThrow();
    if (e.getStatus() == coop.spokes.timesheet.model.EntryStatus.APPROVED) {
      if (e.getKind() == coop.spokes.timesheet.model.EntryKind.GIFT) {
        volunteerHoursApproved.fire(new VolunteerHoursApproved(e.getUserId(), e.getLocalDate()));
      }
      mail.queue(
          author.email(),
          author.language(),
          "timesheet.approved",
          author.displayName(),
          circle.getName(),
          Formatting.date(e.getLocalDate(), Languages.localeOf(author.language())),
          e.getMinutes() / 60 + ":" + String.format("%02d", e.getMinutes() % 60));
    }
    repo.flush();
    return CircleService.entryRow(e, zone(author), repo, author.displayName(), tally.approvals());
  }

  /**
   * Returns another member's submitted entry to its author with a comment. Requires OPS of the
   * entry's circle.
   *
   * @throws TimesheetException {@code timesheet.validation.self}, {@code
   *     timesheet.validation.notSubmitted}, {@code timesheet.validation.commentRequired} at field
   *     {@code comment}
   */
  public EntryRow reject(long entryId, String comment) {
    long me = access.requireUserId();
    TimeEntry e =
        repo.lockEntry(entryId).orElseThrow(() -> new NotFoundException("entry", entryId));
    access.requireToSee("entry", entryId, Role.OPS, Scope.circle(e.getCircleId()));
    requireOpen(e);
    e.reject(me, comment, OffsetDateTime.now(clock));
    approvals.clear(TimeEntry.approvalSubject(entryId));
    Circle circle = repo.circle(e.getCircleId()).orElseThrow();
    AccountSummary author = accounts.findInternal(e.getUserId()).orElseThrow();
    mail.queue(
        author.email(),
        author.language(),
        "timesheet.rejected",
        author.displayName(),
        circle.getName(),
        Formatting.date(e.getLocalDate(), Languages.localeOf(author.language())),
        new MultilineText(e.getRejectionComment()));
    audit.record(
        TimesheetService.STREAM,
        "entry.rejected",
        "entry",
        entryId,
        Map.of("by", Long.toString(me)),
        null);
    return CircleService.entryRow(e, zone(author), repo, author.displayName(), 0);
  }

  /**
   * Closes every day up to {@code upTo}: no entry dated then changes afterwards. Everyone with
   * entries in it left unapproved is told by mail how many. Requires ADMIN or TREASURER for all
   * custodians.
   *
   * @throws TimesheetException {@code timesheet.period.invalid} at field {@code upTo}
   */
  public void closePeriod(LocalDate upTo) {
    long me = access.requireUserId();
    access.requireAny(Grant.admin(), Grant.of(Role.TREASURER, Scope.allOf(ScopeType.CUSTODIAN)));
    Optional<LocalDate> closed = repo.closedUpTo();
    if (upTo == null
        || !upTo.isBefore(LocalDate.now(clock))
        || closed.isPresent() && !upTo.isAfter(closed.get())) {
      throw new TimesheetException("upTo", "timesheet.period.invalid");
    }
    repo.add(new ClosedPeriod(upTo, me, OffsetDateTime.now(clock)));
    Map<Long, Long> unapproved = repo.unapprovedUpTo(upTo);
    Map<Long, AccountSummary> authors = accounts.summariesInternal(unapproved.keySet());
    unapproved.forEach(
        (userId, entries) -> {
          AccountSummary a = authors.get(userId);
          if (a != null) {
            mail.queue(
                a.email(),
                a.language(),
                "timesheet.periodClosed",
                a.displayName(),
                Formatting.date(upTo, Languages.localeOf(a.language())),
                entries);
          }
        });
    audit.record(
        TimesheetService.STREAM,
        "period.closed",
        "timesheet",
        null,
        Map.of(
            "upTo",
            upTo.toString(),
            "unapprovedEntries",
            Long.toString(unapproved.values().stream().mapToLong(Long::longValue).sum())),
        null);
  }

  /** The latest closed day, if any. Same access as {@link #closePeriod}. */
  public Optional<LocalDate> closedUpTo() {
    access.requireAny(Grant.admin(), Grant.of(Role.TREASURER, Scope.allOf(ScopeType.CUSTODIAN)));
    return repo.closedUpTo();
  }

  private void requireOpen(TimeEntry e) {
    Optional<LocalDate> closed = repo.closedUpTo();
    if (closed.isPresent() && !e.getLocalDate().isAfter(closed.get())) {
      throw new TimesheetException(null, "timesheet.period.closed", closed.get());
    }
  }

  private static ZoneId zone(AccountSummary a) {
    return a == null ? java.time.ZoneOffset.UTC : a.zone();
  }
}
