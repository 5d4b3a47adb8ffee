package coop.spokes.platform.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Translated texts outside a Faces page (mail, PDFs, logs shown to users): the same bundle as the
 * pages' {@code msg}, formatted with {@link MessageFormat} in the given language.
 */
public final class Texts {
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_CLASS);

  private Texts() {}

  public static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(Messages.BASE_NAME, locale, NO_FALLBACK);
  }

  /** The text of {@code key} in {@code locale}, with {@code args} filled in. */
  public static String text(Locale locale, String key, Object... args) {
    String pattern;
    try {
      pattern = bundle(locale).getString(key);
    } catch (MissingResourceException e) {
      return "???" + key + "???";
    }
    return args == null || args.length == 0
        ? pattern
        : new MessageFormat(pattern, locale).format(Formatting.readable(args, locale));
  }
}
