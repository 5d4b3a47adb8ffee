package coop.spokes.contribution.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * That a paid-work cost line (an approved livelihood time entry) was paid to its member, when and
 * by which treasurer. A line is paid once; the mark never changes.
 */
@Entity
@Table(name = "contribution_paid_work")
public class PaidWorkMark {
  @Id
  @Column(name = "entry_id")
  private Long entryId;

  @Column(name = "member_id")
  private Long memberId;

  @Column(name = "paid_at", nullable = false)
  private OffsetDateTime paidAt;

  @Column(name = "paid_by", nullable = false)
  private long paidBy;

  protected PaidWorkMark() {}

  public PaidWorkMark(long entryId, Long memberId, long paidBy, OffsetDateTime paidAt) {
    this.entryId = entryId;
    this.memberId = memberId;
    this.paidBy = paidBy;
    this.paidAt = paidAt;
  }

  public long getEntryId() {
    return entryId;
  }

  public Long getMemberId() {
    return memberId;
  }

  public OffsetDateTime getPaidAt() {
    return paidAt;
  }
}
