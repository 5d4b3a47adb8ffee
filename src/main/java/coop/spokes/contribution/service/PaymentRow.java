package coop.spokes.contribution.service;

import coop.spokes.contribution.model.PaymentMethod;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A payment or reversal as pages see it. {@code reversedBy}: the receipt number of the reversal
 * that undid this payment, if any; {@code reverses}: the receipt number this reversal undoes.
 */
public record PaymentRow(
    long id,
    long custodianId,
    long memberId,
    BigDecimal amount,
    String currency,
    LocalDate receivedOn,
    int fiscalYear,
    PaymentMethod method,
    String externalReference,
    String note,
    OffsetDateTime recordedAt,
    String receiptNumber,
    Long reversesId,
    String reverses,
    String reversedBy)
    implements Serializable {
  public boolean isReversal() {
    return reversesId != null;
  }

  public boolean isReversed() {
    return reversedBy != null;
  }
}
