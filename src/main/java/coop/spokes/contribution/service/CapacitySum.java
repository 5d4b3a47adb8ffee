package coop.spokes.contribution.service;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Server capacity members lent through a custodian over a window: participant-hours, their value at
 * the custodian's resource rate in its currency, and how many members lent it.
 */
public record CapacitySum(
    long custodianId, String currency, BigDecimal participantHours, BigDecimal value, int lenders)
    implements Serializable {}
