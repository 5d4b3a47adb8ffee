package coop.spokes.transparency.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A custodian's budget for one of its fiscal years: a line per category, in its currency, and
 * whether a closed month of that year freezes it.
 */
public record BudgetView(
    long custodianId,
    String custodianName,
    String currency,
    int fiscalYear,
    String label,
    LocalDate start,
    LocalDate end,
    List<BudgetLine> lines,
    boolean frozen)
    implements Serializable {
  public BudgetView {
    lines = List.copyOf(lines);
  }
}
