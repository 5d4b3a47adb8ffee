package coop.spokes.contribution.model;

import coop.spokes.platform.SpokesException;
import java.io.Serial;

/** A contribution rule was broken; carries the bundle key and the field at fault. */
public class ContributionException extends SpokesException {
  @Serial private static final long serialVersionUID = 1L;

  public ContributionException(String field, String key, Object... args) {
    super(field, key, args);
  }
}
