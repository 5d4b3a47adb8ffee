package coop.spokes.platform.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates, times and amounts written for a reader in a given language (and time zone): the one place
 * pages ({@code #{fmt...}}, {@code platform.web.Formats}), mails and PDFs take them from.
 */
public final class Formatting {
  /**
   * A figure as stored in a text (audit details): an amount ({@code 5.0000 EUR}), an instant
   * ({@code 2026-12-03T17:00Z}; seconds optional; without an offset, a local date and time) or a
   * day ({@code 2026-11-30}).
   */
  private static final Pattern STORED_FIGURE =
      Pattern.compile(
          "(?<![\\w.])(?<amount>-?\\d+\\.\\d+) (?<currency>[A-Z]{3})\\b"
              + "|(?<![\\w-])(?<instant>\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?"
              + "(?<offset>Z|[+-]\\d{2}:\\d{2})?)(?![\\w:+-]|\\.\\d)"
              + "|(?<![\\w-])(?<day>\\d{4}-\\d{2}-\\d{2})(?![\\w-])");

  private Formatting() {}

  /**
   * {@code text} with every figure written as stored (audit details: {@code 5.0000 EUR}, {@code
   * 2026-12-03T17:00Z}, {@code 2026-11-30}) written for the reader: the amount in {@code locale}'s
   * number format with its currency ({@code 5,00 €}), the instant as a date and time in {@code
   * zone} and the day as a date. What only looks like a figure (an unknown currency, the 31st of
   * February) stays as it is.
   */
  public static String figuresIn(String text, Locale locale, ZoneId zone) {
    if (text == null) {
      return "";
    }
    Matcher m = STORED_FIGURE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String shown;
      try {
        if (m.group("amount") != null) {
          shown = money(new BigDecimal(m.group("amount")), m.group("currency"), locale);
        } else if (m.group("instant") != null) {
          shown =
              m.group("offset") != null
                  ? dateTime(OffsetDateTime.parse(m.group("instant")), locale, zone)
                  : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                      .withLocale(locale)
                      .format(LocalDateTime.parse(m.group("instant")));
        } else {
          shown = date(LocalDate.parse(m.group("day")), locale);
        }
      } catch (IllegalArgumentException | DateTimeException notAFigure) {
        shown = m.group();
      }
      m.appendReplacement(out, Matcher.quoteReplacement(shown));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * Message arguments as the reader reads them: a day ({@link LocalDate}) and an instant ({@link
   * OffsetDateTime}, shown in UTC) written in {@code locale}; anything else as it is. {@link Texts}
   * and the pages' messages pass their arguments through this, so no message shows an ISO date.
   */
  public static Object[] readable(Object[] args, Locale locale) {
    if (args == null) {
      return null;
    }
    Object[] shown = args.clone();
    for (int i = 0; i < shown.length; i++) {
      if (shown[i] instanceof LocalDate day) {
        shown[i] = date(day, locale);
      } else if (shown[i] instanceof OffsetDateTime at) {
        shown[i] = dateTime(at, locale, ZoneOffset.UTC);
      }
    }
    return shown;
  }

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

  /**
   * An exchange rate with five to eight decimals, e.g. "1.16340": never two or four decimals, so
   * that it never reads like an amount of money.
   */
  public static String rate(Number n, Locale locale) {
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMinimumFractionDigits(5);
    f.setMaximumFractionDigits(8);
    return f.format(n);
  }

  /** A number with up to {@code decimals} decimals, e.g. "66.67" or "66,67". */
  public static String decimal(Number n, int decimals, Locale locale) {
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMaximumFractionDigits(decimals);
    return f.format(n);
  }

  /** A share (0.25) as a percentage ("25%", "25 %"), to one decimal. */
  public static String percent(Number share, Locale locale) {
    NumberFormat f = NumberFormat.getPercentInstance(locale);
    f.setMaximumFractionDigits(1);
    return f.format(share);
  }
}
