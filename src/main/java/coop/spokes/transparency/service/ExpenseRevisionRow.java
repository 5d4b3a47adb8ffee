package coop.spokes.transparency.service;

import coop.spokes.transparency.model.ExpenseState;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** What an expense was before a change, who changed it and how many had approved it then. */
public record ExpenseRevisionRow(
    int revision,
    String categoryCode,
    String payeeName,
    BigDecimal amount,
    String currency,
    LocalDate spentOn,
    String description,
    ExpenseState state,
    int approvals,
    OffsetDateTime replacedAt,
    String replacedBy)
    implements Serializable {}
