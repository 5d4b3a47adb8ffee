package coop.spokes.timesheet.infra;

import coop.spokes.timesheet.model.Activity;
import coop.spokes.timesheet.model.Approval;
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

/** Circles, activities, rates, entries, timers, approvals and closed periods. */
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

  public List<Approval> approvals(long entryId) {
    return em.createQuery("select a from Approval a where a.entryId = :e", Approval.class)
        .setParameter("e", entryId)
        .getResultList();
  }

  public void clearApprovals(long entryId) {
    em.createQuery("delete from Approval a where a.entryId = :e")
        .setParameter("e", entryId)
        .executeUpdate();
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

  /**
   * Approved GIFT minutes of the given people on days in [from, to], approved by {@code asOf}, per
   * person.
   */
  public Map<Long, Long> approvedGiftMinutes(
      Collection<Long> userIds, LocalDate from, LocalDate to, OffsetDateTime asOf) {
    Map<Long, Long> minutes = new HashMap<>();
    if (userIds.isEmpty()) {
      return minutes;
    }
    for (Object[] row :
        em.createQuery(
                "select e.userId, sum(e.minutes) from TimeEntry e where e.userId in :u"
                    + " and e.kind = :k and e.status = :s and e.localDate >= :f and e.localDate <= :t"
                    + " and e.decidedAt <= :at group by e.userId",
                Object[].class)
            .setParameter("u", userIds)
            .setParameter("k", EntryKind.GIFT)
            .setParameter("s", EntryStatus.APPROVED)
            .setParameter("f", from)
            .setParameter("t", to)
            .setParameter("at", asOf)
            .getResultList()) {
      minutes.put((Long) row[0], ((Number) row[1]).longValue());
    }
    return minutes;
  }

  /** Approved LIVELIHOOD entries worked on days in [from, to], by day then person. */
  public List<TimeEntry> approvedLivelihood(LocalDate from, LocalDate to) {
    return em.createQuery(
            "select e from TimeEntry e where e.kind = :k and e.status = :s"
                + " and e.localDate >= :f and e.localDate <= :t order by e.localDate, e.userId, e.id",
            TimeEntry.class)
        .setParameter("k", EntryKind.LIVELIHOOD)
        .setParameter("s", EntryStatus.APPROVED)
        .setParameter("f", from)
        .setParameter("t", to)
        .getResultList();
  }
}
