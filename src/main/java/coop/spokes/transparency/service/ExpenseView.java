package coop.spokes.transparency.service;

import java.io.Serializable;
import java.util.List;

/** One expense with who approved it (names, in order) and its earlier revisions. */
public record ExpenseView(
    ExpenseRow expense, List<String> approvedBy, List<ExpenseRevisionRow> revisions)
    implements Serializable {
  public ExpenseView {
    approvedBy = List.copyOf(approvedBy);
    revisions = List.copyOf(revisions);
  }
}
