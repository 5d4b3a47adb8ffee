package coop.spokes.membership.model;

import coop.spokes.platform.SpokesException;
import java.io.Serial;

/** A membership rule was broken; carries the bundle key and the field at fault. */
public class MembershipException extends SpokesException {
  @Serial private static final long serialVersionUID = 1L;

  public MembershipException(String field, String key, Object... args) {
    super(field, key, args);
  }
}
