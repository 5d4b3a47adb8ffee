package coop.spokes.platform.ratelimit;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * A limit on how often something may happen for one subject (an address, an account, a client): at
 * most {@code max} events named {@code name} within the last {@code window}.
 *
 * @param name what is counted, short and unique across contexts ({@code "join-submit"}); also the
 *     purpose the subject's keyed hash is computed for
 * @param max how many events the window holds; one more is refused
 * @param window how far back events count, at most {@link #LONGEST}
 */
public record RateLimit(String name, int max, Duration window) {
  /** The longest window: events older than this are purged ({@link RateEventPurge}). */
  public static final Duration LONGEST = Duration.ofDays(7);

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

  public RateLimit {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("A limit's name is lower-case, up to 40 characters");
    }
    if (max < 1) {
      throw new IllegalArgumentException("A limit allows at least one event");
    }
    if (window == null || window.isNegative() || window.isZero() || window.compareTo(LONGEST) > 0) {
      throw new IllegalArgumentException("A limit's window lies between 0 and " + LONGEST);
    }
  }

  /** The same limit with another maximum (configured limits). */
  public RateLimit withMax(int newMax) {
    return new RateLimit(name, newMax, window);
  }

  /** The same limit with another window (configured limits). */
  public RateLimit withWindow(Duration newWindow) {
    return new RateLimit(name, max, newWindow);
  }
}
