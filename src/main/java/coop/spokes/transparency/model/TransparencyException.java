package coop.spokes.transparency.model;

import coop.spokes.platform.SpokesException;
import java.io.Serial;

/** A cost-transparency rule was broken; carries the bundle key and the field at fault. */
public class TransparencyException extends SpokesException {
  @Serial private static final long serialVersionUID = 1L;

  public TransparencyException(String field, String key, Object... args) {
    super(field, key, args);
  }
}
