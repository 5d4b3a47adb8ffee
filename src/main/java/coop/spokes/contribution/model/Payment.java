package coop.spokes.contribution.model;

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
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Money a member paid to their custodian, or the reversal of such a payment. Never changed once
 * recorded: a mistake is undone by a reversal (the negated amount, linked to the original, at most
 * one per payment) and recorded again. Each carries a receipt number without gaps per custodian and
 * year ({@code ES-2026-000042}).
 */
@Entity
@Table(name = "contribution_payment")
public class Payment {
  /** Lengths, as in the table. */
  public static final int MAX_REFERENCE = 100;

  public static final int MAX_NOTE = 1000;

  @Id
  @SequenceGenerator(
      name = "contribution_payment_seq",
      sequenceName = "contribution_payment_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contribution_payment_seq")
  private Long id;

  @Column(name = "custodian_id", nullable = false)
  private Long custodianId;

  @Column(name = "member_id", nullable = false)
  private Long memberId;

  @Embedded private Money money;

  @Column(name = "received_on", nullable = false)
  private LocalDate receivedOn;

  @Column(name = "fiscal_year", nullable = false)
  private int fiscalYear;

  @Enumerated(EnumType.STRING)
  @Column(name = "method", nullable = false, length = 20)
  private PaymentMethod method;

  @Column(name = "external_reference", length = MAX_REFERENCE)
  private String externalReference;

  @Column(name = "note", length = MAX_NOTE)
  private String note;

  @Column(name = "recorded_at", nullable = false)
  private OffsetDateTime recordedAt;

  @Column(name = "recorded_by", nullable = false)
  private Long recordedBy;

  @Column(name = "reverses_id")
  private Long reversesId;

  @Column(name = "receipt_year", nullable = false)
  private int receiptYear;

  @Column(name = "receipt_seq", nullable = false)
  private long receiptSeq;

  @Column(name = "receipt_number", nullable = false, length = 40)
  private String receiptNumber;

  protected Payment() {}

  /** What a payment says, as typed by a manager or read from an import line. */
  public record Details(
      java.math.BigDecimal amount,
      String currency,
      LocalDate receivedOn,
      Integer fiscalYear,
      PaymentMethod method,
      String externalReference,
      String note) {}

  /**
   * A payment by {@code memberId} to {@code custodianId} (whose currency is {@code currency}),
   * received on a day not after {@code today}.
   *
   * @throws ContributionException {@code contribution.amount.invalid} at field {@code amount},
   *     {@code contribution.payment.currency} at field {@code currency}, {@code
   *     contribution.payment.receivedOn.invalid} at field {@code receivedOn}, {@code
   *     contribution.payment.fiscalYear.invalid} at field {@code fiscalYear}, {@code
   *     contribution.payment.method.invalid} at field {@code method}, {@code
   *     contribution.payment.tooLong} at field {@code externalReference} or {@code note}
   */
  public static Payment received(
      long custodianId,
      long memberId,
      String currency,
      Details d,
      LocalDate today,
      long by,
      OffsetDateTime now) {
    if (d.currency() != null && !d.currency().strip().equalsIgnoreCase(currency)) {
      throw new ContributionException("currency", "contribution.payment.currency", currency);
    }
    if (d.receivedOn() == null || d.receivedOn().isAfter(today)) {
      throw new ContributionException("receivedOn", "contribution.payment.receivedOn.invalid");
    }
    if (d.fiscalYear() == null
        || d.fiscalYear() < d.receivedOn().getYear() - 5
        || d.fiscalYear() > d.receivedOn().getYear() + 2) {
      throw new ContributionException("fiscalYear", "contribution.payment.fiscalYear.invalid");
    }
    if (d.method() == null) {
      throw new ContributionException("method", "contribution.payment.method.invalid");
    }
    Payment p = new Payment();
    p.custodianId = custodianId;
    p.memberId = memberId;
    p.money = Money.of(Amounts.positive(d.amount(), "amount"), currency);
    p.receivedOn = d.receivedOn();
    p.fiscalYear = d.fiscalYear();
    p.method = d.method();
    p.externalReference = optional(d.externalReference(), MAX_REFERENCE, "externalReference");
    p.note = optional(d.note(), MAX_NOTE, "note");
    p.recordedBy = by;
    p.recordedAt = now;
    return p;
  }

  /**
   * The reversal of this payment, recorded now for {@code reason}.
   *
   * @throws ContributionException {@code contribution.payment.reverseReversal}, {@code
   *     contribution.payment.reasonRequired} at field {@code reason}
   */
  public Payment reversal(String reason, long by, OffsetDateTime now) {
    if (reversesId != null) {
      throw new ContributionException(null, "contribution.payment.reverseReversal");
    }
    if (reason == null || reason.isBlank() || reason.strip().length() > MAX_NOTE) {
      throw new ContributionException("reason", "contribution.payment.reasonRequired", MAX_NOTE);
    }
    Payment r = new Payment();
    r.custodianId = custodianId;
    r.memberId = memberId;
    r.money = money.negate();
    r.receivedOn = now.toLocalDate();
    r.fiscalYear = fiscalYear;
    r.method = method;
    r.note = reason.strip();
    r.reversesId = id;
    r.recordedBy = by;
    r.recordedAt = now;
    return r;
  }

  /** Gives the receipt number {@code seq} of {@code year}: {@code <code>-<year>-<seq>}. */
  public void numbered(String custodianCode, int year, long seq) {
    receiptYear = year;
    receiptSeq = seq;
    receiptNumber = custodianCode + "-" + year + "-" + String.format("%06d", seq);
  }

  private static String optional(String value, int max, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.strip().length() > max) {
      throw new ContributionException(field, "contribution.payment.tooLong", max);
    }
    return value.strip();
  }

  public Long getId() {
    return id;
  }

  public Long getCustodianId() {
    return custodianId;
  }

  public Long getMemberId() {
    return memberId;
  }

  public Money getMoney() {
    return money;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public int getFiscalYear() {
    return fiscalYear;
  }

  public PaymentMethod getMethod() {
    return method;
  }

  public String getExternalReference() {
    return externalReference;
  }

  public String getNote() {
    return note;
  }

  public OffsetDateTime getRecordedAt() {
    return recordedAt;
  }

  public Long getRecordedBy() {
    return recordedBy;
  }

  public Long getReversesId() {
    return reversesId;
  }

  public String getReceiptNumber() {
    return receiptNumber;
  }

  public boolean isReversal() {
    return reversesId != null;
  }
}
