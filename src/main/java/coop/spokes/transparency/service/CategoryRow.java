package coop.spokes.transparency.service;

import coop.spokes.platform.i18n.Languages;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/** An expense category with its name in each language admins gave one. */
public record CategoryRow(String code, int position, boolean claimable, Map<String, String> names)
    implements Serializable {
  public CategoryRow {
    names = Map.copyOf(names);
  }

  /** Its name in {@code locale}'s language, else in English, else its code. */
  public String name(Locale locale) {
    String language = Languages.of(locale).orElse(Languages.DEFAULT);
    return names.getOrDefault(language, names.getOrDefault(Languages.DEFAULT, code));
  }
}
