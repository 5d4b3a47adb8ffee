package coop.spokes.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The second step of a key rotation (see {@link SecretBox}): re-seals every stored secret with the
 * current key, through every {@link ResealsSecrets} the contexts provide.
 */
@ApplicationScoped
public class SecretRotation {
  @Inject Access access;
  @Inject Instance<ResealsSecrets> holders;

  /**
   * Re-seals every stored secret not yet under the current key. Admins only.
   *
   * @return how many values were re-sealed (0 once the rotation is complete)
   * @throws AccessDeniedException for anyone but an admin
   */
  @Transactional
  public int resealAll() {
    access.requireAny(Grant.admin());
    int count = 0;
    for (ResealsSecrets holder : holders) {
      count += holder.resealAll();
    }
    return count;
  }
}
