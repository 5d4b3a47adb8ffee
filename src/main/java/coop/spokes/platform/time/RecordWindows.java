package coop.spokes.platform.time;

import java.util.ArrayList;
import java.util.List;

/**
 * Several record windows read as one: a report period is a window per month (and one for the
 * corrections after each closed month), and the lines behind one of its figures are those of any of
 * them. The windows of a period never overlap, so no record counts twice.
 */
public record RecordWindows(List<RecordWindow> all) {
  public RecordWindows {
    all = List.copyOf(all);
    if (all.isEmpty()) {
      throw new IllegalArgumentException("no window");
    }
  }

  public static RecordWindows of(RecordWindow window) {
    return new RecordWindows(List.of(window));
  }

  /**
   * The JPQL condition selecting the records of any window, with the parameters of {@link #bind}.
   */
  public String where(String dayPath, String recordedPath) {
    List<String> each = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      each.add("(" + all.get(i).where(dayPath, recordedPath, "W" + i) + ")");
    }
    return "(" + String.join(" or ", each) + ")";
  }

  /** Sets the parameters of {@link #where} on {@code query}. */
  public <Q extends jakarta.persistence.Query> Q bind(Q query) {
    for (int i = 0; i < all.size(); i++) {
      all.get(i).bind(query, "W" + i);
    }
    return query;
  }

  /**
   * The SQL condition selecting the records of any window, {@code dayColumn} and {@code
   * recordedColumn} being column expressions, with a {@code ?} for each of {@link #sqlParameters}
   * in that order.
   */
  public String sqlWhere(String dayColumn, String recordedColumn) {
    List<String> each = new ArrayList<>();
    for (RecordWindow w : all) {
      each.add(
          "("
              + dayColumn
              + " between ? and ?"
              + (w.recordedFrom() == null ? "" : " and " + recordedColumn + " >= ?")
              + (w.recordedBefore() == null ? "" : " and " + recordedColumn + " < ?")
              + ")");
    }
    return "(" + String.join(" or ", each) + ")";
  }

  /** The values of the {@code ?} of {@link #sqlWhere}, in order. */
  public List<Object> sqlParameters() {
    List<Object> values = new ArrayList<>();
    for (RecordWindow w : all) {
      values.add(w.from());
      values.add(w.to());
      if (w.recordedFrom() != null) {
        values.add(w.recordedFrom());
      }
      if (w.recordedBefore() != null) {
        values.add(w.recordedBefore());
      }
    }
    return values;
  }
}
