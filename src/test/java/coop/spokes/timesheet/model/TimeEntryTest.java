package coop.spokes.timesheet.model;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.platform.approval.ApprovalTally;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Worked examples of the rules of a time entry and of peer approval. */
class TimeEntryTest {
  static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
  static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 30, 12, 0, 0, 0, ZoneOffset.UTC);

  static TimeEntry.Details at(String start, String end) {
    return new TimeEntry.Details(
        1, 1, EntryKind.GIFT, OffsetDateTime.parse(start), OffsetDateTime.parse(end), " notes ");
  }

  static String keyOf(Runnable r) {
    try {
      r.run();
      return null;
    } catch (TimesheetException e) {
      return e.key();
    }
  }

  @Test
  void nineToHalfPastElevenIs150MinutesOnThatDayInMadrid() {
    TimeEntry e =
        new TimeEntry(7, at("2026-11-29T09:00:41+01:00", "2026-11-29T11:30:59+01:00"), MADRID, NOW);

    assertThat(e.getMinutes()).isEqualTo(150);
    assertThat(e.getLocalDate()).hasToString("2026-11-29");
    assertThat(e.getDescription()).isEqualTo("notes");
    assertThat(e.getStatus()).isEqualTo(EntryStatus.DRAFT);
  }

  @Test
  void anEntryEndsAfterItStartsNotInTheFutureAndOnTheSameLocalDay() {
    assertThat(
            keyOf(
                () ->
                    new TimeEntry(
                        7, at("2026-11-29T10:00+01:00", "2026-11-29T10:00+01:00"), MADRID, NOW)))
        .isEqualTo("timesheet.entry.order");
    assertThat(
            keyOf(
                () ->
                    new TimeEntry(
                        7, at("2026-11-30T12:30+01:00", "2026-11-30T14:00+01:00"), MADRID, NOW)))
        .isEqualTo("timesheet.entry.future");
    assertThat(
            keyOf(
                () ->
                    new TimeEntry(
                        7, at("2026-11-28T23:00+01:00", "2026-11-29T01:00+01:00"), MADRID, NOW)))
        .isEqualTo("timesheet.entry.oneDay");
    // Ending exactly at midnight stays on the day: 22:00–24:00 is 120 minutes of the 28th.
    TimeEntry lateEvening =
        new TimeEntry(7, at("2026-11-28T22:00+01:00", "2026-11-29T00:00+01:00"), MADRID, NOW);
    assertThat(lateEvening.getMinutes()).isEqualTo(120);
    assertThat(lateEvening.getLocalDate()).hasToString("2026-11-28");
  }

  @Test
  void twoOtherMembersApproveANeverTheAuthorAndApprovedEntriesAreLocked() {
    TimeEntry e =
        new TimeEntry(7, at("2026-11-29T09:00+01:00", "2026-11-29T10:00+01:00"), MADRID, NOW);
    e.submit(NOW);

    assertThat(keyOf(() -> e.approved(7, new ApprovalTally(1, 2), NOW)))
        .isEqualTo("timesheet.validation.self");
    e.approved(8, new ApprovalTally(1, 2), NOW);
    assertThat(e.getStatus()).isEqualTo(EntryStatus.SUBMITTED);
    e.approved(9, new ApprovalTally(2, 2), NOW);
    assertThat(e.getStatus()).isEqualTo(EntryStatus.APPROVED);
    assertThat(
            keyOf(
                () ->
                    e.change(at("2026-11-29T09:00+01:00", "2026-11-29T11:00+01:00"), MADRID, NOW)))
        .isEqualTo("timesheet.entry.locked");
    assertThat(keyOf(() -> e.approved(10, new ApprovalTally(3, 2), NOW)))
        .isEqualTo("timesheet.validation.notSubmitted");
  }

  @Test
  void aReturnNeedsACommentAndLetsTheAuthorChangeAndSubmitAgain() {
    TimeEntry e =
        new TimeEntry(7, at("2026-11-29T09:00+01:00", "2026-11-29T10:00+01:00"), MADRID, NOW);
    e.submit(NOW);

    assertThat(keyOf(() -> e.reject(8, " ", NOW)))
        .isEqualTo("timesheet.validation.commentRequired");
    e.reject(8, "Which server?", NOW);
    assertThat(e.getStatus()).isEqualTo(EntryStatus.REJECTED);
    e.change(at("2026-11-29T09:00+01:00", "2026-11-29T10:30+01:00"), MADRID, NOW);
    assertThat(e.getStatus()).isEqualTo(EntryStatus.DRAFT);
    assertThat(e.getRejectionComment()).isNull();
    e.submit(NOW);
    assertThat(e.getStatus()).isEqualTo(EntryStatus.SUBMITTED);
  }
}
