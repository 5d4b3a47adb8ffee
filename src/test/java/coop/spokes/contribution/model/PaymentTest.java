package coop.spokes.contribution.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Payments are checked when recorded and corrected only by one reversal. */
class PaymentTest {
  static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 30, 10, 0, 0, 0, ZoneOffset.UTC);
  static final LocalDate TODAY = NOW.toLocalDate();

  static Payment.Details details(String amount, String currency, LocalDate on, Integer year) {
    return new Payment.Details(
        amount == null ? null : new BigDecimal(amount),
        currency,
        on,
        year,
        PaymentMethod.BANK_TRANSFER,
        " TRX-1 ",
        null);
  }

  static String keyOf(Runnable r) {
    try {
      r.run();
      return null;
    } catch (ContributionException e) {
      return e.key();
    }
  }

  @Test
  void aGoodPaymentIsInTheCustodiansCurrencyWithTheReferenceTrimmed() {
    Payment p = Payment.received(1, 7, "EUR", details("120.50", null, TODAY, 2026), TODAY, 3, NOW);

    assertThat(p.getMoney().amount()).isEqualByComparingTo("120.50");
    assertThat(p.getMoney().currency()).isEqualTo("EUR");
    assertThat(p.getExternalReference()).isEqualTo("TRX-1");
    assertThat(p.getFiscalYear()).isEqualTo(2026);
  }

  @Test
  void badAmountsCurrenciesDatesAndYearsAreRefused() {
    assertThat(
            keyOf(
                () ->
                    Payment.received(1, 7, "EUR", details("0", null, TODAY, 2026), TODAY, 3, NOW)))
        .isEqualTo("contribution.amount.invalid");
    assertThat(
            keyOf(
                () ->
                    Payment.received(1, 7, "EUR", details("-5", null, TODAY, 2026), TODAY, 3, NOW)))
        .isEqualTo("contribution.amount.invalid");
    assertThat(
            keyOf(
                () ->
                    Payment.received(
                        1, 7, "EUR", details("1.00001", null, TODAY, 2026), TODAY, 3, NOW)))
        .isEqualTo("contribution.amount.invalid");
    assertThat(
            keyOf(
                () ->
                    Payment.received(
                        1, 7, "EUR", details("10", "GBP", TODAY, 2026), TODAY, 3, NOW)))
        .isEqualTo("contribution.payment.currency");
    assertThat(
            keyOf(
                () ->
                    Payment.received(
                        1, 7, "EUR", details("10", null, TODAY.plusDays(1), 2026), TODAY, 3, NOW)))
        .isEqualTo("contribution.payment.receivedOn.invalid");
    assertThat(
            keyOf(
                () ->
                    Payment.received(1, 7, "EUR", details("10", null, TODAY, 2035), TODAY, 3, NOW)))
        .isEqualTo("contribution.payment.fiscalYear.invalid");
  }

  @Test
  void aReversalNegatesTheAmountLinksTheOriginalAndCannotItselfBeReversed() throws Exception {
    Payment p = Payment.received(1, 7, "EUR", details("120.50", null, TODAY, 2025), TODAY, 3, NOW);
    var id = Payment.class.getDeclaredField("id");
    id.setAccessible(true);
    id.set(p, 99L); // as the database gives it

    Payment r = p.reversal("wrong member", 4, NOW);

    assertThat(r.getMoney().amount()).isEqualByComparingTo("-120.50");
    assertThat(r.getFiscalYear()).isEqualTo(2025);
    assertThat(r.getExternalReference()).isNull();
    assertThat(r.isReversal()).isTrue();
    assertThat(r.getReversesId()).isEqualTo(99L);
    assertThat(keyOf(() -> r.reversal("again", 4, NOW)))
        .isEqualTo("contribution.payment.reverseReversal");
    assertThat(keyOf(() -> p.reversal(" ", 4, NOW)))
        .isEqualTo("contribution.payment.reasonRequired");
  }

  @Test
  void receiptNumbersNameTheCustodianYearAndSequence() {
    Payment p = Payment.received(1, 7, "EUR", details("10", null, TODAY, 2026), TODAY, 3, NOW);

    p.numbered("ES", 2026, 42);

    assertThat(p.getReceiptNumber()).isEqualTo("ES-2026-000042");
  }

  @Test
  void aDeclaredBandMustBeLowerThanTheCountrysAndExplained() {
    assertThat(keyOf(() -> new DeclaredBand(7, Band.B, Band.B, "why", 3, NOW)))
        .isEqualTo("contribution.band.notLower");
    assertThat(keyOf(() -> new DeclaredBand(7, Band.A, Band.B, "why", 3, NOW)))
        .isEqualTo("contribution.band.notLower");
    assertThat(keyOf(() -> new DeclaredBand(7, Band.C, Band.B, " ", 3, NOW)))
        .isEqualTo("contribution.band.reasonRequired");
    assertThat(new DeclaredBand(7, Band.D, Band.A, "student", 3, NOW).getBand()).isEqualTo(Band.D);
  }
}
