package coop.spokes.platform.security;

import java.io.Serial;

/**
 * The caller lacks the role or the scope an action needs. Shown to users as the 403 page. Not a
 * {@link coop.spokes.platform.SpokesException}: beans that show keyed failures at a field must
 * never catch a refusal and turn it into a message.
 */
public class AccessDeniedException extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  public AccessDeniedException() {
    super("platform.accessDenied");
  }
}
