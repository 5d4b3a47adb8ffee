package coop.spokes.transparency.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One line of a rates file, as the preview shows it: what it says and what committing it would do
 * (NEW, CHANGED, UNCHANGED), or why it cannot be taken ({@code errorKey}).
 */
public record RateLine(
    long lineNo,
    String currency,
    YearMonth month,
    BigDecimal rate,
    String source,
    Outcome outcome,
    String errorKey)
    implements Serializable {
  /** What committing the line would do. */
  public enum Outcome {
    NEW,
    CHANGED,
    UNCHANGED,
    ERROR
  }
}
