package coop.spokes.contribution.service;

import coop.spokes.audit.service.AuditService;
import coop.spokes.contribution.infra.PaymentRepository;
import coop.spokes.contribution.infra.ReceiptPdf;
import coop.spokes.contribution.model.ContributionException;
import coop.spokes.contribution.model.Payment;
import coop.spokes.custodian.service.CustodianService;
import coop.spokes.custodian.service.CustodianSummary;
import coop.spokes.membership.service.MemberFacts;
import coop.spokes.membership.service.MemberFactsService;
import coop.spokes.platform.NotFoundException;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Grant;
import coop.spokes.platform.security.Role;
import coop.spokes.platform.security.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Money members pay to their custodian: recorded by its managers and treasurers, never edited (a
 * mistake is undone by a reversal linked to the original), each with a receipt numbered without
 * gaps per custodian and year, and the member's standing refreshed in the same transaction.
 */
@ApplicationScoped
@Transactional
public class PaymentService {
  @Inject Access access;
  @Inject PaymentRepository payments;
  @Inject MemberFactsService members;
  @Inject CustodianService custodians;
  @Inject StandingService standing;
  @Inject ScheduleService schedules;
  @Inject AuditService audit;
  @Inject Clock clock;

  /** What a page needs to record payments for a member: the currency and the current year. */
  public record Recording(String currency, int currentYear) implements java.io.Serializable {}

  /**
   * Checks that the caller may record payments for a member, and returns the currency and the
   * custodian's current fiscal year. Requires ADMIN, or CUSTODIAN_MANAGER or TREASURER of the
   * member's custodian.
   */
  public Recording recordingFor(long memberId) {
    access.requireSignedIn();
    MemberFacts m = member(memberId);
    access.requireAnyToSee("member", memberId, ContributionGrants.moneyOf(m.custodianId()));
    return new Recording(
        custodian(m.custodianId()).currency(),
        schedules.fiscalYearInternal(m.custodianId(), LocalDate.now(clock)).year());
  }

  /**
   * Records a payment by a member to their custodian, in its currency. Requires ADMIN, or
   * CUSTODIAN_MANAGER or TREASURER of the member's custodian.
   *
   * @throws ContributionException {@code contribution.payment.duplicateReference} at field {@code
   *     externalReference}, and those of {@link Payment#received}
   */
  public PaymentRow record(long memberId, Payment.Details details) {
    long by = access.requireUserId();
    MemberFacts m = member(memberId);
    access.requireAnyToSee("member", memberId, ContributionGrants.moneyOf(m.custodianId()));
    CustodianSummary c = custodian(m.custodianId());
    OffsetDateTime now = OffsetDateTime.now(clock);
    Payment p =
        Payment.received(c.id(), memberId, c.currency(), details, now.toLocalDate(), by, now);
    if (p.getExternalReference() != null
        && payments.referenceExists(c.id(), p.getExternalReference())) {
      throw new ContributionException(
          "externalReference", "contribution.payment.duplicateReference", p.getExternalReference());
    }
    number(p, c, now);
    payments.add(p);
    payments.flush();
    audit.record(
        ScheduleService.STREAM,
        "payment.recorded",
        "member",
        memberId,
        Map.of(
            "paymentId", p.getId().toString(),
            "amount", p.getMoney().toString(),
            "receipt", p.getReceiptNumber()),
        null);
    standing.refreshInternal(memberId, p.getFiscalYear());
    return row(p, Map.of(), Map.of());
  }

