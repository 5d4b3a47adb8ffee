package coop.spokes.contribution.service;

import coop.spokes.audit.service.AuditService;
import coop.spokes.contribution.infra.PaidWorkRepository;
import coop.spokes.contribution.model.ContributionException;
import coop.spokes.contribution.model.PaidWorkMark;
import coop.spokes.platform.csv.CsvDownload;
import coop.spokes.platform.csv.CsvWriter;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Grant;
import coop.spokes.platform.security.Role;
import coop.spokes.platform.security.Scope;
import coop.spokes.platform.security.ScopeType;
import coop.spokes.platform.time.RecordWindow;
import coop.spokes.platform.time.RecordWindows;
import coop.spokes.timesheet.service.HoursService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The valuation of paid work: approved livelihood hours become payable cost lines at the circle's
 * hourly rate of the day (minutes × rate / 60, to the cent), owed to the member they were logged
 * for. Treasurers of all custodians (and admins) see every line; a custodian's treasurers see the
 * lines of the circles it pays, and mark a member's lines of a period paid at once. The
 * transparency context reads them.
 */
@ApplicationScoped
@Transactional
public class CostService {
  /** The longest period listed at once. */
  public static final int MAX_DAYS = 366;

  private static final Grant TREASURER_OF_ALL =
      Grant.of(Role.TREASURER, Scope.allOf(ScopeType.CUSTODIAN));

  @Inject Access access;
  @Inject HoursService hours;
  @Inject PaidWorkRepository marks;
  @Inject AuditService audit;
  @Inject Clock clock;

  /**
   * One page of the cost lines of days in [{@code from}, {@code to}] of the circles {@code
   * custodianId} pays (every circle when null), by day (newest first when asked), paged in the
   * database. Requires ADMIN, or TREASURER of that custodian (of all custodians when null).
   *
   * @throws ContributionException {@code contribution.costs.period} at field {@code from}
   */
  public List<CostLine> livelihood(
      Long custodianId, LocalDate from, LocalDate to, boolean newestFirst, int first, int max) {
    if (custodianId == null) {
      access.requireAny(Grant.admin(), TREASURER_OF_ALL);
    } else {
      access.requireAnyToSee(
          "custodian",
          custodianId,
          Grant.admin(),
          Grant.of(Role.TREASURER, Scope.custodian(custodianId)));
    }
    checkPeriod(from, to);
    return lines(hours.paidWorkInternal(from, to, custodianId, newestFirst, first, max));
  }

  /** How many lines {@link #livelihood} pages through. Same access. */
  public long livelihoodCount(Long custodianId, LocalDate from, LocalDate to) {
    if (custodianId == null) {
      access.requireAny(Grant.admin(), TREASURER_OF_ALL);
    } else {
      access.requireAnyToSee(
          "custodian",
          custodianId,
          Grant.admin(),
          Grant.of(Role.TREASURER, Scope.custodian(custodianId)));
    }
    checkPeriod(from, to);
    return hours.paidWorkCountInternal(from, to, custodianId);
  }

  /**
   * The period's total per currency: the sum of every line's amount (each rounded to the cent on
   * its own, as on the lines), by currency code; work without a rate adds nothing. Same access.
   */
  public Map<String, BigDecimal> livelihoodTotals(Long custodianId, LocalDate from, LocalDate to) {
    if (custodianId == null) {
      access.requireAny(Grant.admin(), TREASURER_OF_ALL);
    } else {
      access.requireAnyToSee(
          "custodian",
          custodianId,
          Grant.admin(),
          Grant.of(Role.TREASURER, Scope.custodian(custodianId)));
    }
    checkPeriod(from, to);
    return totals(custodianId, from, to);
  }

  /**
   * What the period's paid work owes each member, paid and not yet, by person (streamed through the
   * lines a batch at a time). Same access as {@link #livelihood}.
   */
  public MemberPaidWork.Owed byMember(Long custodianId, LocalDate from, LocalDate to) {
    if (custodianId == null) {
      access.requireAny(Grant.admin(), TREASURER_OF_ALL);
    } else {
      access.requireAnyToSee(
          "custodian",
          custodianId,
          Grant.admin(),
          Grant.of(Role.TREASURER, Scope.custodian(custodianId)));
    }
    checkPeriod(from, to);
    Map<Long, MemberPaidWork.Builder> byMember = new LinkedHashMap<>();
    forEachLine(
        custodianId,
        from,
        to,
        l ->
            byMember
                .computeIfAbsent(
                    l.memberId() == null ? -1L : l.memberId(),
                    k -> new MemberPaidWork.Builder(l.memberId(), l.person()))
                .add(l));
    return new MemberPaidWork.Owed(
        byMember.values().stream()
            .map(MemberPaidWork.Builder::build)
            .sorted(java.util.Comparator.comparing(MemberPaidWork::person))
            .toList(),
        custodianId == null
            ? access.hasAny(TREASURER_OF_ALL)
            : access.hasAny(Grant.of(Role.TREASURER, Scope.custodian(custodianId))));
  }

