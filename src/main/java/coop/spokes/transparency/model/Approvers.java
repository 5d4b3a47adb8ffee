package coop.spokes.transparency.model;

/**
 * Who approves an expense, decided when it is submitted: how many approvals it needs (one, or two
 * from the configured amount), and whether the treasurers of all custodians approve it too because
 * its custodian's own treasurers, other than the claimant and the payee, are fewer than that.
 */
public record Approvers(int required, boolean central) {
  /**
   * Who approves an expense worth {@code inReporting} in the reporting currency (empty: no rate to
   * tell, so two approvals), given the amount from which two are needed and the custodian's own
   * treasurers: never its claimant nor its payee.
   */
  public static Approvers decide(
      java.util.Optional<java.math.BigDecimal> inReporting,
      java.math.BigDecimal twoFrom,
      java.util.Collection<Long> ownTreasurers,
      long claimantId,
      Long payeeId) {
    int required = inReporting.filter(a -> a.compareTo(twoFrom) < 0).isPresent() ? 1 : 2;
    long own =
        ownTreasurers.stream()
            .distinct()
            .filter(id -> id != claimantId && (payeeId == null || !id.equals(payeeId)))
            .count();
    return new Approvers(required, own < required);
  }

  /** The stored pool of an expense its custodian's treasurers approve. */
  public static final String CUSTODIAN = "CUSTODIAN";

  /** The stored pool of an expense the treasurers of all custodians approve too. */
  public static final String ALL = "ALL";

  public Approvers {
    if (required < 1 || required > 2) {
      throw new IllegalArgumentException("approvals required: " + required);
    }
  }
}
