package coop.spokes.platform.security;

/**
 * Implemented by each context that stores values sealed with {@link SecretBox} (identity's TOTP
 * seeds, node's BBB secrets) and discovered by CDI, so that {@link SecretRotation} can bring every
 * stored value under the current key without {@code platform} knowing those tables.
 */
public interface ResealsSecrets {

  /**
   * Re-seals, with {@link SecretBox#reseal}, every stored value not sealed with the current key, in
   * the caller's transaction.
   *
   * @return how many values were re-sealed
   */
  int resealAll();
}
