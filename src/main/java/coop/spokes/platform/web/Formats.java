package coop.spokes.platform.web;

import coop.spokes.platform.i18n.Formatting;
import coop.spokes.platform.time.ReaderTimeZone;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates, times and amounts as the reader reads them, for pages ({@code #{fmt.dateTime(x)}}): in the
 * page's language and the reader's own time zone (their profile; UTC for visitors, said so),
 * amounts with their currency in the reader's number format ({@code 60,00 €} in Catalan, {@code
 * CA$60.00} in English). Nothing on a page shows an ISO timestamp or a bare amount.
 */
@Named("fmt")
@RequestScoped
public class Formats {
  @Inject Instance<ReaderTimeZone> readerZones;

  private Locale locale;
  private ZoneId zone;

  /** A date and time, e.g. "6 Dec 2026, 10:15" in the reader's zone. */
  public String dateTime(OffsetDateTime at) {
    return at == null ? "" : Formatting.dateTime(at, locale(), zone());
  }

  /** A date and time to the second, e.g. "6 Dec 2026, 10:15:07" (the audit log). */
  public String preciseDateTime(OffsetDateTime at) {
    if (at == null) {
      return "";
    }
    String text =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM)
            .withLocale(locale())
            .format(at.atZoneSameInstant(zone()));
    return zone().equals(ZoneOffset.UTC) ? text + " UTC" : text;
  }

  /** A date (a day, no zone), e.g. "6 Dec 2026". */
  public String date(LocalDate day) {
    return day == null ? "" : Formatting.date(day, locale());
  }

  /** The day of an instant in the reader's zone. */
  public String day(OffsetDateTime at) {
    return at == null ? "" : Formatting.date(at.atZoneSameInstant(zone()).toLocalDate(), locale());
  }

  /** An amount with its currency, e.g. "60,00 €" or "CA$60.00". */
  public String money(BigDecimal amount, String currency) {
    return amount == null ? "" : Formatting.money(amount, currency, locale());
  }

  /** A count, e.g. "12,345" or "12.345", in the reader's number format. */
  public String count(Number n) {
    return n == null ? "" : java.text.NumberFormat.getIntegerInstance(locale()).format(n);
  }

  /** A number with up to two decimals, e.g. "66.67" or "66,67", in the reader's format. */
  public String decimal(Number n) {
    return withDecimals(n, 2);
  }

  /**
   * An exchange rate with five to eight decimals, e.g. "1.16340" or "1.19047619", in the reader's
   * format: never two or four decimals, so that it never reads like an amount of money.
   */
  public String rate(Number n) {
    return n == null ? "" : Formatting.rate(n, locale());
  }

  private String withDecimals(Number n, int decimals) {
    return n == null ? "" : Formatting.decimal(n, decimals, locale());
  }

  /** A share (0.25) as a percentage in the reader's format ("25%", "25 %"), to one decimal. */
  public String percent(Number share) {
    return share == null ? "" : Formatting.percent(share, locale());
  }

  /** A duration in minutes as hours and minutes, e.g. "7:05". */
  public String duration(Number minutes) {
    long m = minutes == null ? 0 : minutes.longValue();
    return m / 60 + ":" + String.format("%02d", m % 60);
  }

  /**
   * A text with figures as stored ({@code 5.0000 EUR}, {@code 2026-12-03T17:00Z}, {@code
   * 2026-11-30}) written for the reader, times in their zone (audit details).
   */
  public String figuresIn(String text) {
    return Formatting.figuresIn(text, locale(), zone());
  }

  /** The reader's time zone, for a page that says which one its times are in. */
  public String zoneName() {
    return zone().getId();
  }

  private Locale locale() {
    if (locale == null) {
      FacesContext context = FacesContext.getCurrentInstance();
      locale =
          context != null && context.getViewRoot() != null
              ? context.getViewRoot().getLocale()
              : Locale.ENGLISH;
    }
    return locale;
  }

  private ZoneId zone() {
    if (zone == null) {
      zone =
          readerZones.stream().findFirst().flatMap(ReaderTimeZone::ofCaller).orElse(ZoneOffset.UTC);
    }
    return zone;
  }
}
