package coop.spokes.identity.model;

import java.io.Serial;

/**
 * All password-hashing permits are taken: the user is asked to try again in a moment ({@code
 * identity.busy}) instead of waiting in a queue.
 */
public class HashingBusyException extends IdentityException {
  @Serial private static final long serialVersionUID = 1L;

  public HashingBusyException() {
    super(null, "identity.busy");
  }
}
