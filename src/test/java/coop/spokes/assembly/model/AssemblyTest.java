package coop.spokes.assembly.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * An assembly's life: settings change only in preparation; convening needs a roll, a closed and
 * decided objection window, an agenda and the notice period before the first call; voting opens
 * only once the notice period has run and within the voting window, and takes ballots until the
 * window ends.
 */
class AssemblyTest {
  static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 1, 10, 0, 0, 0, ZoneOffset.UTC);

  static AssemblySchedule schedule(int noticeDays) {
    return new AssemblySchedule(
        ZoneId.of("Europe/Madrid"),
        LocalDate.of(2026, 11, 30),
        NOW.plusDays(20),
        null,
        NOW.plusDays(20),
        NOW.plusDays(21),
        noticeDays,
        false,
        false,
        2,
        true,
        1);
  }

  static Assembly assembly(int noticeDays) {
    return new Assembly("AGM", "{}", schedule(noticeDays), NOW);
  }

  @Test
  void convenesOnlyWithARollDecidedObjectionsAnAgendaAndTheNoticePeriodLeft() {
    Assembly a = assembly(15);
    assertThatThrownBy(() -> a.convene(NOW, 0, 1)).hasMessage("assembly.roll.notBuilt");
    a.rollBuilt(NOW);
    a.openObjections(NOW.plusDays(2), NOW);
    assertThatThrownBy(() -> a.convene(NOW.plusDays(1), 0, 1))
        .hasMessage("assembly.convene.objectionsOpen");
    assertThatThrownBy(() -> a.convene(NOW.plusDays(3), 1, 1))
        .hasMessage("assembly.convene.objectionsUndecided");
    assertThatThrownBy(() -> a.convene(NOW.plusDays(3), 0, 0))
        .hasMessage("assembly.convene.noMotions");
    // 15 days of notice from day 6 end after the first call on day 20.
    assertThatThrownBy(() -> a.convene(NOW.plusDays(6), 0, 1))
        .hasMessage("assembly.convene.tooLate");
    a.convene(NOW.plusDays(5), 0, 1);
    assertThat(a.getState()).isEqualTo(AssemblyState.CONVENED);
    assertThat(a.noticeRunsOutAt()).isEqualTo(NOW.plusDays(20));
    // Frozen: no change of schedule, scheme or roll any more.
    assertThatThrownBy(() -> a.schedule(schedule(15))).hasMessage("assembly.state.notDraft");
    assertThatThrownBy(() -> a.rollBuilt(NOW)).hasMessage("assembly.state.notDraft");
  }

  @Test
  void votingOpensAfterTheNoticePeriodWithinTheWindowAndTakesBallotsUntilItEnds() {
    Assembly a = assembly(15);
    a.rollBuilt(NOW);
    a.convene(NOW.plusDays(5), 0, 1);
    assertThatThrownBy(() -> a.open(NOW.plusDays(19))).hasMessage("assembly.open.noticeRunning");
    assertThatThrownBy(() -> a.open(NOW.plusDays(21))).hasMessage("assembly.open.outsideWindow");
    a.open(NOW.plusDays(20));
    assertThat(a.takesBallots(NOW.plusDays(20).plusHours(1))).isTrue();
    assertThat(a.takesBallots(NOW.plusDays(21))).isFalse();
    a.close(NOW.plusDays(21));
    assertThat(a.takesBallots(NOW.plusDays(20).plusHours(2))).isFalse();
    assertThatThrownBy(() -> a.open(NOW.plusDays(20))).hasMessage("assembly.state.wrong");
    a.sealAuditHead(7, "a".repeat(64));
    a.publish(NOW.plusDays(22));
    assertThat(a.getState()).isEqualTo(AssemblyState.PUBLISHED);
  }

  @Test
  void aScheduleIsCheckedFieldByField() {
    AssemblySchedule s = schedule(15);
    assertThatThrownBy(
            () ->
                assembly(15)
                    .schedule(
                        new AssemblySchedule(
                            s.timeZone(),
                            s.recordDate(),
                            s.firstCallAt(),
                            null,
                            s.opensAt(),
                            s.opensAt(),
                            15,
                            false,
                            false,
                            2,
                            true,
                            1)))
        .hasMessage("assembly.window.order");
    assertThatThrownBy(
            () ->
                assembly(15)
                    .schedule(
                        new AssemblySchedule(
                            s.timeZone(),
                            NOW.plusDays(30).toLocalDate(),
                            s.firstCallAt(),
                            null,
                            s.opensAt(),
                            s.closesAt(),
                            15,
                            false,
                            false,
                            2,
                            true,
                            1)))
        .hasMessage("assembly.recordDate.afterCall");
    assertThatThrownBy(
            () ->
                assembly(15)
                    .schedule(
                        new AssemblySchedule(
                            s.timeZone(),
                            s.recordDate(),
                            s.firstCallAt(),
                            null,
                            s.opensAt(),
                            s.closesAt(),
                            15,
                            false,
                            false,
                            11,
                            true,
                            1)))
        .hasMessage("assembly.proxyLimit.invalid");
  }

  @Test
  void aMotionsBallotKeyLivesOnlyWhileItIsOpen() {
    AssemblyMotion m = new AssemblyMotion(1, 1, "Motion", null, "{}", true, true);
    m.open(NOW, 1, "sealed-key");
    assertThat(m.getBallotKey()).isEqualTo("sealed-key");
    assertThatThrownBy(() -> m.change("Other", null, "{}", true, true))
        .hasMessage("assembly.motion.notPending");
    m.close(NOW.plusHours(1));
    assertThat(m.getBallotKey()).isNull();
    assertThatThrownBy(() -> m.close(NOW)).hasMessage("assembly.motion.notOpen");
  }
}
