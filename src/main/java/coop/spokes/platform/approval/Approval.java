package coop.spokes.platform.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** One person's approval of one subject (a time entry, a resource, ...): once each. */
@Entity
@Table(name = "platform_approval")
@IdClass(Approval.Key.class)
public class Approval {
  @Id
  @Column(name = "subject_type", length = 40)
  private String subjectType;

  @Id
  @Column(name = "subject_id")
  private Long subjectId;

  @Id
  @Column(name = "approver_id")
  private Long approverId;

  @Column(name = "approved_at", nullable = false)
  private OffsetDateTime approvedAt;

  protected Approval() {}

  Approval(ApprovalSubject subject, long approverId, OffsetDateTime at) {
    this.subjectType = subject.type();
    this.subjectId = subject.id();
    this.approverId = approverId;
    this.approvedAt = at;
  }

  /** The key: subject and approver. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String subjectType;
    private Long subjectId;
    private Long approverId;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(subjectType, k.subjectType)
          && Objects.equals(subjectId, k.subjectId)
          && Objects.equals(approverId, k.approverId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(subjectType, subjectId, approverId);
    }
  }
}
