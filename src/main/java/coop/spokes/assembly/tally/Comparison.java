package coop.spokes.assembly.tally;

/**
 * How a figure is held against a threshold or a quorum: strictly above it ("more than two thirds")
 * or at least at it ("at least two thirds"). Statutes say which; the difference decides a motion
 * whose share is exactly the fraction.
 */
public enum Comparison {
  MORE_THAN(">"),
  AT_LEAST("≥");

  private final String symbol;

  Comparison(String symbol) {
    this.symbol = symbol;
  }

  /** Whether {@code value} meets {@code threshold} this way. */
  public boolean holds(Fraction value, Fraction threshold) {
    int c = value.compareTo(threshold);
    return this == MORE_THAN ? c > 0 : c >= 0;
  }

  /** The symbol the recount prints ({@code >} or {@code ≥}). */
  public String symbol() {
    return symbol;
  }

  /** How documents and the recount's JSON write it: {@code >} or {@code >=}. */
  public String code() {
    return this == MORE_THAN ? ">" : ">=";
  }
}
