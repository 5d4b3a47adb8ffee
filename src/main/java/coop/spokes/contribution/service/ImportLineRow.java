package coop.spokes.contribution.service;

import coop.spokes.contribution.infra.ImportRepository;
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
    implements Serializable {
  /** The row of a staged line. */
  static ImportLineRow of(ImportRepository.Line l) {
    return new ImportLineRow(
        l.lineNo(),
        l.reference(),
        l.dateText(),
        l.amountText(),
        l.memberText(),
        l.receivedOn(),
        l.amount(),
        l.memberName(),
        l.outcome(),
        l.problems() == null ? List.of() : List.of(l.problems().split(",")));
  }
}
