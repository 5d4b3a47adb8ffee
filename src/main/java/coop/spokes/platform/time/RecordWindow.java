package coop.spokes.platform.time;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * Which records a period's figures count: those dated on days in [{@code from}, {@code to}] and
 * recorded (received, approved) at an instant in [{@code recordedFrom}, {@code recordedBefore}),
 * either bound null when open. A closed month counts what was recorded by its close; what came
 * later counts as a correction after it.
 */
public record RecordWindow(
    LocalDate from, LocalDate to, OffsetDateTime recordedFrom, OffsetDateTime recordedBefore) {
  public RecordWindow {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("a window ends before it starts: " + from + " " + to);
    }
  }

  /** Everything dated in [{@code from}, {@code to}], whenever it was recorded. */
  public static RecordWindow dated(LocalDate from, LocalDate to) {
    return new RecordWindow(from, to, null, null);
  }
}
