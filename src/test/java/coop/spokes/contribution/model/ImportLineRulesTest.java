package coop.spokes.contribution.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Reading lines of the two shipped formats, with every problem named. */
class ImportLineRulesTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  static ImportLineRules.Read bank(String date, String amount, String concept, String ref) {
    return ImportLineRules.read(
        ImportFormat.BANK, ref, date, amount, null, concept, "ES", "EUR", TODAY);
  }

  @Test
  void aBankLineWithDayFirstDateDecimalCommaAndTheNumberInTheConcept() {
    var r = bank("02/11/2026", "1.060,50", "Transfer Aina Roca es-7 quota", "B-1");

    assertThat(r.problems()).isEmpty();
    assertThat(r.receivedOn()).isEqualTo(LocalDate.of(2026, 11, 2));
    assertThat(r.amount()).isEqualByComparingTo("1060.50");
    assertThat(r.memberKey()).isEqualTo("ES-000007");
  }

  @Test
  void everyProblemOfABadLineIsNamed() {
    var r = bank("31/02/2026", "-2,50", "Bank fees", " ");

    assertThat(r.problems())
        .containsExactly(
            "contribution.import.line.reference",
            "contribution.import.line.date",
            "contribution.import.line.amount");
    assertThat(r.memberKey()).isNull();
    assertThat(bank("01/12/2026", "10,00", "ES-000001", "x").problems())
        .containsExactly("contribution.import.line.future");
  }

  @Test
  void anotherCustodiansNumberIsNotAMember() {
    assertThat(bank("02/11/2026", "10,00", "UK-000004 quota", "r").memberKey()).isNull();
    assertThat(bank("02/11/2026", "10,00", "UK-000004 and ES-000012", "r").memberKey())
        .isEqualTo("ES-000012");
  }

  @Test
  void aPlatformLineWithIsoDatePointDecimalsEmailAndCurrency() {
    var ok =
        ImportLineRules.read(
            ImportFormat.PLATFORM,
            "ch_1",
            "2026-11-02",
            "1,060.50",
            "eur",
            " Nuria@Members.Example ",
            "ES",
            "EUR",
            TODAY);
    var wrongCurrency =
        ImportLineRules.read(
            ImportFormat.PLATFORM,
            "ch_2",
            "2026-11-02",
            "25.00",
            "USD",
            "a@b.example",
            "ES",
            "EUR",
            TODAY);

    assertThat(ok.problems()).isEmpty();
    assertThat(ok.amount()).isEqualByComparingTo("1060.50");
    assertThat(ok.memberKey()).isEqualTo("nuria@members.example");
    assertThat(wrongCurrency.problems()).containsExactly("contribution.import.line.currency");
  }
}
