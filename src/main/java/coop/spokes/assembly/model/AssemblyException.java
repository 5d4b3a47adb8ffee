package coop.spokes.assembly.model;

import coop.spokes.platform.SpokesException;
import java.io.Serial;

/** An assembly rule was broken; carries the bundle key and the field at fault. */
public class AssemblyException extends SpokesException {
  @Serial private static final long serialVersionUID = 1L;

  public AssemblyException(String field, String key, Object... args) {
    super(field, key, args);
  }
}
