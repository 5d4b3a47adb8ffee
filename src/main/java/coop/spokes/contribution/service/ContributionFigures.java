package coop.spokes.contribution.service;

import coop.spokes.contribution.model.StandingLevel;
import java.util.Map;

/**
 * How a custodian's members stand in the current fiscal year, and its payment imports still open:
 * the dashboard's figures.
 *
 * @param custodianId the custodian
 * @param custodianName its name
 * @param fiscalYear the current fiscal year (by the custodian's calendar)
 * @param yearLabel how that year is named (2026, or 2026/27 when it starts mid-year)
 * @param byLevel members by standing level, as last computed, every level present
 * @param computed whether the year's standing list was ever computed
 * @param importsOpen payment imports being checked or waiting to be committed
 */
public record ContributionFigures(
    long custodianId,
    String custodianName,
    int fiscalYear,
    String yearLabel,
    Map<StandingLevel, Long> byLevel,
    boolean computed,
    long importsOpen) {

  public long members() {
    return byLevel.values().stream().mapToLong(Long::longValue).sum();
  }
}
