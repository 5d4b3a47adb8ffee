package coop.spokes.timesheet.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One person's week (Monday to Sunday in their time zone): entries by day, minutes per day, and the
 * week's gift and livelihood totals.
 */
public record WeekView(
    LocalDate monday,
    List<EntryRow> entries,
    Map<LocalDate, Integer> minutesPerDay,
    int giftMinutes,
    int livelihoodMinutes,
    boolean submittable)
    implements Serializable {
  /** The seven days of the week. */
  public List<LocalDate> days() {
    return java.util.stream.IntStream.range(0, 7).mapToObj(monday::plusDays).toList();
  }
}
