package coop.spokes.timesheet.service;

import coop.spokes.platform.money.Money;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.time.RecordWindow;
import coop.spokes.platform.time.RecordWindows;
import coop.spokes.timesheet.infra.TimesheetRepository;
import coop.spokes.timesheet.model.Circle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Validated hours for the contribution context, which values them: only approved GIFT entries,
 * counted by the day they were worked and the time they were approved.
 */
@ApplicationScoped
@Transactional
public class HoursService {
  @Inject Access access;
  @Inject TimesheetRepository repo;
  @Inject coop.spokes.identity.service.AccountService accounts;

  /**
   * Approved volunteer minutes counting for the given memberships, worked on days in [{@code from},
   * {@code to}] and approved by {@code asOf}, per membership (absent: none). Each entry counts for
   * the one membership it was logged for, never for another membership of its author. Internal:
   * only services call it.
   */
  public Map<Long, Long> giftMinutesInternal(
      Collection<Long> memberIds, LocalDate from, LocalDate to, OffsetDateTime asOf) {
    access.permitInternal();
    return repo.approvedGiftMinutes(memberIds, from, to, asOf);
  }

  /** A member's approved volunteer minutes over a window. */
  public record MemberMinutes(long memberId, long minutes) {}

  /**
   * Up to {@code max} members' approved volunteer minutes of {@code window} (worked on its days,
   * approved in its instants), by member after {@code afterMember} (walk on from the last one).
   * Internal.
   */
  public List<MemberMinutes> giftMinutesByMemberInternal(
      RecordWindow window, long afterMember, int max) {
    access.permitInternal();
    return giftMinutesByMemberInternal(RecordWindows.of(window), afterMember, max);
  }

  /** {@link #giftMinutesByMemberInternal} of the entries of any of {@code window}. Internal. */
  public List<MemberMinutes> giftMinutesByMemberInternal(
      RecordWindows window, long afterMember, int max) {
    access.permitInternal();
    return repo.giftMinutesByMember(window, afterMember, max).stream()
        .map(r -> new MemberMinutes(r[0], r[1]))
        .toList();
  }

  /** One approved stretch of paid work, with the circle's hourly rate of that day. */
  public record PaidWork(
      long entryId,
      long userId,
      String person,
      long circleId,
      String circle,
      LocalDate day,
      int minutes,
      Money hourlyRate,
      Long memberId,
      Long payingCustodianId) {}

  /** How many approved paid entries of {@code minutes} each had a rate (null: none set). */
  public record PaidGroup(Money hourlyRate, int minutes, long entries) {}

  /**
   * One page of approved paid (LIVELIHOOD) work on days in [{@code from}, {@code to}], by day
   * (newest first when asked), each with the hourly rate its circle had that day (the latest rate
   * from on or before it; none: no rate set), of the circles {@code payer} pays (every circle when
   * null). Paged in the database. Internal: only services call it.
   */
  public List<PaidWork> paidWorkInternal(
      LocalDate from, LocalDate to, Long payer, boolean newestFirst, int first, int max) {
    access.permitInternal();
    return named(repo.paidWork(from, to, payer, newestFirst, first, max), new Names());
  }

  /**
   * One page of the approved paid work of any of {@code windows} (worked on its days, approved in
   * its instants), by day, of the circles {@code payer} pays (every circle when null): the lines
   * behind a report's paid work. Internal.
   */
  public List<PaidWork> paidWorkInternal(Long payer, RecordWindows windows, int first, int max) {
    access.permitInternal();
    return named(repo.paidWork(payer, windows, first, max), new Names());
  }

  /** How many entries {@link #paidWorkInternal(Long, RecordWindows, int, int)} pages. Internal. */
  public long paidWorkCountInternal(Long payer, RecordWindows windows) {
    access.permitInternal();
    return repo.paidWorkCount(payer, windows);
  }

  /**
   * The paid work of each of the members {@code memberIds} from any of {@code windows}, grouped by
   * rate and entry length, for the valuing context to total. Internal.
   */
  public Map<Long, List<PaidGroup>> paidWorkGroupsOfInternal(
      Collection<Long> memberIds, RecordWindows windows) {
    access.permitInternal();
    Map<Long, List<PaidGroup>> groups = new java.util.TreeMap<>();
    for (Object[] r : repo.paidWorkGroupsOf(memberIds, windows)) {
      groups
          .computeIfAbsent(((Number) r[0]).longValue(), k -> new java.util.ArrayList<>())
          .add(
              new PaidGroup(
                  r[1] == null
                      ? null
                      : Money.of((java.math.BigDecimal) r[1], ((String) r[2]).strip()),
                  ((Number) r[3]).intValue(),
                  ((Number) r[4]).longValue()));
    }
    return groups;
  }

