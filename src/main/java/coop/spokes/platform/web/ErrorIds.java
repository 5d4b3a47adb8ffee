package coop.spokes.platform.web;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Error ids: a short random reference shown to the user on the error page and written in the log
 * line with the exception, so support can find one from the other without the user seeing details.
 */
public final class ErrorIds {
  public static final String REQUEST_ATTRIBUTE = "spokes.errorId";
  private static final Logger LOG = Logger.getLogger(ErrorIds.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();

  private ErrorIds() {}

  /** Logs {@code failure} under a new error id and returns the id. */
  public static String log(Throwable failure, String where) {
    byte[] bytes = new byte[5];
    RANDOM.nextBytes(bytes);
    String id = HexFormat.of().formatHex(bytes).toUpperCase();
    LOG.log(Level.SEVERE, "SPOKES-ERROR " + id + " at " + sanitize(where), failure);
    return id;
  }

  /** Strips line breaks from user-controlled text before it is logged (log injection). */
  public static String sanitize(String text) {
    return text == null ? "" : text.replaceAll("[\\r\\n\\t]", "_");
  }
}
