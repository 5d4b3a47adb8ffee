package coop.spokes.contribution.service;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Money received through a custodian from the members of one class, in one currency, over a window,
 * and how many members gave a positive sum (reversals count against their payments).
 */
public record IncomeSum(
    long custodianId, String memberClass, String currency, BigDecimal amount, int contributors)
    implements Serializable {}
