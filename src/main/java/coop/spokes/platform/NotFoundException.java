package coop.spokes.platform;

import java.io.Serial;

/** The record asked for does not exist (or the caller may not know that it exists): shown as 404. */
public class NotFoundException extends SpokesException {
  @Serial private static final long serialVersionUID = 1L;

  public NotFoundException(String what, Object id) {
    super("platform.notFound", what, id);
  }
}
