package coop.spokes.timesheet.model;

import coop.spokes.platform.approval.ApprovalSubject;
import coop.spokes.platform.approval.ApprovalTally;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Time one person spent on an activity of a circle. Invariants: whole minutes; ends after it
 * starts, not in the future, within one day of the person's time zone (so no day holds more than 24
 * hours once entries do not overlap, which the service checks); changed only while DRAFT or
 * REJECTED; APPROVED once enough other members of the circle approved it.
 */
@Entity
@Table(name = "timesheet_entry")
public class TimeEntry {
  /** The longest description. */
  public static final int MAX_DESCRIPTION = 500;

  /** What its approvals are recorded under (the platform's {@code Approvals}). */
  public static final String APPROVAL_SUBJECT = "timesheet-entry";

  @Id
  @SequenceGenerator(
      name = "timesheet_entry_seq",
      sequenceName = "timesheet_entry_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "timesheet_entry_seq")
  private Long id;

  @Column(name = "circle_id", nullable = false)
  private Long circleId;

  @Column(name = "activity_id", nullable = false)
  private Long activityId;

  @Column(name = "user_id", nullable = false)
  private Long userId;

  /** The membership the entry counts for: its author's personal one when logged (null: none). */
  @Column(name = "member_id")
  private Long memberId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 12)
  private EntryKind kind;

  @Column(name = "started_at", nullable = false)
  private OffsetDateTime startedAt;

  @Column(name = "ended_at", nullable = false)
  private OffsetDateTime endedAt;

  @Column(name = "local_date", nullable = false)
  private LocalDate localDate;

  @Column(name = "minutes", nullable = false)
  private int minutes;

