package coop.spokes.transparency.service;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

/**
 * The months closed so far (newest first), the first one still open ({@code next}), the last one
 * that has ended and may be closed ({@code lastClosable}), and whether the reader may close.
 */
public record ClosingView(
    List<ClosedMonthRow> closed, YearMonth next, YearMonth lastClosable, boolean mayClose)
    implements Serializable {
  public ClosingView {
    closed = List.copyOf(closed);
  }
}
