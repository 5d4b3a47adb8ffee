package coop.spokes.platform;

import java.util.regex.Pattern;

/**
 * Text that people type and other people read (names above all): one line, with no control
 * characters and no bidirectional overrides, so a name can neither add lines to a mail or a page
 * nor reorder what is shown around it.
 */
public final class PlainText {
  /** ISO controls (CR, LF, tab...) and the Unicode line and paragraph separators. */
  private static final Pattern BREAKS = Pattern.compile("[\\p{Cc}\\u2028\\u2029]+");

  /** Embeddings, overrides and isolates, which make text display in another order. */
  private static final Pattern BIDI = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");

  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u3000]{2,}");

  private PlainText() {}

  /**
   * {@code text} on one line: every run of control characters or line separators becomes one space,
   * bidirectional controls go, runs of spaces shrink to one, the ends are trimmed; {@code null}
   * stays {@code null}.
   */
  public static String oneLine(String text) {
    if (text == null) {
      return null;
    }
    String flat = BREAKS.matcher(text).replaceAll(" ");
    flat = BIDI.matcher(flat).replaceAll("");
    return SPACES.matcher(flat).replaceAll(" ").strip();
  }

  /**
   * {@code text} with its line breaks kept (CR LF and CR become LF) and every other control
   * character and bidirectional override removed, for text of several lines such as a manager's
   * question; {@code null} stays {@code null}.
   */
  public static String lines(String text) {
    if (text == null) {
      return null;
    }
    String unified = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n');
    unified = unified.replace('\u2029', '\n').replace('\t', ' ');
    return BIDI.matcher(unified.replaceAll("[\\p{Cc}&&[^\\n]]", "")).replaceAll("");
  }
}