  /** How many entries {@link #paidWorkInternal} pages through. Internal. */
  public long paidWorkCountInternal(LocalDate from, LocalDate to, Long payer) {
    access.permitInternal();
    return repo.paidWorkCount(from, to, payer);
  }

  /**
   * The ids of a member's paid-work entries of a period, of the circles {@code payer} pays (every
   * circle when null). Internal.
   */
  public List<Long> paidWorkEntriesInternal(
      long memberId, LocalDate from, LocalDate to, Long payer) {
    access.permitInternal();
    return repo.paidWorkEntriesOf(memberId, from, to, payer);
  }

  /**
   * The period's paid work grouped by rate and entry length, so the valuing context can total it
   * (each entry valued and rounded on its own) without reading every entry. Internal.
   */
  public List<PaidGroup> paidWorkGroupsInternal(LocalDate from, LocalDate to, Long payer) {
    access.permitInternal();
    return paidGroups(repo.paidWorkGroups(from, to, payer));
  }

  /**
   * {@link #paidWorkGroupsInternal} of the entries of {@code window} (worked on its days, approved
   * in its instants): what a closed month counted, or the corrections after its close. Internal.
   */
  public List<PaidGroup> paidWorkGroupsInternal(Long payer, RecordWindow window) {
    access.permitInternal();
    return paidGroups(repo.paidWorkGroups(payer, window));
  }

  private static List<PaidGroup> paidGroups(List<TimesheetRepository.PaidGroup> groups) {
    return groups.stream()
        .map(
            g ->
                new PaidGroup(
                    g.hourlyRate() == null ? null : Money.of(g.hourlyRate(), g.currency()),
                    g.minutes(),
                    g.entries()))
        .toList();
  }

  /**
   * Every approved paid entry of the period, by day, handed over a batch at a time (memory stays
   * flat however long the period). Runs in a transaction of its own when called outside one (a
   * streamed download). Internal.
   */
  public void forEachPaidWorkInternal(
      LocalDate from, LocalDate to, Long payer, Consumer<PaidWork> each) {
    access.permitInternal();
    Names names = new Names();
    LocalDate afterDay = from.minusDays(1);
    long afterId = Long.MIN_VALUE;
    while (true) {
      List<TimesheetRepository.PaidRow> batch =
          repo.paidWorkAfter(from, to, payer, afterDay, afterId, BATCH);
      named(batch, names).forEach(each);
      if (batch.size() < BATCH) {
        return;
      }
      afterDay = batch.get(batch.size() - 1).day();
      afterId = batch.get(batch.size() - 1).entryId();
    }
  }

  private static final int BATCH = 1000;

  /** People's and circles' names, each read once per call (people a batch at a time). */
  private final class Names {
    final Map<Long, String> people = new HashMap<>();
    final Map<Long, String> circles = new HashMap<>();

    void readPeople(List<TimesheetRepository.PaidRow> rows) {
      List<Long> unknown =
          rows.stream()
              .map(TimesheetRepository.PaidRow::userId)
              .filter(id -> !people.containsKey(id))
              .distinct()
              .toList();
      people.putAll(accounts.displayNamesInternal(unknown));
    }

    String person(long id) {
      return people.getOrDefault(id, "#" + id);
    }

    String circle(long id) {
      return circles.computeIfAbsent(id, k -> repo.circle(k).map(Circle::getName).orElse(""));
    }
  }

  private List<PaidWork> named(List<TimesheetRepository.PaidRow> rows, Names names) {
    names.readPeople(rows);
    return rows.stream()
        .map(
            r ->
                new PaidWork(
                    r.entryId(),
                    r.userId(),
                    names.person(r.userId()),
                    r.circleId(),
                    names.circle(r.circleId()),
                    r.day(),
                    r.minutes(),
                    r.hourlyRate() == null ? null : Money.of(r.hourlyRate(), r.currency()),
                    r.memberId(),
                    r.payingCustodianId()))
        .toList();
  }
}
