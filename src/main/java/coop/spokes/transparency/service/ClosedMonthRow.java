package coop.spokes.transparency.service;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.YearMonth;

/** A closed month: when, and by whom. */
public record ClosedMonthRow(YearMonth month, OffsetDateTime closedAt, String closedBy)
    implements Serializable {}
