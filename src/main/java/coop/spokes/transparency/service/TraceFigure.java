package coop.spokes.transparency.service;

/** The kinds of report figure whose lines can be listed. */
public enum TraceFigure {
  /** An income cell: a custodian's income from the members of one class. */
  INCOME,
  /** An expense category (paid work: its cost lines). */
  EXPENSE,
  /** The volunteer hours of the shadow budget. */
  VOLUNTEER,
  /** The server capacity members lent. */
  IN_KIND
}