  @Column(name = "description", length = MAX_DESCRIPTION)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 12)
  private EntryStatus status;

  @Column(name = "submitted_at")
  private OffsetDateTime submittedAt;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Column(name = "rejection_comment", length = 1000)
  private String rejectionComment;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected TimeEntry() {}

  /** What an entry says, as typed or taken from a timer. */
  public record Details(
      long circleId,
      long activityId,
      EntryKind kind,
      OffsetDateTime start,
      OffsetDateTime end,
      String description) {}

  /**
   * A new DRAFT entry of {@code userId}, whose time zone is {@code zone}, checked at {@code now}.
   *
   * @throws TimesheetException see {@link #change}
   */
  public TimeEntry(long userId, Details d, ZoneId zone, OffsetDateTime now) {
    this.userId = userId;
    this.status = EntryStatus.DRAFT;
    change(d, zone, now);
  }

  /**
   * Sets the membership a new entry counts for (its author's live personal membership, or null when
   * they hold none): its hours count toward that membership's standing only.
   */
  public void countFor(Long member) {
    this.memberId = member;
  }

  public Long getMemberId() {
    return memberId;
  }

  /**
   * Changes the entry (only while DRAFT or REJECTED; it becomes DRAFT again).
   *
   * @throws TimesheetException {@code timesheet.entry.locked}, {@code timesheet.entry.kind} at
   *     field {@code kind}, {@code timesheet.entry.order} at field {@code end}, {@code
   *     timesheet.entry.future} at field {@code end}, {@code timesheet.entry.oneDay} at field
   *     {@code end}, {@code timesheet.text.tooLong} at field {@code description}
   */
  public void change(Details d, ZoneId zone, OffsetDateTime now) {
    if (!status.editable()) {
      throw new TimesheetException(null, "timesheet.entry.locked");
    }
    if (d.kind() == null) {
      throw new TimesheetException("kind", "timesheet.entry.kind");
    }
    if (d.start() == null || d.end() == null) {
      throw new TimesheetException("end", "timesheet.entry.order");
    }
    OffsetDateTime start = minute(d.start());
    OffsetDateTime end = minute(d.end());
    if (!end.isAfter(start)) {
      throw new TimesheetException("end", "timesheet.entry.order");
    }
    if (end.isAfter(now)) {
      throw new TimesheetException("end", "timesheet.entry.future");
    }
    LocalDate day = start.atZoneSameInstant(zone).toLocalDate();
    if (!end.minusMinutes(1).atZoneSameInstant(zone).toLocalDate().equals(day)) {
      throw new TimesheetException("end", "timesheet.entry.oneDay");
    }
    if (d.description() != null && d.description().strip().length() > MAX_DESCRIPTION) {
      throw new TimesheetException("description", "timesheet.text.tooLong", MAX_DESCRIPTION);
    }
    this.circleId = d.circleId();
    this.activityId = d.activityId();
    this.kind = d.kind();
    this.startedAt = start;
    this.endedAt = end;
    this.localDate = day;
    this.minutes = (int) Duration.between(start, end).toMinutes();
    this.description =
        d.description() == null || d.description().isBlank() ? null : d.description().strip();
    this.status = EntryStatus.DRAFT;
    this.rejectionComment = null;
  }

  /** The instant, in UTC, to the minute (seconds dropped). */
  static OffsetDateTime minute(OffsetDateTime t) {
    return t.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
  }

  /** Submits the entry with its week for approval (from DRAFT or REJECTED). */
  public void submit(OffsetDateTime now) {
    if (!status.editable()) {
      throw new TimesheetException(null, "timesheet.entry.locked");
    }
    status = EntryStatus.SUBMITTED;
    submittedAt = now;
  }

  /** The approval subject of entry {@code id}. */
  public static ApprovalSubject approvalSubject(long id) {
    return new ApprovalSubject(APPROVAL_SUBJECT, id);
  }

  /**
   * Takes in an approval: APPROVED once the tally reaches the circle's number.
   *
   * @throws TimesheetException {@code timesheet.validation.notSubmitted}, {@code
   *     timesheet.validation.self}
   */
  public void approved(long approverId, ApprovalTally tally, OffsetDateTime now) {
    requireDecidableBy(approverId);
    if (tally.reached()) {
      status = EntryStatus.APPROVED;
      decidedAt = now;
    }
  }

  /**
   * Returns the entry to its author with a comment.
   *
   * @throws TimesheetException {@code timesheet.validation.notSubmitted}, {@code
   *     timesheet.validation.self}, {@code timesheet.validation.commentRequired} at field {@code
   *     comment}
   */
  public void reject(long approverId, String comment, OffsetDateTime now) {
    requireDecidableBy(approverId);
    if (comment == null || comment.isBlank() || comment.strip().length() > 1000) {
      throw new TimesheetException("comment", "timesheet.validation.commentRequired", 1000);
    }
    status = EntryStatus.REJECTED;
    rejectionComment = comment.strip();
    decidedAt = now;
  }

  /** Checks that {@code approverId} may decide on this entry now. */
  public void requireDecidableBy(long approverId) {
    if (status != EntryStatus.SUBMITTED) {
      throw new TimesheetException(null, "timesheet.validation.notSubmitted");
    }
    if (approverId == userId) {
      throw new TimesheetException(null, "timesheet.validation.self");
    }
  }

  public Long getId() {
    return id;
  }

  public Long getCircleId() {
    return circleId;
  }

  public Long getActivityId() {
    return activityId;
  }

  public Long getUserId() {
    return userId;
  }

  public EntryKind getKind() {
    return kind;
  }

  public OffsetDateTime getStartedAt() {
    return startedAt;
  }

  public OffsetDateTime getEndedAt() {
    return endedAt;
  }

  public LocalDate getLocalDate() {
    return localDate;
  }

  public int getMinutes() {
    return minutes;
  }

  public String getDescription() {
    return description;
  }

  public EntryStatus getStatus() {
    return status;
  }

  public OffsetDateTime getDecidedAt() {
    return decidedAt;
  }

  public String getRejectionComment() {
    return rejectionComment;
  }
}
