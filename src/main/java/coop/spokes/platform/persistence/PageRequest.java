package coop.spokes.platform.persistence;

import java.util.Set;

/**
 * Which page of a list to load: first row, page size and an optional sort. The sort field must be
 * one of the names the repository allow-lists, because identifiers cannot be bound as query
 * parameters; anything else falls back to the repository's default order.
 *
 * <p>Pages shown to people ({@link #of}, {@link #shown}) hold at most {@link #MAX_SIZE} rows,
 * whatever the browser asks. Services reading a whole list for another service (an assembly's roll
 * of 100,000 members) ask for pages of up to {@link #MAX_INTERNAL_SIZE} through {@link #internal}:
 * at 200 rows a page, the round trips and the deeper offsets alone would take longer than the work.
 */
public record PageRequest(int first, int size, String sortField, boolean ascending) {
  public static final int MAX_SIZE = 200;
  public static final int MAX_INTERNAL_SIZE = 5000;

  public PageRequest {
    if (first < 0) {
      first = 0;
    }
    size = clamp(size, MAX_INTERNAL_SIZE);
  }

  /** A page for people to see, of at most {@link #MAX_SIZE} rows, in the default order. */
  public static PageRequest of(int first, int size) {
    return shown(first, size, null, true);
  }

  /** A page for people to see, of at most {@link #MAX_SIZE} rows, sorted as asked. */
  public static PageRequest shown(int first, int size, String sortField, boolean ascending) {
    return new PageRequest(first, clamp(size, MAX_SIZE), sortField, ascending);
  }

  /** A page one service reads of another, of at most {@link #MAX_INTERNAL_SIZE} rows. */
  public static PageRequest internal(int first, int size) {
    return new PageRequest(first, size, null, true);
  }

  /** The sort field when it is allow-listed, otherwise {@code fallback}. */
  public String sortFieldOr(Set<String> allowed, String fallback) {
    return sortField != null && allowed.contains(sortField) ? sortField : fallback;
  }

  private static int clamp(int size, int max) {
    return Math.min(Math.max(size, 1), max);
  }
}
