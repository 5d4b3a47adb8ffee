package coop.spokes.platform.persistence;

import java.io.Serializable;
import java.util.List;

/**
 * A page of a walk in key order (after the last key of the page before, not at an offset): its
 * rows, and the key after which the next page starts (null: this is the last page).
 */
public record KeysetPage<T>(List<T> rows, Long next) implements Serializable {
  public KeysetPage {
    rows = List.copyOf(rows);
  }
}
