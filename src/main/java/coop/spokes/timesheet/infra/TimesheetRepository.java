package coop.spokes.timesheet.infra;

import coop.spokes.platform.time.RecordWindow;
import coop.spokes.platform.time.RecordWindows;
import coop.spokes.timesheet.model.Activity;
import coop.spokes.timesheet.model.Circle;
import coop.spokes.timesheet.model.ClosedPeriod;
import coop.spokes.timesheet.model.EntryKind;
import coop.spokes.timesheet.model.EntryStatus;
import coop.spokes.timesheet.model.Rate;
import coop.spokes.timesheet.model.TimeEntry;
import coop.spokes.timesheet.model.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Circles, activities, rates, entries, timers and closed periods (approvals: the platform's). */
@ApplicationScoped
public class TimesheetRepository {
  @PersistenceContext EntityManager em;

  public void add(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }

  public void remove(Object entity) {
    em.remove(entity);
  }

  public Optional<Circle> circle(long id) {
    return Optional.ofNullable(em.find(Circle.class, id));
  }

  public List<Circle> circles() {
    return em.createQuery("select c from Circle c order by c.name", Circle.class).getResultList();
  }

  public boolean circleNameTaken(String name, Long except) {
    return em
        .createQuery("select c.id from Circle c where lower(c.name) = :n", Long.class)
        .setParameter("n", name.strip().toLowerCase(java.util.Locale.ROOT))
        .getResultList()
        .stream()
        .anyMatch(id -> !id.equals(except));
  }

  public Optional<Activity> activity(long id) {
    return Optional.ofNullable(em.find(Activity.class, id));
  }

  public List<Activity> activities(long circleId) {
    return em.createQuery(
            "select a from Activity a where a.circleId = :c order by a.name", Activity.class)
        .setParameter("c", circleId)
        .getResultList();
  }

  public List<Rate> rates(long circleId) {
    return em.createQuery(
            "select r from Rate r where r.circleId = :c order by r.validFrom desc", Rate.class)
        .setParameter("c", circleId)
        .getResultList();
  }

  public Optional<TimeEntry> entry(long id) {
    return Optional.ofNullable(em.find(TimeEntry.class, id));
  }

  public Optional<TimeEntry> lockEntry(long id) {
    return Optional.ofNullable(em.find(TimeEntry.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /** A person's entries starting in [from, to), oldest first. */
  public List<TimeEntry> entriesOf(long userId, OffsetDateTime from, OffsetDateTime to) {
    return em.createQuery(
            "select e from TimeEntry e where e.userId = :u and e.startedAt >= :f and e.startedAt < :t"
                + " order by e.startedAt, e.id",
            TimeEntry.class)
        .setParameter("u", userId)
        .setParameter("f", from)
        .setParameter("t", to)
        .getResultList();
  }

  /** Whether a person has another entry overlapping [start, end). */
  public boolean overlaps(long userId, OffsetDateTime start, OffsetDateTime end, Long except) {
    return em
        .createQuery(
            "select e.id from TimeEntry e where e.userId = :u and e.startedAt < :end"
                + " and e.endedAt > :start",
            Long.class)
        .setParameter("u", userId)
        .setParameter("start", start)
        .setParameter("end", end)
        .setMaxResults(2)
        .getResultList()
        .stream()
        .anyMatch(id -> !id.equals(except));
  }

  /** Minutes a person logged on a local day, other than entry {@code except}. */
  public long minutesOn(long userId, LocalDate day, Long except) {
    Long sum =
        em.createQuery(
                "select sum(e.minutes) from TimeEntry e where e.userId = :u and e.localDate = :d"
                    + " and e.id <> :x",
                Long.class)
            .setParameter("u", userId)
            .setParameter("d", day)
            .setParameter("x", except == null ? Long.MIN_VALUE : except)
            .getSingleResult();
    return sum == null ? 0 : sum;
  }

  /** Submitted entries of a circle, oldest first, at most {@code max}. */
  public List<TimeEntry> submitted(long circleId, int max) {
    return em.createQuery(
            "select e from TimeEntry e where e.circleId = :c and e.status = :s order by e.startedAt, e.id",
            TimeEntry.class)
        .setParameter("c", circleId)
        .setParameter("s", EntryStatus.SUBMITTED)
        .setMaxResults(max)
        .getResultList();
  }

  /** Submitted entries of a circle by others than {@code except}. */
  public long countSubmitted(long circleId, long except) {
    return em.createQuery(
            "select count(e) from TimeEntry e where e.circleId = :c and e.status = :s and e.userId <> :u",
            Long.class)
        .setParameter("c", circleId)
        .setParameter("s", EntryStatus.SUBMITTED)
        .setParameter("u", except)
        .getSingleResult();
  }

  /**
   * Submitted entries waiting for approval, by circle: circle id, entries, minutes; the entries of
   * {@code except} (the reader, who may not approve their own) left out.
   */
  public List<Object[]> submittedByCircle(long except) {
    return em.createQuery(
            "select e.circleId, count(e), sum(e.minutes) from TimeEntry e"
                + " where e.status = :s and e.userId <> :u group by e.circleId",
            Object[].class)
        .setParameter("s", EntryStatus.SUBMITTED)
        .setParameter("u", except)
        .getResultList();
  }

  public Optional<Timer> timer(long userId) {
    return Optional.ofNullable(em.find(Timer.class, userId));
  }

  /** The latest closed period's last day, if any period was closed. */
  public Optional<LocalDate> closedUpTo() {
    return Optional.ofNullable(
        em.createQuery("select max(p.closedUpTo) from ClosedPeriod p", LocalDate.class)
            .getSingleResult());
  }

  public List<ClosedPeriod> closedPeriods() {
    return em.createQuery(
            "select p from ClosedPeriod p order by p.closedUpTo desc", ClosedPeriod.class)
        .setMaxResults(20)
        .getResultList();
  }

  /** Up to this many memberships are bound one by one; more are read as the range they span. */
  static final int LISTED_MEMBERS = 100;

  /**
   * Up to {@code max} members' approved volunteer minutes of {@code window} (worked on its days,
   * approved in its instants), by member after {@code afterMember}: a page of a walk through every
   * member, summed in the database (entries logged for no membership are left out). Each row:
   * member id, minutes.
   */
  public List<long[]> giftMinutesByMember(RecordWindow window, long afterMember, int max) {
    return giftMinutesByMember(RecordWindows.of(window), afterMember, max);
  }

  /** {@link #giftMinutesByMember} of the entries of any of {@code window}. */
  public List<long[]> giftMinutesByMember(RecordWindows window, long afterMember, int max) {
    var q =
        em.createQuery(
                "select e.memberId, sum(e.minutes) from TimeEntry e where e.memberId > :after"
                    + " and e.kind = :k and e.status = :s and "
                    + window.where("e.localDate", "e.decidedAt")
                    + " group by e.memberId order by e.memberId",
                Object[].class)
            .setParameter("after", afterMember)
            .setParameter("k", EntryKind.GIFT)
            .setParameter("s", EntryStatus.APPROVED)
            .setMaxResults(max);
    window.bind(q);
    return q.getResultList().stream()
        .map(r -> new long[] {(Long) r[0], ((Number) r[1]).longValue()})
        .toList();
  }

  /**
   * Approved GIFT minutes counting for the given memberships on days in [from, to], approved by
   * {@code asOf}, per membership.
   *
   * <p>Many memberships (a page of a roll: a run of ids of one custodian) are read as the range
   * from the lowest id to the highest, keeping only those asked for: a list of thousands of bound
   * ids was checked entry by entry in PostgreSQL's generic plan, a second per page of 5,000.
   */
  public Map<Long, Long> approvedGiftMinutes(
      Collection<Long> memberIds, LocalDate from, LocalDate to, OffsetDateTime asOf) {
    Map<Long, Long> minutes = new HashMap<>();
    if (memberIds.isEmpty()) {
      return minutes;
    }
    boolean range = memberIds.size() > LISTED_MEMBERS;
    var q =
        em.createQuery(
                "select e.memberId, sum(e.minutes) from TimeEntry e where "
                    + (range ? "e.memberId between :lo and :hi" : "e.memberId in :m")
                    + " and e.kind = :k and e.status = :s and e.localDate >= :f and e.localDate <= :t"
                    + " and e.decidedAt <= :at group by e.memberId",
                Object[].class)
            .setParameter("k", EntryKind.GIFT)
            .setParameter("s", EntryStatus.APPROVED)
            .setParameter("f", from)
            .setParameter("t", to)
            .setParameter("at", asOf);
    if (range) {
      q.setParameter("lo", java.util.Collections.min(memberIds))
          .setParameter("hi", java.util.Collections.max(memberIds));
    } else {
      q.setParameter("m", memberIds);
    }
    java.util.Set<Long> asked = new java.util.HashSet<>(memberIds);
    for (Object[] row : q.getResultList()) {
      if (asked.contains((Long) row[0])) {
        minutes.put((Long) row[0], ((Number) row[1]).longValue());
      }
    }
    return minutes;
  }

  /**
   * How many entries each person has on or before {@code upTo} that are not approved (draft,
   * submitted or returned), by person.
   */
  public Map<Long, Long> unapprovedUpTo(LocalDate upTo) {
    Map<Long, Long> counts = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select e.userId, count(e) from TimeEntry e where e.localDate <= :upTo"
                    + " and e.status <> :approved group by e.userId",
                Object[].class)
            .setParameter("upTo", upTo)
            .setParameter("approved", EntryStatus.APPROVED)
            .getResultList()) {
      counts.put((Long) row[0], ((Number) row[1]).longValue());
    }
    return counts;
  }

  /**
   * Approved LIVELIHOOD entries worked on days in [?1, ?2] of circles paid by custodian ?4 (or of
   * every circle when ?3 is 1), joined to the rate their circle had that day (the latest valid_from
   * on or before it; no rate: nulls).
   */
  private static final String PAID_WORK =
      " from timesheet_entry e join timesheet_circle c on c.id = e.circle_id"
          + " left join timesheet_rate r on r.circle_id = e.circle_id"
          + " and r.valid_from = (select max(r2.valid_from) from timesheet_rate r2"
          + " where r2.circle_id = e.circle_id and r2.valid_from <= e.local_date)"
          + " where e.kind = 'LIVELIHOOD' and e.status = 'APPROVED'"
          + " and e.local_date >= ? and e.local_date <= ?"
          + " and (? = 1 or c.paying_custodian_id = ?)";

  private static final String PAID_WORK_COLUMNS =
      "select e.id, e.user_id, e.circle_id, e.local_date, e.minutes, r.hourly_rate, r.currency,"
          + " e.member_id, c.paying_custodian_id";

  /** One approved stretch of paid work with its circle's rate of the day (null: none set). */
  public record PaidRow(
      long entryId,
      long userId,
      long circleId,
      LocalDate day,
      int minutes,
      java.math.BigDecimal hourlyRate,
      String currency,
      Long memberId,
      Long payingCustodianId) {}

  /** The paid work of which custodian's circles: one (its id), or every circle (null). */
  private static jakarta.persistence.Query period(
      jakarta.persistence.Query q, LocalDate from, LocalDate to, Long payer) {
    return q.setParameter(1, from)
        .setParameter(2, to)
        .setParameter(3, payer == null ? 1 : 0)
        .setParameter(4, payer == null ? -1L : payer);
  }

  /** One page of paid work, by day (newest first when asked) then entry. */
  public List<PaidRow> paidWork(
      LocalDate from, LocalDate to, Long payer, boolean newestFirst, int first, int max) {
    String direction = newestFirst ? " desc" : " asc";
    return paidRows(
        period(
                em.createNativeQuery(
                    PAID_WORK_COLUMNS
                        + PAID_WORK
                        + " order by e.local_date"
                        + direction
                        + ", e.id"
                        + direction
                        + " limit ? offset ?"),
                from,
                to,
                payer)
            .setParameter(5, max)
            .setParameter(6, first));
  }

  /** Up to {@code max} rows of paid work after (day, entry id), in that order: for streaming. */
  public List<PaidRow> paidWorkAfter(
      LocalDate from, LocalDate to, Long payer, LocalDate afterDay, long afterId, int max) {
    return paidRows(
        period(
                em.createNativeQuery(
                    PAID_WORK_COLUMNS
                        + PAID_WORK
                        + " and (e.local_date > ? or (e.local_date = ? and e.id > ?))"
                        + " order by e.local_date, e.id limit ?"),
                from,
                to,
                payer)
            .setParameter(5, afterDay)
            .setParameter(6, afterDay)
            .setParameter(7, afterId)
            .setParameter(8, max));
  }

  /**
   * The approved paid work of the circles {@code payer} pays (every circle when null) from any of
   * {@code windows} (worked on its days, approved in its instants), as SQL after the columns.
   */
  private static String paidWorkOf(RecordWindows windows) {
    return " from timesheet_entry e join timesheet_circle c on c.id = e.circle_id"
        + " left join timesheet_rate r on r.circle_id = e.circle_id"
        + " and r.valid_from = (select max(r2.valid_from) from timesheet_rate r2"
        + " where r2.circle_id = e.circle_id and r2.valid_from <= e.local_date)"
        + " where e.kind = 'LIVELIHOOD' and e.status = 'APPROVED'"
        + " and (? = 1 or c.paying_custodian_id = ?) and "
        + windows.sqlWhere("e.local_date", "e.decided_at");
  }

  /** Binds the payer and the windows of {@link #paidWorkOf}; returns the next parameter index. */
  private static int bindPaidWorkOf(
      jakarta.persistence.Query q, Long payer, RecordWindows windows) {
    q.setParameter(1, payer == null ? 1 : 0).setParameter(2, payer == null ? -1L : payer);
    int next = 3;
    for (Object value : windows.sqlParameters()) {
      q.setParameter(next++, value);
    }
    return next;
  }

  /** One page of the paid work of any of {@code windows}, by day then entry. */
  public List<PaidRow> paidWork(Long payer, RecordWindows windows, int first, int max) {
    var q =
        em.createNativeQuery(
            PAID_WORK_COLUMNS
                + paidWorkOf(windows)
                + " order by e.local_date, e.id limit ? offset ?");
    int next = bindPaidWorkOf(q, payer, windows);
    return paidRows(q.setParameter(next, max).setParameter(next + 1, first));
  }

  /**
   * The paid work of the members {@code memberIds} (a few: those named on the public page) from any
   * of {@code windows}, grouped per member by (rate, currency, entry length): member id, rate,
   * currency, minutes, entries.
   */
  public List<Object[]> paidWorkGroupsOf(Collection<Long> memberIds, RecordWindows windows) {
    if (memberIds.isEmpty()) {
      return List.of();
    }
    var q =
        em.createNativeQuery(
            "select e.member_id, r.hourly_rate, r.currency, e.minutes, count(*)"
                + paidWorkOf(windows)
                + " and e.member_id in ("
                + String.join(",", java.util.Collections.nCopies(memberIds.size(), "?"))
                + ") group by e.member_id, r.hourly_rate, r.currency, e.minutes");
    int next = bindPaidWorkOf(q, null, windows);
    for (Long id : memberIds) {
      q.setParameter(next++, id);
    }
    List<Object[]> rows = new java.util.ArrayList<>();
    for (Object o : q.getResultList()) {
      rows.add((Object[]) o);
    }
    return rows;
  }

  /** How many rows {@link #paidWork(Long, RecordWindows, int, int)} pages through. */
  public long paidWorkCount(Long payer, RecordWindows windows) {
    var q = em.createNativeQuery("select count(*)" + paidWorkOf(windows));
    bindPaidWorkOf(q, payer, windows);
    return ((Number) q.getSingleResult()).longValue();
  }

  /** How many rows {@link #paidWork} pages through. */
  public long paidWorkCount(LocalDate from, LocalDate to, Long payer) {
    return ((Number)
            period(em.createNativeQuery("select count(*)" + PAID_WORK), from, to, payer)
                .getSingleResult())
        .longValue();
  }

  /** Paid work of a period summed by (rate, currency, minutes of an entry): for totals. */
  public record PaidGroup(
      java.math.BigDecimal hourlyRate, String currency, int minutes, long entries) {}

  public List<PaidGroup> paidWorkGroups(LocalDate from, LocalDate to, Long payer) {
    return paidWorkGroups(payer, RecordWindow.dated(from, to));
  }

  /**
   * {@link #paidWorkGroups} of the entries approved in [{@code decidedFrom}, {@code decidedBefore})
   * (a null bound: open): what a closed month counted, or its corrections.
   */
  public List<PaidGroup> paidWorkGroups(Long payer, RecordWindow window) {
    java.time.OffsetDateTime never = java.time.OffsetDateTime.parse("1970-01-01T00:00:00Z");
    List<PaidGroup> groups = new java.util.ArrayList<>();
    for (Object o :
        period(
                em.createNativeQuery(
                    "select r.hourly_rate, r.currency, e.minutes, count(*)"
                        + PAID_WORK
                        + " and (? = 1 or e.decided_at >= ?) and (? = 1 or e.decided_at < ?)"
                        + " group by r.hourly_rate, r.currency, e.minutes"),
                window.from(),
                window.to(),
                payer)
            .setParameter(5, window.recordedFrom() == null ? 1 : 0)
            .setParameter(6, window.recordedFrom() == null ? never : window.recordedFrom())
            .setParameter(7, window.recordedBefore() == null ? 1 : 0)
            .setParameter(8, window.recordedBefore() == null ? never : window.recordedBefore())
            .getResultList()) {
      Object[] r = (Object[]) o;
      groups.add(
          new PaidGroup(
              (java.math.BigDecimal) r[0],
              r[1] == null ? null : ((String) r[1]).strip(),
              ((Number) r[2]).intValue(),
              ((Number) r[3]).longValue()));
    }
    return groups;
  }

  /** The ids of the period's paid-work entries of {@code memberId} (of circles paid by payer). */
  public List<Long> paidWorkEntriesOf(long memberId, LocalDate from, LocalDate to, Long payer) {
    return ((List<?>)
            period(
                    em.createNativeQuery("select e.id" + PAID_WORK + " and e.member_id = ?"),
                    from,
                    to,
                    payer)
                .setParameter(5, memberId)
                .getResultList())
        .stream().map(o -> ((Number) o).longValue()).toList();
  }

  private static List<PaidRow> paidRows(jakarta.persistence.Query query) {
    List<PaidRow> rows = new java.util.ArrayList<>();
    for (Object o : query.getResultList()) {
      Object[] r = (Object[]) o;
      rows.add(
          new PaidRow(
              ((Number) r[0]).longValue(),
              ((Number) r[1]).longValue(),
              ((Number) r[2]).longValue(),
              r[3] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[3],
              ((Number) r[4]).intValue(),
              (java.math.BigDecimal) r[5],
              r[6] == null ? null : ((String) r[6]).strip(),
              r[7] == null ? null : ((Number) r[7]).longValue(),
              r[8] == null ? null : ((Number) r[8]).longValue()));
    }
    return rows;
  }
}
