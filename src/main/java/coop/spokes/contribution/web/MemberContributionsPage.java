package coop.spokes.contribution.web;

import coop.spokes.contribution.model.Payment;
import coop.spokes.contribution.model.PaymentMethod;
import coop.spokes.contribution.service.PaymentRow;
import coop.spokes.contribution.service.PaymentService;
import coop.spokes.platform.SpokesException;
import coop.spokes.platform.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One member's contributions for their custodian's managers and treasurers ({@code ?id=&year=}):
 * the standing explained, payments with receipts, recording a payment and reversing one.
 */
@Named
@ViewScoped
public class MemberContributionsPage extends MemberMoneyView {
  private static final long serialVersionUID = 1L;

  private Long id;
  private Integer year;
  private PaymentService.Recording recording;
  private BigDecimal amount;
  private LocalDate receivedOn;
  private Integer fiscalYear;
  private PaymentMethod method = PaymentMethod.BANK_TRANSFER;
  private String externalReference;
  private String note;
  private String reverseReason;

  /** Loads the member (the services refuse anyone not allowed). */
  public void load() {
    long memberId = id == null ? -1 : id;
    recording = payments.recordingFor(memberId); // refuses anyone but its managers and treasurers
    if (year == null) {
      year = recording.currentYear();
    }
    reload();
    fiscalYear = year;
    receivedOn = LocalDate.now();
  }

  private void reload() {
    show(id, year);
  }

  public void record() {
    try {
      PaymentRow p =
          payments.record(
              id,
              new Payment.Details(
                  amount, null, receivedOn, fiscalYear, method, externalReference, note));
      FacesMessages.info("contribution.payment.recorded", p.receiptNumber());
      amount = null;
      externalReference = null;
      note = null;
    } catch (SpokesException e) {
      FacesMessages.show("paymentForm", e);
    }
    reload();
  }

  public void reverse(long paymentId) {
    try {
      PaymentRow r = payments.reverse(paymentId, reverseReason);
      FacesMessages.info("contribution.payment.reversed", r.reverses(), r.receiptNumber());
      reverseReason = null;
    } catch (SpokesException e) {
      FacesMessages.show("paymentsForm", e);
    }
    reload();
  }

  public List<PaymentMethod> getMethods() {
    return List.of(PaymentMethod.values());
  }

  public PaymentService.Recording getRecording() {
    return recording;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(LocalDate receivedOn) {
    this.receivedOn = receivedOn;
  }

  public Integer getFiscalYear() {
    return fiscalYear;
  }

  public void setFiscalYear(Integer fiscalYear) {
    this.fiscalYear = fiscalYear;
  }

  public PaymentMethod getMethod() {
    return method;
  }

  public void setMethod(PaymentMethod method) {
    this.method = method;
  }

  public String getExternalReference() {
    return externalReference;
  }

  public void setExternalReference(String externalReference) {
    this.externalReference = externalReference;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getReverseReason() {
    return reverseReason;
  }

  public void setReverseReason(String reverseReason) {
    this.reverseReason = reverseReason;
  }
}
