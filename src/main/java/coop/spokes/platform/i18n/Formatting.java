package coop.spokes.platform.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * Dates, times and amounts written for a reader in a given language (and time zone): the one place
 * pages ({@code #{fmt...}}, {@code platform.web.Formats}), mails and PDFs take them from.
 */
public final class Formatting {
  private Formatting() {}

  /** A date and time in {@code zone}, e.g. "6 Dec 2026, 10:15" ("UTC" added in UTC). */
  public static String dateTime(OffsetDateTime at, Locale locale, ZoneId zone) {
    String text =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale)
            .format(at.atZoneSameInstant(zone));
    return zone.equals(ZoneOffset.UTC) ? text + " UTC" : text;
  }

  /** A day, e.g. "6 Dec 2026". */
  public static String date(LocalDate day, Locale locale) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
  }

  /** An amount with its currency, e.g. "60,00 €" (Catalan) or "CA$60.00" (English). */
  public static String money(BigDecimal amount, String currency, Locale locale) {
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    Currency c = Currency.getInstance(currency);
    format.setCurrency(c);
    format.setMinimumFractionDigits(c.getDefaultFractionDigits());
    format.setMaximumFractionDigits(
        Math.max(c.getDefaultFractionDigits(), amount.stripTrailingZeros().scale()));
    return format.format(amount);
  }
}
