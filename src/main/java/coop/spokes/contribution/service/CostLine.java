package coop.spokes.contribution.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payable cost line: approved paid (livelihood) work of one person in one circle on one day,
 * valued at the circle's hourly rate of that day ({@code amount} null when no rate was set), owed
 * to the member it was logged for, paid by the circle's paying custodian (null: none named), and
 * when it was paid (null: not yet).
 */
public record CostLine(
    long entryId,
    LocalDate day,
    String person,
    String circle,
    int minutes,
    BigDecimal hourlyRate,
    String currency,
    BigDecimal amount,
    Long memberId,
    Long payingCustodianId,
    java.time.OffsetDateTime paidAt)
    implements Serializable {
  /** "7:30" for 450 minutes. */
  public String hours() {
    return minutes / 60 + ":" + String.format("%02d", minutes % 60);
  }
}
