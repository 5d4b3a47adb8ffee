package coop.spokes.contribution.model;

/**
 * What a member lends in kind: server capacity (participant-hours, valued at the custodian's rate
 * for the year), or anything else with a declared value.
 */
public enum ResourceKind {
  SERVER_CAPACITY,
  OTHER
}
