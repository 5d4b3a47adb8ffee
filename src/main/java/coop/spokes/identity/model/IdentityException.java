package coop.spokes.identity.model;

import coop.spokes.platform.SpokesException;
import java.io.Serial;

/** A rule of the identity context was broken; carries the bundle key and the field at fault. */
public class IdentityException extends SpokesException {
  @Serial private static final long serialVersionUID = 1L;

  public IdentityException(String field, String key, Object... args) {
    super(field, key, args);
  }
}
