package coop.spokes.contribution.service;

import coop.spokes.contribution.model.ImportOutcome;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A staged line as the preview shows it, with every problem (bundle keys). */
public record ImportLineRow(
    int lineNo,
    String reference,
    String dateText,
    String amountText,
    String memberText,
    LocalDate receivedOn,
    BigDecimal amount,
    String memberName,
    ImportOutcome outcome,
    List<String> problems)
    implements Serializable {}
