package coop.spokes.transparency.report;

/** The expense categories the report itself knows of; others are the treasurers'. */
public final class Categories {
  /** Paid work: the validated livelihood hours at their circle's rate, never a claim. */
  public static final String PAID_WORK = "paid-work";

  /** Hosting paid for, set beside the server capacity members lend. */
  public static final String HOSTING = "hosting";

  private Categories() {}
}
