package coop.spokes.contribution.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Worked examples of when reminders and lapses fall due. */
class YearEndRulesTest {
  static final YearEndRules RULES = new YearEndRules(30, 60);
  static final FiscalCalendar JANUARY = new FiscalCalendar(1);
  static final FiscalCalendar APRIL = new FiscalCalendar(4);

  @Test
  void remindersStart30DaysBeforeTheEnd_Dec1ForACalendarYearMarch1ForAnAprilYear() {
    assertThat(RULES.reminderYear(JANUARY, LocalDate.of(2026, 11, 30))).isEmpty();
    assertThat(RULES.reminderYear(JANUARY, LocalDate.of(2026, 12, 1))).contains(2026);
    assertThat(RULES.reminderYear(JANUARY, LocalDate.of(2026, 12, 31))).contains(2026);
    assertThat(RULES.reminderYear(APRIL, LocalDate.of(2027, 2, 28))).isEmpty();
    assertThat(RULES.reminderYear(APRIL, LocalDate.of(2027, 3, 1))).contains(2026);
  }

  @Test
  void lapsesFallDue60DaysAfterTheYearClosed_March1ForACalendarYear() {
    assertThat(RULES.lapseYear(JANUARY, LocalDate.of(2027, 2, 28))).isEmpty();
    assertThat(RULES.lapseYear(JANUARY, LocalDate.of(2027, 3, 1))).contains(2026);
    assertThat(RULES.lapseYear(APRIL, LocalDate.of(2027, 5, 29))).isEmpty();
    assertThat(RULES.lapseYear(APRIL, LocalDate.of(2027, 5, 30))).contains(2026);
  }

  @Test
  void onlyMembersBelowWhatIsAskedAreReminded() {
    assertThat(YearEndRules.remind(StandingLevel.PARTIAL, true)).isTrue();
    assertThat(YearEndRules.remind(StandingLevel.NONE, true)).isTrue();
    assertThat(YearEndRules.remind(StandingLevel.GOOD, true)).isFalse();
    assertThat(YearEndRules.remind(StandingLevel.NONE, false)).isFalse();
  }

  @Test
  void onlyActiveMembersWhoBelongedInTheYearAndGaveNothingLapse() {
    LocalDate before = LocalDate.of(2026, 6, 1);
    LocalDate after = LocalDate.of(2027, 1, 15);

    assertThat(YearEndRules.lapse(StandingLevel.NONE, true, before, JANUARY, 2026)).isTrue();
    assertThat(YearEndRules.lapse(StandingLevel.PARTIAL, true, before, JANUARY, 2026)).isFalse();
    assertThat(YearEndRules.lapse(StandingLevel.NONE, false, before, JANUARY, 2026)).isFalse();
    assertThat(YearEndRules.lapse(StandingLevel.NONE, true, after, JANUARY, 2026)).isFalse();
  }
}