  /**
   * Marks every line of the period owed to {@code memberId}, of the circles {@code custodianId}
   * pays (every circle when null), paid now; lines paid already stay as they were. Requires
   * TREASURER of that custodian (of all custodians when null).
   *
   * @return how many lines were marked
   * @throws ContributionException {@code contribution.costs.period} at field {@code from}
   */
  public int markPaid(Long custodianId, long memberId, LocalDate from, LocalDate to) {
    if (custodianId == null) {
      access.requireAny(TREASURER_OF_ALL);
    } else {
      access.requireAnyToSee(
          "custodian", custodianId, Grant.of(Role.TREASURER, Scope.custodian(custodianId)));
    }
    checkPeriod(from, to);
    long me = access.requireUserId();
    List<Long> entries = hours.paidWorkEntriesInternal(memberId, from, to, custodianId);
    Map<Long, OffsetDateTime> paid = marks.paidAt(entries);
    OffsetDateTime now = OffsetDateTime.now(clock);
    int count = 0;
    for (long entry : entries) {
      if (!paid.containsKey(entry)) {
        marks.add(new PaidWorkMark(entry, memberId, me, now));
        count++;
      }
    }
    if (count > 0) {
      audit.record(
          ScheduleService.STREAM,
          "paid-work.paid",
          "member",
          memberId,
          Map.of("from", from.toString(), "to", to.toString(), "lines", Integer.toString(count)),
          null);
    }
    return count;
  }

  /** The same lines as CSV, streamed by day. Same access as {@link #livelihood}, checked now. */
  public CsvDownload exportCsv(Long custodianId, LocalDate from, LocalDate to) {
    if (custodianId == null) {
      access.requireAny(Grant.admin(), TREASURER_OF_ALL);
    } else {
      access.requireAnyToSee(
          "custodian",
          custodianId,
          Grant.admin(),
          Grant.of(Role.TREASURER, Scope.custodian(custodianId)));
    }
    checkPeriod(from, to);
    return out -> {
      try (CsvWriter csv =
          new CsvWriter(
              out,
              "day",
              "person",
              "circle",
              "minutes",
              "hourly_rate",
              "currency",
              "amount",
              "paid_on")) {
        forEachLine(
            custodianId,
            from,
            to,
            l ->
                csv.row(
                    l.day(),
                    l.person(),
                    l.circle(),
                    l.minutes(),
                    l.hourlyRate(),
                    l.currency(),
                    l.amount(),
                    l.paidAt() == null ? null : l.paidAt().toLocalDate()));
      }
    };
  }

  /**
   * Every cost line of a period of the circles {@code custodianId} pays (every circle when null),
   * handed over in day order, a batch at a time, for the transparency reports. Internal: only
   * services call it.
   */
  public void forEachLivelihoodInternal(
      Long custodianId, LocalDate from, LocalDate to, Consumer<CostLine> each) {
    access.permitInternal();
    checkPeriod(from, to);
    forEachLine(custodianId, from, to, each);
  }

  /** Paid work summed: the amounts per currency (lines without a rate add none) and minutes. */
  public record PaidWorkTotals(Map<String, BigDecimal> amounts, long minutes)
      implements java.io.Serializable {
    public PaidWorkTotals {
      amounts = Map.copyOf(amounts);
    }
  }

  /**
   * The paid work of {@code window} (worked on its days, approved in its instants) of the circles
   * {@code custodianId} pays (every circle when null), for the transparency reports: what a closed
   * month counted, or its corrections. Internal.
   */
  public PaidWorkTotals paidWorkInternal(Long custodianId, RecordWindow window) {
    access.permitInternal();
    List<HoursService.PaidGroup> groups = hours.paidWorkGroupsInternal(custodianId, window);
    return new PaidWorkTotals(
        totalsOf(groups), groups.stream().mapToLong(g -> (long) g.minutes() * g.entries()).sum());
  }

  /**
   * One page of the cost lines of any of {@code windows} (worked on its days, approved in its
   * instants) of the circles {@code custodianId} pays (every circle when null), by day: the lines
   * behind a report's paid work. Internal.
   */
  public List<CostLine> paidWorkLinesInternal(
      Long custodianId, RecordWindows windows, int first, int max) {
    access.permitInternal();
    return lines(hours.paidWorkInternal(custodianId, windows, first, max));
  }

