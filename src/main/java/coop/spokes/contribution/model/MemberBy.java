package coop.spokes.contribution.model;

/**
 * How an imported line names its member: by a member number found in the column (a bank transfer's
 * concept, e.g. "Quota ES-000012 Núria"), or by the payer's e-mail address.
 */
public enum MemberBy {
  NUMBER,
  EMAIL
}
