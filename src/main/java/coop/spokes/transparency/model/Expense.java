package coop.spokes.transparency.model;

import coop.spokes.platform.approval.ApprovalSubject;
import coop.spokes.platform.approval.ApprovalTally;
import coop.spokes.platform.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An expense of a custodian: a member's claim for reimbursement or an invoice a treasurer recorded.
 * Invariants: its details were checked ({@link ExpenseDetails#checked}); SUBMITTED until the
 * approvals it requires are reached (APPROVED) or one treasurer rejects it with a comment
 * (REJECTED); only an approved expense is paid; a paid one never changes; any other change makes a
 * new revision, SUBMITTED again, the earlier one kept as an {@link ExpenseRevision}.
 */
@Entity
@Table(name = "transparency_expense")
public class Expense {
  /** What its approvals are recorded under (the platform's {@code Approvals}). */
  public static final String APPROVAL_SUBJECT = "transparency-expense";

  @Id
  @SequenceGenerator(
      name = "transparency_expense_seq",
      sequenceName = "transparency_expense_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "transparency_expense_seq")
  private Long id;

  @Column(name = "custodian_id", nullable = false)
  private long custodianId;

  @Column(name = "claimant_id", nullable = false)
  private long claimantId;

  @Column(name = "payee_account_id")
  private Long payeeAccountId;

  @Embedded private ExpenseContent content;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 10)
  private ExpenseState state;

  @Column(name = "revision", nullable = false)
  private int revision;

  @Column(name = "approvals_required", nullable = false)
  private int approvalsRequired;

  /** CUSTODIAN, or ALL when the treasurers of all custodians approve it too. */
  @Column(name = "approver_pool", nullable = false, length = 10)
  private String approverPool;

  @Column(name = "submitted_at", nullable = false)
  private OffsetDateTime submittedAt;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Column(name = "decision_comment", length = 1000)
  private String decisionComment;

  @Column(name = "paid_at")
  private OffsetDateTime paidAt;

  @Column(name = "paid_by")
  private Long paidBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Expense() {}

  /**
   * An expense of {@code custodianId} submitted by {@code claimantId}, paid to {@code
   * payeeAccountId} (the claimant for a reimbursement; null for a payee without an account), with
   * {@code details} already checked and a category that claims may use, to be approved by {@code
   * approvers}.
   */
  public Expense(
      long custodianId,
      ExpenseDetails details,
      long claimantId,
      Long payeeAccountId,
      Long receiptId,
      Approvers approvers,
      OffsetDateTime now) {
    this.custodianId = custodianId;
    this.claimantId = claimantId;
    this.payeeAccountId = payeeAccountId;
    this.revision = 1;
    apply(details, receiptId, approvers, now);
  }

  /** The approval subject of expense {@code id}. */
  public static ApprovalSubject approvalSubject(long id) {
    return new ApprovalSubject(APPROVAL_SUBJECT, id);
  }

  /**
   * Takes in one treasurer's approval: APPROVED once the tally is reached.
   *
   * @throws TransparencyException {@code transparency.expense.notSubmitted}
   */
  public void approved(ApprovalTally tally, OffsetDateTime now) {
    requireSubmitted();
    if (tally.reached()) {
      state = ExpenseState.APPROVED;
      decidedAt = now;
    }
  }

  /**
   * Rejects it with a comment for the claimant.
   *
   * @throws TransparencyException {@code transparency.expense.notSubmitted}, {@code
   *     transparency.expense.comment} at field {@code comment}
   */
  public void reject(String comment, OffsetDateTime now) {
    requireSubmitted();
    if (comment == null || comment.isBlank() || comment.strip().length() > 1000) {
      throw new TransparencyException("comment", "transparency.expense.comment", 1000);
    }
    state = ExpenseState.REJECTED;
    decisionComment = comment.strip();
    decidedAt = now;
  }

  /**
   * Records that it was paid.
   *
   * @throws TransparencyException {@code transparency.expense.notApproved}
   */
  public void paid(long by, OffsetDateTime now) {
    if (state != ExpenseState.APPROVED) {
      throw new TransparencyException(null, "transparency.expense.notApproved");
    }
    state = ExpenseState.PAID;
    paidBy = by;
    paidAt = now;
  }

  /**
   * Changes it: the revision it was becomes an {@link ExpenseRevision} (with who had approved it),
   * and the new one is SUBMITTED, needing approval again from {@code pool}. {@code receiptId} null
   * keeps the receipt.
   *
   * @throws TransparencyException {@code transparency.expense.paid}
   */
  public ExpenseRevision revise(
      ExpenseDetails details,
      Long receiptId,
      Approvers pool,
      List<Long> approvers,
      long by,
      OffsetDateTime now) {
    if (state == ExpenseState.PAID) {
      throw new TransparencyException(null, "transparency.expense.paid");
    }
    ExpenseRevision before = new ExpenseRevision(this, approvers, by, now);
    revision++;
    apply(details, receiptId == null ? content.getReceiptId() : receiptId, pool, now);
    return before;
  }

  private void apply(
      ExpenseDetails details, Long receiptId, Approvers approvers, OffsetDateTime now) {
    this.content = new ExpenseContent(details, receiptId);
    this.approvalsRequired = approvers.required();
    this.approverPool = approvers.central() ? Approvers.ALL : Approvers.CUSTODIAN;
    this.state = ExpenseState.SUBMITTED;
    this.submittedAt = now;
    this.decidedAt = null;
    this.decisionComment = null;
  }

  /**
   * Checks it still waits for a decision.
   *
   * @throws TransparencyException {@code transparency.expense.notSubmitted}
   */
  public void requireSubmitted() {
    if (state != ExpenseState.SUBMITTED) {
      throw new TransparencyException(null, "transparency.expense.notSubmitted");
    }
  }

  /** What it says now. */
  public ExpenseContent getContent() {
    return content;
  }

  public Long getId() {
    return id;
  }

  public long getCustodianId() {
    return custodianId;
  }

  public String getCategoryCode() {
    return content.getCategoryCode();
  }

  public long getClaimantId() {
    return claimantId;
  }

  public Long getPayeeAccountId() {
    return payeeAccountId;
  }

  public String getPayeeName() {
    return content.getPayeeName();
  }

  public String getPayeePublicName() {
    return content.getPayeePublicName();
  }

  public Money getMoney() {
    return content.getMoney();
  }

  public LocalDate getSpentOn() {
    return content.getSpentOn();
  }

  public String getDescription() {
    return content.getDescription();
  }

  public Long getReceiptId() {
    return content.getReceiptId();
  }

  public ExpenseState getState() {
    return state;
  }

  public int getRevision() {
    return revision;
  }

  public int getApprovalsRequired() {
    return approvalsRequired;
  }

  /** Whether the treasurers of all custodians approve it too (its own were too few). */
  public boolean isCentralApprovers() {
    return Approvers.ALL.equals(approverPool);
  }

  public OffsetDateTime getSubmittedAt() {
    return submittedAt;
  }

  public OffsetDateTime getDecidedAt() {
    return decidedAt;
  }

  public String getDecisionComment() {
    return decisionComment;
  }

  public OffsetDateTime getPaidAt() {
    return paidAt;
  }

  public long getVersion() {
    return version;
  }
}
