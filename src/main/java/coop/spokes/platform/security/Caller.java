package coop.spokes.platform.security;

import java.util.Optional;
import java.util.Set;

/**
 * Who is calling and what they hold. Implemented by the identity context (which owns accounts and
 * grants) and discovered by CDI, so {@code platform} never depends on {@code identity}.
 */
public interface Caller {

  /** The signed-in user's account id, empty for a visitor. */
  Optional<Long> userId();

  /** The grants the signed-in user holds now; empty for a visitor. */
  Set<Grant> grants();
}
