package coop.spokes.contribution.service;

import coop.spokes.contribution.model.StandingLevel;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A line of the standing list of a custodian's members for a year, as last computed. */
public record StandingRow(
    long memberId,
    String memberNumber,
    String displayName,
    StandingLevel level,
    BigDecimal percent,
    BigDecimal total,
    BigDecimal suggested,
    OffsetDateTime computedAt)
    implements Serializable {}
