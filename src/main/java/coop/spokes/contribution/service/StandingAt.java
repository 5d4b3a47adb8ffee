package coop.spokes.contribution.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A member's standing for a fiscal year as known at a date, as other contexts see it (an assembly
 * deciding who may vote on its record date): the figures their own custodian counts, in its
 * currency, and the verdict over every custodian they gave to that year (a member who moved within
 * the year gave to two). Codes, not model types: class, kind, band ({@code A}–{@code D}) and level
 * ({@code GOOD}, {@code PARTIAL}, {@code NONE}).
 *
 * @param money payments received and recorded by the date
 * @param giftMinutes volunteer minutes validated by the date, on days of the fiscal year
 * @param resources valued resources approved by the date
 * @param suggested what the custodian asks of the member's class, kind and band (zero: nothing)
 * @param hoursAlternative the hours that meet it instead, if the custodian offers that
 * @param total money + valued hours + valued resources
 * @param percent the share of what was asked that was met, over every custodian, to the hundredth
 * @param met whether the member is in good standing (level {@code GOOD})
 */
public record StandingAt(
    long memberId,
    String memberNumber,
    String displayName,
    String memberClass,
    String kind,
    String band,
    String currency,
    BigDecimal money,
    long giftMinutes,
    BigDecimal resources,
    BigDecimal suggested,
    BigDecimal hoursAlternative,
    BigDecimal total,
    BigDecimal percent,
    String level,
    boolean met)
    implements Serializable {

  /** The validated gift hours, to the hundredth (for showing). */
  public BigDecimal giftHours() {
    return BigDecimal.valueOf(giftMinutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.DOWN);
  }
}