  /** How many lines {@link #paidWorkLinesInternal} pages through. Internal. */
  public long paidWorkLinesCountInternal(Long custodianId, RecordWindows windows) {
    access.permitInternal();
    return hours.paidWorkCountInternal(custodianId, windows);
  }

  /**
   * The paid work of each of the members {@code memberIds} from any of {@code windows}: its minutes
   * and its amounts per currency (each entry rounded as its line is), for the public page's list of
   * those who agreed to be named. Internal.
   */
  public Map<Long, PaidWorkTotals> paidWorkOfMembersInternal(
      java.util.Collection<Long> memberIds, RecordWindows windows) {
    access.permitInternal();
    Map<Long, PaidWorkTotals> totals = new java.util.TreeMap<>();
    hours
        .paidWorkGroupsOfInternal(memberIds, windows)
        .forEach(
            (member, groups) ->
                totals.put(
                    member,
                    new PaidWorkTotals(
                        totalsOf(groups),
                        groups.stream().mapToLong(g -> (long) g.minutes() * g.entries()).sum())));
    return totals;
  }

  /** The period's totals per currency, for the transparency reports. Internal. */
  public Map<String, BigDecimal> livelihoodTotalsInternal(
      Long custodianId, LocalDate from, LocalDate to) {
    access.permitInternal();
    checkPeriod(from, to);
    return totals(custodianId, from, to);
  }

  /** Whether the reader sees every circle's paid work (an admin or a treasurer of all). */
  public boolean seesEveryCircle() {
    access.requireSignedIn();
    return access.hasAny(Grant.admin(), TREASURER_OF_ALL);
  }

  /** The first custodian the reader is a treasurer of, as a page's default. Not a check. */
  public java.util.Optional<Long> ownCustodian() {
    access.requireSignedIn();
    return access.firstScopeOf(Role.TREASURER);
  }

  /** The lines in day order, their paid marks read a batch at a time. */
  private void forEachLine(
      Long custodianId, LocalDate from, LocalDate to, Consumer<CostLine> each) {
    List<HoursService.PaidWork> batch = new ArrayList<>();
    hours.forEachPaidWorkInternal(
        from,
        to,
        custodianId,
        w -> {
          batch.add(w);
          if (batch.size() == BATCH) {
            lines(batch).forEach(each);
            batch.clear();
          }
        });
    lines(batch).forEach(each);
  }

  private static final int BATCH = 1000;

  private List<CostLine> lines(List<HoursService.PaidWork> work) {
    Map<Long, OffsetDateTime> paid =
        marks.paidAt(work.stream().map(HoursService.PaidWork::entryId).toList());
    return work.stream().map(w -> line(w, paid.get(w.entryId()))).toList();
  }

  static void checkPeriod(LocalDate from, LocalDate to) {
    if (from == null
        || to == null
        || to.isBefore(from)
        || from.plusDays(MAX_DAYS - 1L).isBefore(to)) { // both ends count: 366 days at most
      throw new ContributionException("from", "contribution.costs.period", MAX_DAYS);
    }
  }

  private Map<String, BigDecimal> totals(Long custodianId, LocalDate from, LocalDate to) {
    return totalsOf(hours.paidWorkGroupsInternal(from, to, custodianId));
  }

  /**
   * The total per currency of paid work grouped by rate and entry length: each entry's amount is
   * rounded to the cent on its own (as its line shows), then multiplied by the entries alike.
   */
  static Map<String, BigDecimal> totalsOf(List<HoursService.PaidGroup> groups) {
    Map<String, BigDecimal> totals = new TreeMap<>();
    for (HoursService.PaidGroup g : groups) {
      if (g.hourlyRate() != null) {
        totals.merge(
            g.hourlyRate().currency(),
            amount(g.minutes(), g.hourlyRate().amount()).multiply(BigDecimal.valueOf(g.entries())),
            BigDecimal::add);
      }
    }
    return totals;
  }

  /** What {@code minutes} of work at {@code hourlyRate} cost: minutes × rate / 60, to the cent. */
  static BigDecimal amount(int minutes, BigDecimal hourlyRate) {
    return BigDecimal.valueOf(minutes)
        .multiply(hourlyRate)
        .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
  }

  private static CostLine line(HoursService.PaidWork w, OffsetDateTime paidAt) {
    return new CostLine(
        w.entryId(),
        w.day(),
        w.person(),
        w.circle(),
        w.minutes(),
        w.hourlyRate() == null ? null : w.hourlyRate().amount(),
        w.hourlyRate() == null ? null : w.hourlyRate().currency(),
        w.hourlyRate() == null ? null : amount(w.minutes(), w.hourlyRate().amount()),
        w.memberId(),
        w.payingCustodianId(),
        paidAt);
  }
}
