package coop.spokes.timesheet.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A circle of ops members (tech ops, member relations, outreach…): who validates whose hours, and
 * how many approvals an entry needs (two by default).
 */
@Entity
@Table(name = "timesheet_circle")
public class Circle {
  @Id
  @SequenceGenerator(
      name = "timesheet_circle_seq",
      sequenceName = "timesheet_circle_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "timesheet_circle_seq")
  private Long id;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Column(name = "description", length = 1000)
  private String description;

  @Column(name = "approvals_required", nullable = false)
  private int approvalsRequired = 2;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  /** The custodian that pays this circle's paid work, if one does. */
  @Column(name = "paying_custodian_id")
  private Long payingCustodianId;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Circle() {}

  /**
   * A circle named {@code name}.
   *
   * @throws TimesheetException {@code timesheet.circle.name.invalid} at field {@code name}, {@code
   *     timesheet.circle.approvals.invalid} at field {@code approvalsRequired}
   */
  public Circle(String name, String description, int approvalsRequired) {
    change(name, description, approvalsRequired);
  }

  /** Changes the name, description and approvals needed; same rules as the constructor. */
  public void change(String newName, String newDescription, int approvals) {
    if (newName == null || newName.isBlank() || newName.strip().length() > 100) {
      throw new TimesheetException("name", "timesheet.circle.name.invalid", 100);
    }
    if (approvals < 1 || approvals > 10) {
      throw new TimesheetException("approvalsRequired", "timesheet.circle.approvals.invalid");
    }
    if (newDescription != null && newDescription.strip().length() > 1000) {
      throw new TimesheetException("description", "timesheet.text.tooLong", 1000);
    }
    name = newName.strip();
    description =
        newDescription == null || newDescription.isBlank() ? null : newDescription.strip();
    approvalsRequired = approvals;
  }

  /** No new time is logged in a retired circle; what was logged stays, and is still validated. */
  public void retire() {
    active = false;
  }

  public void reactivate() {
    active = true;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public int getApprovalsRequired() {
    return approvalsRequired;
  }

  public boolean isActive() {
    return active;
  }

  /** The custodian that pays this circle's paid work (null: none, consolidated reports only). */
  public Long getPayingCustodianId() {
    return payingCustodianId;
  }

  /** Names the custodian that pays its paid work, or none. */
  public void paidBy(Long custodianId) {
    this.payingCustodianId = custodianId;
  }
}
