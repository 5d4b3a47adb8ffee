package coop.spokes.contribution.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A custodian's contribution schedule for one fiscal year: its calendar, currency, the value of a
 * validated gift hour and of a participant-hour of server capacity, and every suggestion line.
 */
public record ScheduleView(
    long custodianId,
    String currency,
    int startMonth,
    int fiscalYear,
    String yearLabel,
    java.time.LocalDate starts,
    java.time.LocalDate ends,
    BigDecimal hourRate,
    BigDecimal resourceRate,
    List<SuggestionLine> lines)
    implements Serializable {}
