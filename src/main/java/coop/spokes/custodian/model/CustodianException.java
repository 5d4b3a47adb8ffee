package coop.spokes.custodian.model;

import coop.spokes.platform.SpokesException;
import java.io.Serial;

/** A custodian rule was broken; carries the bundle key and the field at fault. */
public class CustodianException extends SpokesException {
  @Serial private static final long serialVersionUID = 1L;

  public CustodianException(String field, String key, Object... args) {
    super(field, key, args);
  }
}
