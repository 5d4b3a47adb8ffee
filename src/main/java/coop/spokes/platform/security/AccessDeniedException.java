package coop.spokes.platform.security;

import coop.spokes.platform.SpokesException;
import java.io.Serial;

/** The caller lacks the role or the scope an action needs. Shown to users as the 403 page. */
public class AccessDeniedException extends SpokesException {
  @Serial private static final long serialVersionUID = 1L;

  public AccessDeniedException() {
    super("platform.accessDenied");
  }
}
