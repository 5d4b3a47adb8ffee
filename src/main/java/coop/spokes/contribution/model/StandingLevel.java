package coop.spokes.contribution.model;

/**
 * A member's standing for a year: GOOD when what they gave meets what is asked (or the hours
 * alternative), PARTIAL when they gave something, NONE when nothing.
 */
public enum StandingLevel {
  GOOD,
  PARTIAL,
  NONE
}
