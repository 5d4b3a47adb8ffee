package coop.spokes.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordWindowsTest {
  static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
  static final LocalDate JAN_31 = LocalDate.of(2026, 1, 31);
  static final LocalDate FEB_1 = LocalDate.of(2026, 2, 1);
  static final LocalDate FEB_28 = LocalDate.of(2026, 2, 28);
  static final OffsetDateTime JAN_CLOSED = OffsetDateTime.parse("2026-02-03T10:00:00Z");

  @Test
  void eachWindowGetsItsOwnNamedParametersJoinedByOr() {
    // January closed: what it recorded by the close; February open: its own days, and the
    // corrections recorded after January's close.
    RecordWindows windows =
        new RecordWindows(
            List.of(
                new RecordWindow(JAN_1, JAN_31, null, JAN_CLOSED),
                RecordWindow.dated(FEB_1, FEB_28),
                new RecordWindow(LocalDate.of(2000, 1, 1), JAN_31, JAN_CLOSED, null)));

    assertThat(windows.where("p.day", "p.at"))
        .isEqualTo(
            "((p.day between :windowFromW0 and :windowToW0 and p.at < :recordedBeforeW0)"
                + " or (p.day between :windowFromW1 and :windowToW1)"
                + " or (p.day between :windowFromW2 and :windowToW2"
                + " and p.at >= :recordedFromW2))");
  }

  @Test
  void theSqlFormTakesItsValuesInTheOrderOfItsQuestionMarks() {
    RecordWindows windows =
        new RecordWindows(
            List.of(
                new RecordWindow(JAN_1, JAN_31, null, JAN_CLOSED),
                new RecordWindow(JAN_1, JAN_31, JAN_CLOSED, null)));

    String sql = windows.sqlWhere("e.day", "e.at");

    assertThat(sql)
        .isEqualTo(
            "((e.day between ? and ? and e.at < ?) or (e.day between ? and ? and e.at >= ?))");
    assertThat(sql.chars().filter(c -> c == '?').count()).isEqualTo(windows.sqlParameters().size());
    assertThat(windows.sqlParameters())
        .containsExactly(JAN_1, JAN_31, JAN_CLOSED, JAN_1, JAN_31, JAN_CLOSED);
  }

  @Test
  void noWindowIsNoSelection() {
    assertThatThrownBy(() -> new RecordWindows(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
