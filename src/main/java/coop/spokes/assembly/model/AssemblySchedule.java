package coop.spokes.assembly.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * An assembly's dates and its rules of eligibility, proxies and objections, as chairs set them.
 *
 * @param timeZone where the meeting takes place (times in its notice are shown there too)
 * @param recordDate the roll is the members eligible at the end of this day
 * @param secondCallAt null when there is no second call
 * @param opensAt the voting window's start, closesAt its end
 * @param noticeDays the notice period: voting opens at least this many days after the notice
 * @param partialStanding whether PARTIAL standing is enough to vote (else GOOD only)
 * @param yearBeforeCounts whether standing in the fiscal year before the record date's is enough
 * @param proxyLimit the most principals one holder may represent (0: no proxies)
 * @param principalOverrides whether a principal's own ballot replaces their holder's
 * @param approvalsRequired how many chairs uphold an objection
 */
public record AssemblySchedule(
    ZoneId timeZone,
    LocalDate recordDate,
    OffsetDateTime firstCallAt,
    OffsetDateTime secondCallAt,
    OffsetDateTime opensAt,
    OffsetDateTime closesAt,
    int noticeDays,
    boolean partialStanding,
    boolean yearBeforeCounts,
    int proxyLimit,
    boolean principalOverrides,
    int approvalsRequired)
    implements Serializable {

  /**
   * @throws AssemblyException at the field at fault: {@code assembly.date.required}, {@code
   *     assembly.window.order}, {@code assembly.secondCall.order}, {@code
   *     assembly.recordDate.afterCall}, {@code assembly.notice.invalid}, {@code
   *     assembly.proxyLimit.invalid}, {@code assembly.approvals.invalid}
   */
  void check() {
    require(timeZone, "timeZone");
    require(recordDate, "recordDate");
    require(firstCallAt, "firstCallAt");
    require(opensAt, "opensAt");
    require(closesAt, "closesAt");
    if (!closesAt.isAfter(opensAt)) {
      throw new AssemblyException("closesAt", "assembly.window.order");
    }
    if (secondCallAt != null && !secondCallAt.isAfter(firstCallAt)) {
      throw new AssemblyException("secondCallAt", "assembly.secondCall.order");
    }
    if (recordDate.isAfter(firstCallAt.atZoneSameInstant(timeZone).toLocalDate())) {
      throw new AssemblyException("recordDate", "assembly.recordDate.afterCall");
    }
    if (noticeDays < 0 || noticeDays > 365) {
      throw new AssemblyException("noticeDays", "assembly.notice.invalid", 365);
    }
    if (proxyLimit < 0 || proxyLimit > 10) {
      throw new AssemblyException("proxyLimit", "assembly.proxyLimit.invalid", 10);
    }
    if (approvalsRequired < 1 || approvalsRequired > 10) {
      throw new AssemblyException("approvalsRequired", "assembly.approvals.invalid", 10);
    }
  }

  private static void require(Object value, String field) {
    if (value == null) {
      throw new AssemblyException(field, "assembly.date.required");
    }
  }
}
