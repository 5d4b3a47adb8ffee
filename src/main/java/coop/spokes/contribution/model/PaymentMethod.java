package coop.spokes.contribution.model;

/** How money reached the custodian. */
public enum PaymentMethod {
  BANK_TRANSFER,
  DIRECT_DEBIT,
  CARD,
  PAYMENT_PLATFORM,
  CASH,
  OTHER
}
