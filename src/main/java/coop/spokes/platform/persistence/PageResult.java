package coop.spokes.platform.persistence;

import java.util.List;

/** One page of a list that was paged, sorted and filtered in the database, with the total count. */
public record PageResult<T>(List<T> items, long total) {
  public PageResult {
    items = List.copyOf(items);
  }
}
