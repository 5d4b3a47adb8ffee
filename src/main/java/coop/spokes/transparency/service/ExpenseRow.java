package coop.spokes.transparency.service;

import coop.spokes.transparency.model.ExpenseState;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An expense as its claimant and the treasurers who may see it are shown it, whether the treasurers
 * of all custodians approve it too (its own were too few), and what the caller may do with it now
 * ({@code mayDecide}: approve or reject; {@code mayChange}; {@code mayPay}).
 */
public record ExpenseRow(
    long id,
    long custodianId,
    String custodianName,
    String categoryCode,
    long claimantId,
    String claimantName,
    boolean reimbursement,
    String payeeName,
    String payeePublicName,
    BigDecimal amount,
    String currency,
    LocalDate spentOn,
    String description,
    ReceiptRow receipt,
    ExpenseState state,
    int revision,
    int approvals,
    int approvalsRequired,
    OffsetDateTime submittedAt,
    OffsetDateTime decidedAt,
    String decisionComment,
    OffsetDateTime paidAt,
    boolean mayDecide,
    boolean mayChange,
    boolean allCustodiansApprove,
    boolean mayPay)
    implements Serializable {}
