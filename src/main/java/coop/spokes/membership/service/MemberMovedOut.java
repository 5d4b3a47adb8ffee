package coop.spokes.membership.service;

/**
 * Fired in the transaction in which a member's move to another custodian completes, for the
 * custodian they leave (a {@link MembersJoined} follows for the one they join).
 */
public record MemberMovedOut(long custodianId, long memberId) {}
