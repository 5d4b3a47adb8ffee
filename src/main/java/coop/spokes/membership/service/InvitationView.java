package coop.spokes.membership.service;

/**
 * What the holder of a member-import invitation link may do, for the invitation page: the
 * membership it offers ({@code organisation}: as the representative of an organisation) and, when
 * the person already holds a live personal membership, that one ({@code currentNumber} at {@code
 * currentCustodian}), which they would have to move instead.
 */
public record InvitationView(
    State state,
    String memberName,
    String memberNumber,
    String custodianName,
    boolean organisation,
    String currentNumber,
    String currentCustodian) {

  /** What the page offers. */
  public enum State {
    /** Unknown, used or expired link. */
    INVALID,
    /** The address has an account: its owner signs in first. */
    SIGN_IN,
    /** Signed in with an account of another address. */
    WRONG_ACCOUNT,
    /** The address has no account yet: accepting opens one and asks for a password. */
    CHOOSE_PASSWORD,
    /** Signed in with the invited address's account: accepting attaches the membership. */
    ACCEPT,
    /** The person already holds a live personal membership: they may ask to move it instead. */
    MOVE
  }

  static InvitationView invalid() {
    return new InvitationView(State.INVALID, null, null, null, false, null, null);
  }
}
