package coop.spokes.membership.model;

/**
 * Where a move to another custodian stands: PENDING until both custodians' managers approve and the
 * member has accepted the new custodian's current terms; then COMPLETED. REJECTED by either
 * custodian's managers, or CANCELLED by the member, it stays as history.
 */
public enum TransferStatus {
  PENDING,
  COMPLETED,
  REJECTED,
  CANCELLED
}
