package coop.spokes.platform;

import java.io.Serial;
import java.util.Arrays;

/**
 * A failure the user can cause or fix, described by an i18n bundle key with arguments, and
 * optionally the name of the form field at fault. Beans show it translated at that field (or
 * globally when no field is named); REST resources turn it into a 4xx response with the key.
 */
public class SpokesException extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  private final String key;
  private final transient Object[] args;
  private final String field;

  public SpokesException(String key, Object... args) {
    this(null, key, args);
  }

  /** A failure attributed to one field of the form the user submitted. */
  public SpokesException(String field, String key, Object... args) {
    super(key);
    this.key = key;
    this.args = args == null ? new Object[0] : args.clone();
    this.field = field;
  }

  public String key() {
    return key;
  }

  public Object[] args() {
    return args.clone();
  }

  /** The form field at fault, or {@code null} when the failure concerns the whole form. */
  public String field() {
    return field;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + key + " " + Arrays.toString(args) + "]";
  }
}
