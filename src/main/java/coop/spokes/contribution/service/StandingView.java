package coop.spokes.contribution.service;

import coop.spokes.contribution.model.Band;
import coop.spokes.contribution.model.StandingLevel;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A member's standing for a fiscal year with every figure that explains it: per custodian, what it
 * asks (for the member's class, kind and band), and what counted — money, validated gift hours at
 * its hour rate, valued resources — in its currency.
 */
public record StandingView(
    long memberId,
    String memberNumber,
    String memberName,
    int fiscalYear,
    String yearLabel,
    String memberClass,
    String kind,
    Band band,
    StandingLevel level,
    BigDecimal percent,
    List<PartView> parts)
    implements Serializable {

  /** One custodian's part of the standing. */
  public record PartView(
      long custodianId,
      String custodianName,
      String currency,
      BigDecimal suggested,
      BigDecimal hoursAlternative,
      BigDecimal money,
      BigDecimal giftHours,
      BigDecimal hourRate,
      BigDecimal hoursValue,
      BigDecimal resources,
      BigDecimal total)
      implements Serializable {

    /** What is still missing to meet the suggestion (zero when met). */
    public BigDecimal remaining() {
      return total.compareTo(suggested) >= 0 ? BigDecimal.ZERO : suggested.subtract(total);
    }

    /**
     * Whole volunteer hours that would make up {@link #remaining} at the custodian's hour rate, or
     * null where hours are not valued or nothing is missing.
     */
    public BigDecimal hoursToComplete() {
      BigDecimal missing = remaining();
      if (hourRate == null || hourRate.signum() <= 0 || missing.signum() == 0) {
        return null;
      }
      return missing.divide(hourRate, 0, java.math.RoundingMode.CEILING);
    }
  }
}
