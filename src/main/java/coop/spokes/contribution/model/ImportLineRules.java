package coop.spokes.contribution.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading one line of a payments file with its format: the date in the format's pattern (not in the
 * future), a positive amount with the format's decimal mark (thousands separators allowed), the
 * custodian's currency, a reference, and the member's number or e-mail. Every problem is named (by
 * bundle key) so the preview shows them all.
 */
public final class ImportLineRules {
  private static final Pattern NUMBER = Pattern.compile("\\b([A-Z]{2,10})-0*(\\d{1,9})\\b");

  private ImportLineRules() {}

  /** What a line says once read, and what is wrong with it. */
  public record Read(
      LocalDate receivedOn, BigDecimal amount, String memberKey, List<String> problems) {}

  /**
   * Reads a line's raw values for a custodian whose currency is {@code currency} and whose member
   * numbers start with {@code code}, on {@code today}.
   */
  public static Read read(
      ImportFormat.Layout f,
      String reference,
      String dateText,
      String amountText,
      String currencyText,
      String memberText,
      String code,
      String currency,
      LocalDate today) {
    List<String> problems = new ArrayList<>();
    if (reference == null
        || reference.isBlank()
        || reference.strip().length() > Payment.MAX_REFERENCE) {
      problems.add("contribution.import.line.reference");
    }
    LocalDate date = date(f.datePattern(), dateText);
    if (date == null) {
      problems.add("contribution.import.line.date");
    } else if (date.isAfter(today)) {
      problems.add("contribution.import.line.future");
      date = null;
    }
    BigDecimal amount = amount(amountText, f.decimalComma());
    if (amount == null || amount.signum() <= 0 || amount.compareTo(Amounts.MAX) > 0) {
      problems.add("contribution.import.line.amount");
      amount = null;
    }
    if (currencyText != null
        && !currencyText.isBlank()
        && !currencyText.strip().equalsIgnoreCase(currency)) {
      problems.add("contribution.import.line.currency");
    }
    String key = memberKey(f.memberBy(), memberText, code).orElse(null);
    return new Read(date, amount, key, List.copyOf(problems));
  }

  /** The member number (canonical, e.g. ES-000012) or lower-case e-mail the line names. */
  public static Optional<String> memberKey(MemberBy by, String text, String code) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    if (by == MemberBy.EMAIL) {
      String mail = text.strip().toLowerCase(Locale.ROOT);
      return mail.contains("@") ? Optional.of(mail) : Optional.empty();
    }
    Matcher m = NUMBER.matcher(text.toUpperCase(Locale.ROOT));
    while (m.find()) {
      if (m.group(1).equals(code)) {
        return Optional.of(code + "-" + String.format("%06d", Long.parseLong(m.group(2))));
      }
    }
    return Optional.empty();
  }

  static LocalDate date(String pattern, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      String p = pattern.replace("yyyy", "uuuu");
      return LocalDate.parse(
          text.strip(), DateTimeFormatter.ofPattern(p).withResolverStyle(ResolverStyle.STRICT));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static BigDecimal amount(String text, boolean decimalComma) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip().replace(" ", "").replace("\u00a0", "").replace("'", "");
    t = decimalComma ? t.replace(".", "").replace(',', '.') : t.replace(",", "");
    try {
      BigDecimal v = new BigDecimal(t);
      return v.stripTrailingZeros().scale() > 4 ? null : v;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
