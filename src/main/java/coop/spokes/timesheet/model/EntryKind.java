package coop.spokes.timesheet.model;

/**
 * Volunteer time given to the cooperative (GIFT: once validated it counts toward the member's
 * contribution), or paid work (LIVELIHOOD: at the circle's hourly rate, a cost).
 */
public enum EntryKind {
  GIFT,
  LIVELIHOOD
}
