package coop.spokes.transparency.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A line behind a report figure: its day (null for a sum per member), who (member, payee or
 * person), what (member number, description or circle), a quantity of hours (null if none), an
 * amount in its currency (null if none), and the expense it is (null if none), to open it.
 */
public record TraceRow(
    LocalDate day,
    String who,
    String what,
    BigDecimal hours,
    BigDecimal amount,
    String currency,
    Long expenseId)
    implements Serializable {}
