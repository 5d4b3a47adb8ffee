package coop.spokes.membership.model;

/**
 * Where an application stands: waiting for the applicant to open the verification link, waiting for
 * the custodian's managers, decided, or expired unverified.
 */
public enum ApplicationStatus {
  UNVERIFIED,
  PENDING,
  APPROVED,
  REJECTED,
  EXPIRED
}
