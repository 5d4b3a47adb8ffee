package coop.spokes.platform.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages Spokes speaks. English is the base language of every bundle. */
public final class Languages {
  public static final List<String> SUPPORTED = List.of("en", "es", "ca", "fr");
  public static final String DEFAULT = "en";

  private Languages() {}

  public static boolean isSupported(String tag) {
    return tag != null && SUPPORTED.contains(tag);
  }

  /** The supported language of {@code locale}, if any. */
  public static Optional<String> of(Locale locale) {
    return locale == null
        ? Optional.empty()
        : Optional.of(locale.getLanguage()).filter(Languages::isSupported);
  }

  /** The supported language a tag names, or the default. */
  public static Locale localeOf(String tag) {
    return Locale.forLanguageTag(isSupported(tag) ? tag : DEFAULT);
  }
}
