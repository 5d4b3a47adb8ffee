package coop.spokes.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds figures on a page that do not read like figures: an ISO timestamp or date ({@code
 * 2026-12-02T07:57:20Z}, {@code 2026-12-02}) and a bare amount (a number with an ISO currency code
 * beside it, {@code 100.00 EUR}, or with four decimals, {@code 60.0000}). Pages show dates and
 * amounts through {@code #{fmt...}} in the reader's language instead.
 */
public final class Figures {
  static final Pattern ISO_TIMESTAMP = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
  static final Pattern ISO_DATE = Pattern.compile("(?<![\\w/=-])\\d{4}-\\d{2}-\\d{2}(?![\\w-])");
  static final Pattern BARE_AMOUNT =
      Pattern.compile(
          "\\b\\d+[.,]\\d{2,4}\\s?(EUR|GBP|CAD|NZD|USD|CHF)\\b"
              + "|\\b(EUR|GBP|CAD|NZD|USD|CHF)\\s?\\d"
              + "|(?<![\\d.,])\\d+\\.\\d{4}(?!\\d)");

  private Figures() {}

  /** What in {@code text} (a page's visible text) does not read like a figure. */
  public static List<String> problemsIn(String text) {
    List<String> found = new ArrayList<>();
    for (Pattern p : List.of(ISO_TIMESTAMP, ISO_DATE, BARE_AMOUNT)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        int from = Math.max(0, m.start() - 30);
        int to = Math.min(text.length(), m.end() + 30);
        found.add("«" + m.group() + "» in «" + text.substring(from, to) + "»");
      }
    }
    return found;
  }
}
