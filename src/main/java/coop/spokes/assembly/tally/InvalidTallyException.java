package coop.spokes.assembly.tally;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The tally document cannot be counted: it breaks the format or the scheme's own rules. Names the
 * JSON path at fault (e.g. {@code $.scheme.classShares.shares.producer}) and the reason, as a key
 * under {@code assembly.tally.invalid.*} in {@code i18n/assembly*.properties} with its arguments,
 * so that the reason can be read in any language of the bundles. The message is in English.
 */
public class InvalidTallyException extends RuntimeException {

  private final String path;
  private final String key;
  private final List<String> args;

  /**
   * @param key the reason's bundle key, {@code assembly.tally.invalid.<name>}
   * @param args the pattern's arguments, each taken as text ({@link String#valueOf}): a count is
   *     never written with separators ({@code 1000}, not {@code 1,000}), a fraction stays {@code
   *     p/q}
   */
  public InvalidTallyException(String path, String key, Object... args) {
    super(path + ": " + TallyTexts.english(key, args));
    this.path = path;
    this.key = key;
    this.args = Arrays.stream(args).map(String::valueOf).toList();
  }

  public String path() {
    return path;
  }

  /** The reason's bundle key, e.g. {@code assembly.tally.invalid.shareOutOfBounds}. */
  public String key() {
    return key;
  }

  /** The reason's arguments, as text, in the pattern's order. */
  public List<String> args() {
    return args;
  }

  /** The reason in English, without the path. */
  public String reason() {
    return reason(Locale.ROOT);
  }

  /** The reason in a language of the bundles (English for any other), without the path. */
  public String reason(Locale locale) {
    return TallyTexts.text(locale, key, args.toArray());
  }
}
