package coop.spokes.transparency.model;

/**
 * Who approves an expense, decided when it is submitted: how many approvals it needs (one, or two
 * from the configured amount), and whether the treasurers of all custodians approve it too because
 * its custodian's own treasurers, other than the claimant and the payee, are fewer than that.
 */
public record Approvers(int required, boolean central) {
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
