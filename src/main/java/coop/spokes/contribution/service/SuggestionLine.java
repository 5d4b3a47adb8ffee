package coop.spokes.contribution.service;

import coop.spokes.contribution.model.Band;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One line of a custodian's schedule for a year: what members of a class, kind and band are asked
 * (zero when nothing), and the hours alternative (null: none).
 */
public record SuggestionLine(
    String memberClass, String kind, Band band, BigDecimal amount, BigDecimal hoursAlternative)
    implements Serializable {}
