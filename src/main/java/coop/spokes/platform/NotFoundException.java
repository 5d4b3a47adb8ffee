package coop.spokes.platform;

import java.io.Serial;

/**
 * The record asked for does not exist (or the caller may not know that it exists): shown as the 404
 * page. Not a {@link SpokesException}, so beans never turn it into a field message.
 */
public class NotFoundException extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  public NotFoundException(String what, Object id) {
    super("platform.notFound: " + what + " " + id);
  }
}
