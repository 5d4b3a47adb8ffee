package coop.spokes.platform.persistence;

import java.util.Set;

/**
 * Which page of a list to load: first row, page size and an optional sort. The sort field must be
 * one of the names the repository allow-lists, because identifiers cannot be bound as query
 * parameters; anything else falls back to the repository's default order.
 */
public record PageRequest(int first, int size, String sortField, boolean ascending) {
  public static final int MAX_SIZE = 200;

  public PageRequest {
    if (first < 0) {
      first = 0;
    }
    if (size < 1 || size > MAX_SIZE) {
      size = Math.min(Math.max(size, 1), MAX_SIZE);
    }
  }

  public static PageRequest of(int first, int size) {
    return new PageRequest(first, size, null, true);
  }

  /** The sort field when it is allow-listed, otherwise {@code fallback}. */
  public String sortFieldOr(Set<String> allowed, String fallback) {
    return sortField != null && allowed.contains(sortField) ? sortField : fallback;
  }
}
