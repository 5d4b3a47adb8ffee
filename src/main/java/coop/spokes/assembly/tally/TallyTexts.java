package coop.spokes.assembly.tally;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The tally's words for people (why a document is invalid, why a ballot was set aside, what a
 * recount could not check): {@link MessageFormat} patterns under {@code assembly.tally.*} in {@code
 * i18n/assembly*.properties}. English is the base file; a language without a file of its own gets
 * English, never the JVM's language.
 */
public final class TallyTexts {

  /** The bundle, as the classpath holds it (the project's top-level {@code i18n/}). */
  public static final String BUNDLE = "i18n.assembly";

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private TallyTexts() {}

  /**
   * The bundle for a language: its own file, or English (the base file) when it has none, whatever
   * the JVM's default language.
   */
  public static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
  }

  /**
   * A text in a language, its arguments formatted as text ({@link String#valueOf}): a number is
   * never grouped or rounded by the language, a fraction stays {@code p/q}.
   */
  public static String text(Locale locale, String key, Object... args) {
    return new MessageFormat(bundle(locale).getString(key), locale).format(asText(args));
  }

  /** A text in English. */
  public static String english(String key, Object... args) {
    return text(Locale.ROOT, key, args);
  }

  static Object[] asText(Object... args) {
    Object[] text = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      text[i] = String.valueOf(args[i]);
    }
    return text;
  }
}
