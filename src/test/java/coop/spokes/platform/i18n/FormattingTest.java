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
  static final ZoneOffset UTC = ZoneOffset.UTC;

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
  void storedFiguresInATextAreWrittenForTheReader() {
    assertThat(Formatting.figuresIn("member 5 amount=5.0000 EUR paymentId=954", CA, UTC))
        .isEqualTo("member 5 amount=5,00\u00a0€ paymentId=954");
    assertThat(Formatting.figuresIn("version 1.2 ABC and ref 12.50 XYZ", Locale.ENGLISH, UTC))
        .as("not a currency")
        .isEqualTo("version 1.2 ABC and ref 12.50 XYZ");

    String assembly = "assembly 2 firstCall=2026-12-03T17:00Z notice=15 recordDate=2026-11-30";
    assertThat(Formatting.figuresIn(assembly, CA, ZoneId.of("Europe/Madrid")))
        .isEqualTo(
            "assembly 2 firstCall="
                + Formatting.dateTime(
                    OffsetDateTime.of(2026, 12, 3, 17, 0, 0, 0, ZoneOffset.UTC),
                    CA,
                    ZoneId.of("Europe/Madrid"))
                + " notice=15 recordDate=30 de nov. 2026")
        .contains("18:00");
    assertThat(Formatting.figuresIn("at 2026-12-03T17:00:05.25+01:00.", Locale.ENGLISH, UTC))
        .as("the offset's instant, in the reader's zone")
        .startsWith("at Dec 3, 2026, 4:00")
        .endsWith("PM UTC.");
    assertThat(Formatting.figuresIn("from 2026-12-03T09:30 local", Locale.ENGLISH, UTC))
        .as("a local date and time keeps its clock")
        .contains("Dec 3, 2026")
        .contains("9:30")
        .doesNotContain("UTC");
    assertThat(Formatting.figuresIn("day 2026-02-31, key abc-2026-01-01, 2026-01-01x", CA, UTC))
        .as("not a day, or part of a word")
        .isEqualTo("day 2026-02-31, key abc-2026-01-01, 2026-01-01x");
  }
}
