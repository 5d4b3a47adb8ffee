package coop.spokes.timesheet;

import coop.spokes.testing.Page;
import coop.spokes.testing.WebClient;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Test-data builder of the timesheet context: time logged by hand the way an ops member logs it
 * (the week page's form), volunteer hours in circle 1's first activity unless told otherwise.
 *
 * <pre>{@code
 * Page logged = new TimeEntries(signedIn(PAU)).entry().on(day).from("09:00").to("11:30")
 *     .described("Patched the TURN server").add();
 * }</pre>
 */
public final class TimeEntries {
  private final WebClient member;

  /**
   * @param member a client signed in as an ops member of the circle
   */
  public TimeEntries(WebClient member) {
    this.member = member;
  }

  public Builder entry() {
    return new Builder();
  }

  /** One entry of time. */
  public final class Builder {
    private LocalDate day = LocalDate.now().minusDays(1);
    private String from = "09:00";
    private String to = "10:00";
    private long circle = 1;
    private long activity = 1;
    private String kind = "GIFT";
    private String description = "Tested";

    public Builder on(LocalDate day) {
      this.day = day;
      return this;
    }

    public Builder from(String from) {
      this.from = from;
      return this;
    }

    public Builder to(String to) {
      this.to = to;
      return this;
    }

    public Builder in(long circle, long activity) {
      this.circle = circle;
      this.activity = activity;
      return this;
    }

    /** Paid ("livelihood") time instead of volunteer time. */
    public Builder paid() {
      this.kind = "LIVELIHOOD";
      return this;
    }

    public Builder described(String description) {
      this.description = description;
      return this;
    }

    /** Adds it from a fresh week page; the page that answers. */
    public Page add() {
      return addFrom(member.get("timesheet/week.xhtml"));
    }

    /** Adds it from a week page already open (two people at once, say). */
    public Page addFrom(Page week) {
      Map<String, String> f = new HashMap<>();
      f.put("date_input", day.toString());
      f.put("start_input", from);
      f.put("end_input", to);
      f.put("circle_input", Long.toString(circle));
      f.put("activity_input", Long.toString(activity));
      f.put("kind", kind);
      f.put("description", description);
      return member.submit(week, "entryForm", "add", f);
    }
  }
}
