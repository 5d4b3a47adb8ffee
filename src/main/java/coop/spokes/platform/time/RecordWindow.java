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

  /**
   * The JPQL condition selecting the window's records, {@code dayPath} being their day and {@code
   * recordedPath} their recording instant (e.g. {@code "p.receivedOn"}, {@code "p.recordedAt"}),
   * with the parameters {@link #bind} sets.
   */
  public String where(String dayPath, String recordedPath) {
    return where(dayPath, recordedPath, "");
  }

  /** {@link #where} with its parameter names ending in {@code suffix}, to combine windows. */
  String where(String dayPath, String recordedPath, String suffix) {
    return dayPath
        + " between :windowFrom"
        + suffix
        + " and :windowTo"
        + suffix
        + (recordedFrom == null ? "" : " and " + recordedPath + " >= :recordedFrom" + suffix)
        + (recordedBefore == null ? "" : " and " + recordedPath + " < :recordedBefore" + suffix);
  }

  /** Sets the parameters of {@link #where} on {@code query}. */
  public <Q extends jakarta.persistence.Query> Q bind(Q query) {
    return bind(query, "");
  }

  <Q extends jakarta.persistence.Query> Q bind(Q query, String suffix) {
    query.setParameter("windowFrom" + suffix, from).setParameter("windowTo" + suffix, to);
    if (recordedFrom != null) {
      query.setParameter("recordedFrom" + suffix, recordedFrom);
    }
    if (recordedBefore != null) {
      query.setParameter("recordedBefore" + suffix, recordedBefore);
    }
    return query;
  }

  /** Everything dated in [{@code from}, {@code to}], whenever it was recorded. */
  public static RecordWindow dated(LocalDate from, LocalDate to) {
    return new RecordWindow(from, to, null, null);
  }
}
