package coop.spokes.membership.service;

import coop.spokes.membership.model.ImportProblem;
import java.io.Serializable;
import java.util.List;

/**
 * One row of an import's preview: its spreadsheet row, what it shows (number, name, e-mail), and
 * whether it is NEW, already EXISTING (same number or e-mail at this custodian: skipped) or INVALID
 * (with every problem).
 */
public record ImportLine(
    int row,
    String number,
    String name,
    String email,
    Outcome outcome,
    List<ImportProblem> problems)
    implements Serializable {
  /** What the import does with a line. */
  public enum Outcome {
    NEW,
    EXISTING,
    INVALID
  }
}
