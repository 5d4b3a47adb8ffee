package coop.spokes.timesheet.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Something a circle works on (servers, support, translations…): what an entry is about. */
@Entity
@Table(name = "timesheet_activity")
public class Activity {
  @Id
  @SequenceGenerator(
      name = "timesheet_activity_seq",
      sequenceName = "timesheet_activity_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "timesheet_activity_seq")
  private Long id;

  @Column(name = "circle_id", nullable = false)
  private Long circleId;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  protected Activity() {}

  /**
   * An activity of {@code circleId}.
   *
   * @throws TimesheetException {@code timesheet.activity.name.invalid} at field {@code
   *     activityName}
   */
  public Activity(long circleId, String name) {
    if (name == null || name.isBlank() || name.strip().length() > 100) {
      throw new TimesheetException("activityName", "timesheet.activity.name.invalid", 100);
    }
    this.circleId = circleId;
    this.name = name.strip();
  }

  /** No new time is logged for a retired activity; entries made for it keep it. */
  public void retire() {
    active = false;
  }

  public void reactivate() {
    active = true;
  }

  public Long getId() {
    return id;
  }

  public Long getCircleId() {
    return circleId;
  }

  public String getName() {
    return name;
  }

  public boolean isActive() {
    return active;
  }
}
