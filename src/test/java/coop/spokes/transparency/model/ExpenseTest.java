package coop.spokes.transparency.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.spokes.platform.approval.ApprovalTally;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An expense's life: checked details, approvals, rejection, payment and revisions. */
class ExpenseTest {
  static final OffsetDateTime NOW = OffsetDateTime.of(2026, 5, 10, 9, 0, 0, 0, ZoneOffset.UTC);
  static final ExpenseDetails TRAIN =
      new ExpenseDetails(
          " travel ",
          " Marc Riera ",
          " ",
          new BigDecimal("40.5"),
          "eur",
          LocalDate.of(2026, 5, 2),
          " Train to the assembly ");

  @Test
  void detailsAreTrimmedAndThePublicNameDefaultsToThePayee() {
    ExpenseDetails d = TRAIN.checked(NOW.toLocalDate());
    assertThat(d.categoryCode()).isEqualTo("travel");
    assertThat(d.payeeName()).isEqualTo("Marc Riera");
    assertThat(d.payeePublicName()).isEqualTo("Marc Riera");
    assertThat(d.currency()).isEqualTo("EUR");
    assertThat(d.description()).isEqualTo("Train to the assembly");
  }

  @Test
  void badDetailsAreRefusedAtTheirField() {
    refused(with(new BigDecimal("0"), "EUR", TRAIN.spentOn()), "amount");
    refused(with(new BigDecimal("1.005"), "EUR", TRAIN.spentOn()), "amount");
    refused(with(new BigDecimal("1.5"), "JPY", TRAIN.spentOn()), "amount");
    refused(with(new BigDecimal("1"), "EU", TRAIN.spentOn()), "currency");
    refused(with(new BigDecimal("1"), "XYZ", TRAIN.spentOn()), "currency");
    refused(with(new BigDecimal("1"), "EUR", NOW.toLocalDate().plusDays(1)), "spentOn");
  }

  @Test
  void twoApprovalsApproveItThenItIsPaid() {
    Expense e = expense(2);
    e.approved(new ApprovalTally(1, 2), NOW);
    assertThat(e.getState()).isEqualTo(ExpenseState.SUBMITTED);
    assertThatThrownBy(() -> e.paid(7, NOW)).hasMessage("transparency.expense.notApproved");
    e.approved(new ApprovalTally(2, 2), NOW);
    assertThat(e.getState()).isEqualTo(ExpenseState.APPROVED);
    assertThat(e.getDecidedAt()).isEqualTo(NOW);
    e.paid(7, NOW);
    assertThat(e.getState()).isEqualTo(ExpenseState.PAID);
    assertThatThrownBy(
            () ->
                e.revise(
                    TRAIN.checked(NOW.toLocalDate()),
                    null,
                    new Approvers(1, false),
                    List.of(),
                    7,
                    NOW))
        .hasMessage("transparency.expense.paid");
  }

  @Test
  void aRejectionNeedsAComment() {
    Expense e = expense(1);
    assertThatThrownBy(() -> e.reject(" ", NOW)).hasMessage("transparency.expense.comment");
    e.reject(" No receipt ", NOW);
    assertThat(e.getState()).isEqualTo(ExpenseState.REJECTED);
    assertThat(e.getDecisionComment()).isEqualTo("No receipt");
    assertThatThrownBy(() -> e.approved(new ApprovalTally(1, 1), NOW))
        .hasMessage("transparency.expense.notSubmitted");
  }

  @Test
  void aChangeAfterApprovalIsANewRevisionSubmittedAgain() {
    Expense e = expense(1);
    e.approved(new ApprovalTally(1, 1), NOW);
    ExpenseDetails more =
        with(new BigDecimal("300"), "EUR", TRAIN.spentOn()).checked(NOW.toLocalDate());
    ExpenseRevision before =
        e.revise(more, null, new Approvers(2, true), List.of(7L), 13, NOW.plusDays(1));
    assertThat(before.getRevision()).isEqualTo(1);
    assertThat(before.getState()).isEqualTo(ExpenseState.APPROVED);
    assertThat(before.getContent().getMoney().amount()).isEqualByComparingTo("40.5");
    assertThat(before.approvalCount()).isEqualTo(1);
    assertThat(before.getContent().getReceiptId()).isEqualTo(55L);
    assertThat(e.getRevision()).isEqualTo(2);
    assertThat(e.getState()).isEqualTo(ExpenseState.SUBMITTED);
    assertThat(e.getDecidedAt()).isNull();
    assertThat(e.getApprovalsRequired()).isEqualTo(2);
    assertThat(e.isCentralApprovers()).isTrue();
    assertThat(e.getReceiptId()).isEqualTo(55L);
  }

  private static Expense expense(int required) {
    return new Expense(
        1, TRAIN.checked(NOW.toLocalDate()), 13, 13L, 55L, new Approvers(required, false), NOW);
  }

  private static ExpenseDetails with(BigDecimal amount, String currency, LocalDate day) {
    return new ExpenseDetails(
        "travel", "Marc Riera", null, amount, currency, day, "Train to the assembly");
  }

  private static void refused(ExpenseDetails d, String field) {
    assertThatThrownBy(() -> d.checked(NOW.toLocalDate()))
        .isInstanceOfSatisfying(
            TransparencyException.class, e -> assertThat(e.field()).isEqualTo(field));
  }
}
