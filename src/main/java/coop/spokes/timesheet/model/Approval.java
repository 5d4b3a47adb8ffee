package coop.spokes.timesheet.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** One member's approval of another's entry (once each). */
@Entity
@Table(name = "timesheet_approval")
@IdClass(Approval.Key.class)
public class Approval {
  @Id
  @Column(name = "entry_id")
  private Long entryId;

  @Id
  @Column(name = "approver_id")
  private Long approverId;

  @Column(name = "approved_at", nullable = false)
  private OffsetDateTime approvedAt;

  protected Approval() {}

  public Approval(long entryId, long approverId, OffsetDateTime at) {
    this.entryId = entryId;
    this.approverId = approverId;
    this.approvedAt = at;
  }

  public Long getApproverId() {
    return approverId;
  }

  /** The key: entry and approver. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long entryId;
    private Long approverId;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(entryId, k.entryId)
          && Objects.equals(approverId, k.approverId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(entryId, approverId);
    }
  }
}
