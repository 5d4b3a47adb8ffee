package coop.spokes.contribution.service;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The volunteer hours given through a custodian over a window, in minutes, and their value at the
 * custodian's valuation rate, in its currency: what the cooperative did not have to pay for.
 */
public record VolunteerSum(
    long custodianId, String currency, long minutes, BigDecimal value, int volunteers)
    implements Serializable {}
