package coop.spokes.transparency.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;

/**
 * The rate of a currency in a month: units of the reporting currency one unit was worth, where it
 * comes from, and whether its month is closed (then it no longer changes).
 */
public record RateRow(
    String currency,
    YearMonth month,
    BigDecimal rate,
    String source,
    OffsetDateTime enteredAt,
    boolean frozen)
    implements Serializable {}
