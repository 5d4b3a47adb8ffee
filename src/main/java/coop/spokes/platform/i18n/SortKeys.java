package coop.spokes.platform.i18n;

import java.text.Normalizer;
import java.util.Locale;

/** Case- and accent-insensitive keys, so lists sort and search names as people expect. */
public final class SortKeys {
  private SortKeys() {}

  /** "Étienne Gagnon" → "etienne gagnon". */
  public static String of(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).strip();
  }
}