  /**
   * Reverses a payment (a mistake), with a reason; the reversal gets a receipt number of its own.
   * Requires ADMIN, or CUSTODIAN_MANAGER or TREASURER of the payment's custodian.
   *
   * @throws ContributionException {@code contribution.payment.alreadyReversed}, {@code
   *     contribution.payment.reverseReversal}, {@code contribution.payment.reasonRequired} at field
   *     {@code reason}
   */
  public PaymentRow reverse(long paymentId, String reason) {
    long by = access.requireUserId();
    Payment p =
        payments.lock(paymentId).orElseThrow(() -> new NotFoundException("payment", paymentId));
    access.requireAnyToSee("payment", paymentId, ContributionGrants.moneyOf(p.getCustodianId()));
    if (payments.reversalOf(paymentId).isPresent()) {
      throw new ContributionException(null, "contribution.payment.alreadyReversed");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    Payment r = p.reversal(reason, by, now);
    number(r, custodian(p.getCustodianId()), now);
    payments.add(r);
    payments.flush();
    audit.record(
        ScheduleService.STREAM,
        "payment.reversed",
        "member",
        p.getMemberId(),
        Map.of(
            "paymentId", p.getId().toString(),
            "reversalId", r.getId().toString(),
            "receipt", r.getReceiptNumber()),
        null);
    standing.refreshInternal(p.getMemberId(), p.getFiscalYear());
    return row(r, Map.of(p.getId(), p.getReceiptNumber()), Map.of());
  }

  /**
   * A member's payments and reversals, newest first: all of them for the member themself and
   * admins; only those through their custodian for its managers and treasurers. Requires one of
   * those.
   */
  public List<PaymentRow> ofMember(long memberId) {
    access.requireSignedIn();
    MemberFacts m = member(memberId);
    access.requireAnyToSee(
        "member", memberId, ContributionGrants.moneyOrSelf(m.custodianId(), memberId));
    boolean everything =
        access.hasAny(Grant.admin(), Grant.of(Role.MEMBER, Scope.member(memberId)));
    List<Payment> list = payments.ofMember(memberId, everything ? null : m.custodianId());
    Map<Long, String> receipts = new HashMap<>();
    Map<Long, String> reversedBy = new HashMap<>();
    for (Payment p : list) {
      receipts.put(p.getId(), p.getReceiptNumber());
    }
    for (Payment p : list) {
      if (p.getReversesId() != null) {
        reversedBy.put(p.getReversesId(), p.getReceiptNumber());
      }
    }
    return list.stream().map(p -> row(p, receipts, reversedBy)).toList();
  }

  /**
   * The receipt of a payment or reversal as PDF, in the member's language. Requires the member
   * themself, or ADMIN, CUSTODIAN_MANAGER or TREASURER of the payment's custodian.
   */
  public byte[] receipt(long paymentId) {
    access.requireSignedIn();
    Payment p =
        payments.find(paymentId).orElseThrow(() -> new NotFoundException("payment", paymentId));
    access.requireAnyToSee(
        "payment", paymentId, ContributionGrants.moneyOrSelf(p.getCustodianId(), p.getMemberId()));
    MemberFacts m = member(p.getMemberId());
    CustodianSummary c = custodian(p.getCustodianId());
    String reverses =
        p.getReversesId() == null
            ? null
            : payments.find(p.getReversesId()).map(Payment::getReceiptNumber).orElse(null);
    return ReceiptPdf.render(p, m, c, reverses);
  }

  private void number(Payment p, CustodianSummary c, OffsetDateTime now) {
    int year = now.withOffsetSameInstant(ZoneOffset.UTC).getYear();
    p.numbered(c.shortCode(), year, payments.nextReceipt(c.id(), year));
  }

  private static PaymentRow row(
      Payment p, Map<Long, String> receipts, Map<Long, String> reversedBy) {
    return new PaymentRow(
        p.getId(),
        p.getCustodianId(),
        p.getMemberId(),
        p.getMoney().amount(),
        p.getMoney().currency(),
        p.getReceivedOn(),
        p.getFiscalYear(),
        p.getMethod(),
        p.getExternalReference(),
        p.getNote(),
        p.getRecordedAt(),
        p.getReceiptNumber(),
        p.getReversesId(),
        p.getReversesId() == null ? null : receipts.get(p.getReversesId()),
        reversedBy.get(p.getId()));
  }

  private MemberFacts member(long memberId) {
    return members
        .findInternal(memberId)
        .orElseThrow(() -> new NotFoundException("member", memberId));
  }

  private CustodianSummary custodian(long id) {
    return custodians.findPublic(id).orElseThrow(() -> new NotFoundException("custodian", id));
  }
}
