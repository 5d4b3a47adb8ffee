package coop.spokes.contribution.service;

import coop.spokes.membership.service.MemberFacts;
import coop.spokes.membership.service.MemberFactsService;
import coop.spokes.platform.persistence.KeysetPage;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.time.RecordWindow;
import coop.spokes.platform.time.RecordWindows;
import coop.spokes.timesheet.service.HoursService;
import coop.spokes.timesheet.service.HoursService.MemberMinutes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The value of volunteer work for the transparency reports (the "shadow budget"): approved gift
 * hours summed per member in the database, a page of members at a time, credited to each member's
 * custodian (where they are a member now) and valued at that custodian's rate for the fiscal year
 * the window starts in: minutes × rate / 60, to the cent.
 */
@ApplicationScoped
@Transactional
public class VolunteerService {
  /** Members read per round trip. */
  static final int PAGE = 2000;

  @Inject Access access;
  @Inject HoursService hours;
  @Inject MemberFactsService members;
  @Inject ScheduleService schedules;

  /**
   * The volunteer hours of {@code window} (worked on its days, approved in its instants) of the
   * members of custodian {@code custodianId} (every custodian when null), per custodian. Internal:
   * only services call it.
   */
  public List<VolunteerSum> volunteerInternal(Long custodianId, RecordWindow window) {
    access.permitInternal();
    Map<Long, long[]> byCustodian = new TreeMap<>(); // custodian -> {minutes, volunteers}
    long after = Long.MIN_VALUE;
    while (true) {
      List<MemberMinutes> page = hours.giftMinutesByMemberInternal(window, after, PAGE);
      Map<Long, MemberFacts> facts =
          members.byIdsInternal(page.stream().map(MemberMinutes::memberId).toList());
      for (MemberMinutes m : page) {
        MemberFacts f = facts.get(m.memberId());
        if (f != null && (custodianId == null || custodianId == f.custodianId())) {
          long[] sum = byCustodian.computeIfAbsent(f.custodianId(), k -> new long[2]);
          sum[0] += m.minutes();
          sum[1]++;
        }
      }
      if (page.size() < PAGE) {
        break;
      }
      after = page.get(page.size() - 1).memberId();
    }
    return byCustodian.entrySet().stream()
        .map(
            e -> {
              long custodian = e.getKey();
              BigDecimal rate =
                  schedules.hourRateInternal(
                      custodian, schedules.fiscalYearInternal(custodian, window.from()).year());
              return new VolunteerSum(
                  custodian,
                  schedules.currencyInternal(custodian),
                  e.getValue()[0],
                  value(e.getValue()[0], rate),
                  (int) e.getValue()[1]);
            })
        .toList();
  }

  /**
   * The volunteers behind {@link #volunteerInternal}: the members of custodian {@code custodianId}
   * (every custodian when null) with approved volunteer minutes in any of {@code windows}, by
   * member, up to {@code max} after member {@code afterMember}; {@link KeysetPage#next()} is where
   * the next page starts (null: none). Internal.
   */
  public KeysetPage<Volunteer> volunteersInternal(
      Long custodianId, RecordWindows windows, long afterMember, int max) {
    access.permitInternal();
    List<Volunteer> rows = new java.util.ArrayList<>();
    long after = afterMember;
    while (true) {
      List<MemberMinutes> page = hours.giftMinutesByMemberInternal(windows, after, PAGE);
      Map<Long, MemberFacts> facts =
          members.byIdsInternal(page.stream().map(MemberMinutes::memberId).toList());
      for (MemberMinutes m : page) {
        MemberFacts f = facts.get(m.memberId());
        if (f == null || (custodianId != null && custodianId != f.custodianId())) {
          continue;
        }
        if (rows.size() == max) {
          return new KeysetPage<>(rows, rows.get(max - 1).memberId());
        }
        rows.add(
            new Volunteer(
                m.memberId(), f.custodianId(), f.memberNumber(), f.displayName(), m.minutes()));
      }
      if (page.size() < PAGE) {
        return new KeysetPage<>(rows, null);
      }
      after = page.get(page.size() - 1).memberId();
    }
  }

  /** A member's volunteer minutes. */
  public record Volunteer(
      long memberId, long custodianId, String memberNumber, String displayName, long minutes)
      implements java.io.Serializable {}

  /** What {@code minutes} of volunteer work are worth at {@code hourRate}, to the cent. */
  static BigDecimal value(long minutes, BigDecimal hourRate) {
    return BigDecimal.valueOf(minutes)
        .multiply(hourRate)
        .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_EVEN);
  }
}
