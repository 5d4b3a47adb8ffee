package coop.spokes.transparency.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** What an expense was before a change: its details, its state then and who had approved it. */
@Entity
@Table(name = "transparency_expense_revision")
@IdClass(ExpenseRevision.Key.class)
public class ExpenseRevision {
  /** The key: expense and revision number. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long expenseId;
    private Integer revision;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(expenseId, k.expenseId)
          && Objects.equals(revision, k.revision);
    }

    @Override
    public int hashCode() {
      return Objects.hash(expenseId, revision);
    }
  }

  @Id
  @Column(name = "expense_id")
  private Long expenseId;

  @Id
  @Column(name = "revision")
  private Integer revision;

  @Embedded private ExpenseContent content;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 10)
  private ExpenseState state;

  /** The ids of the treasurers who had approved it, comma-separated in order. */
  @Column(name = "approvers", nullable = false, length = 400)
  private String approvers;

  @Column(name = "replaced_at", nullable = false)
  private OffsetDateTime replacedAt;

  @Column(name = "replaced_by", nullable = false)
  private long replacedBy;

  protected ExpenseRevision() {}

  ExpenseRevision(Expense e, List<Long> approvers, long by, OffsetDateTime now) {
    this.expenseId = e.getId();
    this.revision = e.getRevision();
    this.content = e.getContent();
    this.state = e.getState();
    this.approvers = approvers.stream().map(String::valueOf).collect(Collectors.joining(","));
    this.replacedAt = now;
    this.replacedBy = by;
  }

  public long getExpenseId() {
    return expenseId;
  }

  public int getRevision() {
    return revision;
  }

  /** What it said. */
  public ExpenseContent getContent() {
    return content;
  }

  public ExpenseState getState() {
    return state;
  }

  /** How many treasurers had approved it. */
  public int approvalCount() {
    return approvers.isEmpty() ? 0 : approvers.split(",").length;
  }

  public OffsetDateTime getReplacedAt() {
    return replacedAt;
  }

  public long getReplacedBy() {
    return replacedBy;
  }
}
