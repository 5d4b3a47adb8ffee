package coop.spokes.transparency.service;

import java.io.Serializable;
import java.util.List;

/**
 * A page of the lines behind a figure: how many lines there are in all (null when counted only by
 * walking them), where the next page starts (null: this is the last), and whether this is the
 * first.
 */
public record TraceLines(List<TraceRow> rows, Long total, String next, boolean first)
    implements Serializable {
  public TraceLines {
    rows = List.copyOf(rows);
  }
}
