package coop.spokes.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormattingTest {
  static final Locale CA = Locale.forLanguageTag("ca");
  static final Locale ES = Locale.forLanguageTag("es");
  static final Locale FR = Locale.forLanguageTag("fr");

  @Test
  void amountsCarryTheirCurrencyInTheReadersNumberFormat() {
    BigDecimal sixty = new BigDecimal("60.0000");

    assertThat(Formatting.money(sixty, "EUR", CA)).isEqualTo("60,00\u00a0€");
    assertThat(Formatting.money(sixty, "EUR", ES)).isEqualTo("60,00\u00a0€");
    assertThat(Formatting.money(sixty, "CAD", Locale.ENGLISH)).isEqualTo("CA$60.00");
    assertThat(Formatting.money(sixty, "NZD", Locale.ENGLISH)).isEqualTo("NZ$60.00");
    assertThat(Formatting.money(new BigDecimal("1234.5"), "EUR", FR))
        .isEqualTo("1\u202f234,50\u00a0€");
    assertThat(Formatting.money(new BigDecimal("0.1234"), "EUR", Locale.ENGLISH))
        .as("a rate keeps its digits")
        .isEqualTo("€0.1234");
  }

  @Test
  void timesAreShownInTheReadersZoneAndLanguage() {
    OffsetDateTime at = OffsetDateTime.of(2026, 12, 2, 7, 57, 20, 958_484_000, ZoneOffset.UTC);

    String madrid = Formatting.dateTime(at, ES, ZoneId.of("Europe/Madrid"));
    assertThat(madrid).contains("2026").contains("8:57").doesNotContain("T07");
    // The space before AM is a narrow one from JDK 20 on.
    assertThat(Formatting.dateTime(at, Locale.ENGLISH, ZoneOffset.UTC))
        .startsWith("Dec 2, 2026, 7:57")
        .endsWith("AM UTC");
    assertThat(Formatting.date(LocalDate.of(2026, 12, 2), CA)).isEqualTo("2 de des. 2026");
  }

  @Test
  void storedAmountsInATextAreWrittenForTheReader() {
    assertThat(Formatting.amountsIn("member 5 amount=5.0000 EUR paymentId=954", CA))
        .isEqualTo("member 5 amount=5,00\u00a0€ paymentId=954");
    assertThat(Formatting.amountsIn("version 1.2 ABC and ref 12.50 XYZ", Locale.ENGLISH))
        .as("not a currency")
        .isEqualTo("version 1.2 ABC and ref 12.50 XYZ");
  }
}
