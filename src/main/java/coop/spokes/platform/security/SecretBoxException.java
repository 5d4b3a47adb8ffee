package coop.spokes.platform.security;

import java.io.Serial;

/**
 * A sealed value could not be opened: not a sealed value, unknown key id, sealed for another
 * purpose, or altered. A configuration or data fault, never the user's: it ends as a 500 page.
 */
public class SecretBoxException extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  public SecretBoxException(String message) {
    super(message);
  }
}
