package coop.spokes.assembly.model;

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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * A general assembly. Invariants: the voting window ends after it starts and the second call comes
 * after the first; the record date is not after the first call; settings change only in DRAFT; the
 * state only moves forward, and voting opens only once the notice period has run since the notice
 * went out.
 */
@Entity
@Table(name = "assembly_assembly")
public class Assembly {
  /** The longest title. */
  public static final int MAX_TITLE = 200;

  /** The longest description. */
  public static final int MAX_DESCRIPTION = 4000;

  @Id
  @SequenceGenerator(name = "assembly_seq", sequenceName = "assembly_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assembly_seq")
  private Long id;

  @Column(name = "title", nullable = false, length = MAX_TITLE)
  private String title;

  @Column(name = "description", length = MAX_DESCRIPTION)
  private String description;

  @Column(name = "place", length = 300)
  private String place;

  @Column(name = "time_zone", nullable = false, length = 60)
  private String timeZone;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 12)
  private AssemblyState state = AssemblyState.DRAFT;

  /** The weighting scheme as a tally document's {@code scheme} section (JSON). */
  @Column(name = "scheme", nullable = false, length = 8000)
  private String scheme;

  @Column(name = "record_date", nullable = false)
  private LocalDate recordDate;

  @Column(name = "first_call_at", nullable = false)
  private OffsetDateTime firstCallAt;

  @Column(name = "second_call_at")
  private OffsetDateTime secondCallAt;

  @Column(name = "opens_at", nullable = false)
  private OffsetDateTime opensAt;

  @Column(name = "closes_at", nullable = false)
  private OffsetDateTime closesAt;

  @Column(name = "notice_days", nullable = false)
  private int noticeDays;

  @Column(name = "objections_until")
  private OffsetDateTime objectionsUntil;

  @Column(name = "partial_standing", nullable = false)
  private boolean partialStanding;

  @Column(name = "year_before_counts", nullable = false)
  private boolean yearBeforeCounts;

  @Column(name = "proxy_limit", nullable = false)
  private int proxyLimit = 2;

  @Column(name = "principal_overrides", nullable = false)
  private boolean principalOverrides = true;

  @Column(name = "approvals_required", nullable = false)
  private int approvalsRequired = 1;

  @Column(name = "roll_built_at")
  private OffsetDateTime rollBuiltAt;

  @Column(name = "convened_at")
  private OffsetDateTime convenedAt;

  @Column(name = "opened_at")
  private OffsetDateTime openedAt;

  @Column(name = "closed_at")
  private OffsetDateTime closedAt;

  @Column(name = "published_at")
  private OffsetDateTime publishedAt;

  @Column(name = "audit_head_seq")
  private Long auditHeadSeq;

  @Column(name = "audit_head_hash", length = 64)
  private String auditHeadHash;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Assembly() {}

  /** A new assembly in DRAFT, with the given schedule (see {@link #schedule}). */
  public Assembly(String title, String scheme, AssemblySchedule schedule, OffsetDateTime now) {
    this.createdAt = now;
    describe(title, null, null);
    this.scheme = scheme;
    schedule(schedule);
  }

  /**
   * Changes title, description and place. Only in DRAFT.
   *
   * @throws AssemblyException {@code assembly.title.invalid} at {@code title}, {@code
   *     assembly.text.tooLong} at {@code description} or {@code place}
   */
  public void describe(String newTitle, String newDescription, String newPlace) {
    requireDraft();
    if (newTitle == null || newTitle.isBlank() || newTitle.strip().length() > MAX_TITLE) {
      throw new AssemblyException("title", "assembly.title.invalid", MAX_TITLE);
    }
    if (newDescription != null && newDescription.strip().length() > MAX_DESCRIPTION) {
      throw new AssemblyException("description", "assembly.text.tooLong", MAX_DESCRIPTION);
    }
    if (newPlace != null && newPlace.strip().length() > 300) {
      throw new AssemblyException("place", "assembly.text.tooLong", 300);
    }
    title = newTitle.strip();
    description = blankToNull(newDescription);
    place = blankToNull(newPlace);
  }

  /**
   * Sets dates and rules of eligibility and proxies. Only in DRAFT.
   *
   * @throws AssemblyException at the field at fault (see {@link AssemblySchedule#check})
   */
  public void schedule(AssemblySchedule s) {
    requireDraft();
    s.check();
    timeZone = s.timeZone().getId();
    recordDate = s.recordDate();
    firstCallAt = s.firstCallAt();
    secondCallAt = s.secondCallAt();
    opensAt = s.opensAt();
    closesAt = s.closesAt();
    noticeDays = s.noticeDays();
    partialStanding = s.partialStanding();
    yearBeforeCounts = s.yearBeforeCounts();
    proxyLimit = s.proxyLimit();
    principalOverrides = s.principalOverrides();
    approvalsRequired = s.approvalsRequired();
  }

  /** Sets the weighting scheme (already read and checked by the tally core). Only in DRAFT. */
  public void useScheme(String schemeJson) {
    requireDraft();
    scheme = schemeJson;
  }

  /** Records that the roll was (re)built. Only in DRAFT. */
  public void rollBuilt(OffsetDateTime now) {
    requireDraft();
    rollBuiltAt = now;
  }

  /**
   * Opens the roll to objections until {@code until}. Only in DRAFT, with a roll.
   *
   * @throws AssemblyException {@code assembly.roll.notBuilt}, {@code assembly.objections.untilPast}
   *     at {@code objectionsUntil}
   */
  public void openObjections(OffsetDateTime until, OffsetDateTime now) {
    requireDraft();
    if (rollBuiltAt == null) {
      throw new AssemblyException(null, "assembly.roll.notBuilt");
    }
    if (until == null || !until.isAfter(now)) {
      throw new AssemblyException("objectionsUntil", "assembly.objections.untilPast");
    }
    objectionsUntil = until;
  }

  /** Whether members may object to the roll now. */
  public boolean objectionsOpen(OffsetDateTime now) {
    return state == AssemblyState.DRAFT && objectionsUntil != null && now.isBefore(objectionsUntil);
  }

  /**
   * Sends the notice: DRAFT → CONVENED. The roll must be built, its objection window over and every
   * objection decided (the caller counts them); the first call must leave the notice period.
   *
   * @throws AssemblyException {@code assembly.roll.notBuilt}, {@code
   *     assembly.convene.objectionsOpen}, {@code assembly.convene.objectionsUndecided}, {@code
   *     assembly.convene.tooLate}, {@code assembly.convene.noMotions}
   */
  public void convene(OffsetDateTime now, long undecidedObjections, int motions) {
    requireDraft();
    if (rollBuiltAt == null) {
      throw new AssemblyException(null, "assembly.roll.notBuilt");
    }
    if (objectionsUntil != null && now.isBefore(objectionsUntil)) {
      throw new AssemblyException(null, "assembly.convene.objectionsOpen");
    }
    if (undecidedObjections > 0) {
      throw new AssemblyException(
          null, "assembly.convene.objectionsUndecided", undecidedObjections);
    }
    if (motions == 0) {
      throw new AssemblyException(null, "assembly.convene.noMotions");
    }
    if (now.plusDays(noticeDays).isAfter(firstCallAt)) {
      throw new AssemblyException(null, "assembly.convene.tooLate", noticeDays);
    }
    state = AssemblyState.CONVENED;
    convenedAt = now;
  }

  /** When voting may open at the earliest: the notice period after the notice went out. */
  public OffsetDateTime noticeRunsOutAt() {
    return convenedAt == null ? null : convenedAt.plusDays(noticeDays);
  }

  /**
   * CONVENED → OPEN.
   *
   * @throws AssemblyException {@code assembly.state.wrong}, {@code assembly.open.noticeRunning},
   *     {@code assembly.open.outsideWindow} before the voting window opens or after it closes
   */
  public void open(OffsetDateTime now) {
    requireState(AssemblyState.CONVENED);
    if (now.isBefore(noticeRunsOutAt())) {
      throw new AssemblyException(null, "assembly.open.noticeRunning", noticeRunsOutAt());
    }
    if (now.isBefore(opensAt) || !now.isBefore(closesAt)) {
      throw new AssemblyException(null, "assembly.open.outsideWindow", opensAt, closesAt);
    }
    state = AssemblyState.OPEN;
    openedAt = now;
  }

  /** OPEN → CLOSED. */
  public void close(OffsetDateTime now) {
    requireState(AssemblyState.OPEN);
    state = AssemblyState.CLOSED;
    closedAt = now;
  }

  /**
   * Whether ballots may be cast at {@code now}: voting is open and its window has not ended (chairs
   * open and close motions within it).
   */
  public boolean takesBallots(OffsetDateTime now) {
    return state == AssemblyState.OPEN && now.isBefore(closesAt);
  }

  /** Keeps the audit chain's head at close, published with the result. */
  public void sealAuditHead(long seq, String hash) {
    requireState(AssemblyState.CLOSED);
    auditHeadSeq = seq;
    auditHeadHash = hash;
  }

  /** CLOSED → PUBLISHED. */
  public void publish(OffsetDateTime now) {
    requireState(AssemblyState.CLOSED);
    state = AssemblyState.PUBLISHED;
    publishedAt = now;
  }

  /**
   * @throws AssemblyException {@code assembly.state.wrong} unless in {@code wanted}
   */
  public void requireState(AssemblyState wanted) {
    if (state != wanted) {
      throw new AssemblyException(null, "assembly.state.wrong");
    }
  }

  private void requireDraft() {
    if (state != AssemblyState.DRAFT) {
      throw new AssemblyException(null, "assembly.state.notDraft");
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public String getPlace() {
    return place;
  }

  public ZoneId getTimeZone() {
    return ZoneId.of(timeZone);
  }

  public AssemblyState getState() {
    return state;
  }

  public String getScheme() {
    return scheme;
  }

  public LocalDate getRecordDate() {
    return recordDate;
  }

  public OffsetDateTime getFirstCallAt() {
    return firstCallAt;
  }

  public OffsetDateTime getSecondCallAt() {
    return secondCallAt;
  }

  public OffsetDateTime getOpensAt() {
    return opensAt;
  }

  public OffsetDateTime getClosesAt() {
    return closesAt;
  }

  public int getNoticeDays() {
    return noticeDays;
  }

  public OffsetDateTime getObjectionsUntil() {
    return objectionsUntil;
  }

  public boolean isPartialStanding() {
    return partialStanding;
  }

  public boolean isYearBeforeCounts() {
    return yearBeforeCounts;
  }

  public int getProxyLimit() {
    return proxyLimit;
  }

  public boolean isPrincipalOverrides() {
    return principalOverrides;
  }

  public int getApprovalsRequired() {
    return approvalsRequired;
  }

  public OffsetDateTime getRollBuiltAt() {
    return rollBuiltAt;
  }

  public OffsetDateTime getConvenedAt() {
    return convenedAt;
  }

  public OffsetDateTime getOpenedAt() {
    return openedAt;
  }

  public OffsetDateTime getClosedAt() {
    return closedAt;
  }

  public OffsetDateTime getPublishedAt() {
    return publishedAt;
  }

  public Long getAuditHeadSeq() {
    return auditHeadSeq;
  }

  public String getAuditHeadHash() {
    return auditHeadHash;
  }
}
