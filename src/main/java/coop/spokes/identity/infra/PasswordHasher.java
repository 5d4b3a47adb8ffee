package coop.spokes.identity.infra;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Password hashing with Jakarta Security's PBKDF2 (HMAC-SHA256, 16-byte salt, 32-byte key) at the
 * configured iteration count: 600,000 in production (OWASP's figure for PBKDF2-SHA256; the
 * standard's default of 2,048 is far too low). Stored hashes name their own parameters, so older
 * hashes still verify and are upgraded at the next sign-in.
 *
 * <p>At most {@code spokes.identity.hash.max-concurrent} hashes run at once ({@link HashingLimit});
 * past that every method here throws {@link coop.spokes.identity.model.HashingBusyException}
 * instead of queueing, so a flood of sign-ins cannot tie up every thread and core.
 */
@ApplicationScoped
public class PasswordHasher {
  static final String ALGORITHM = "PBKDF2WithHmacSHA256";

  @Inject Pbkdf2PasswordHash pbkdf2;

  @Inject
  @ConfigProperty(name = "spokes.identity.pbkdf2.iterations", defaultValue = "600000")
  int iterations;

  @Inject
  @ConfigProperty(name = "spokes.identity.hash.max-concurrent", defaultValue = "4")
  int maxConcurrent;

  private HashingLimit limit;

  /** A hash of an unguessable password, to spend the same time when the account is unknown. */
  private String decoy;

  @PostConstruct
  void configure() {
    limit = new HashingLimit(maxConcurrent);
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm",
            ALGORITHM,
            "Pbkdf2PasswordHash.Iterations",
            Integer.toString(iterations),
            "Pbkdf2PasswordHash.SaltSizeBytes",
            "16",
            "Pbkdf2PasswordHash.KeySizeBytes",
            "32"));
    decoy = pbkdf2.generate(java.util.UUID.randomUUID().toString().toCharArray());
  }

  public String hash(String password) {
    return limit.run(() -> pbkdf2.generate(password.toCharArray()));
  }

  public boolean verify(String password, String storedHash) {
    if (storedHash == null) {
      verifyDecoy(password);
      return false;
    }
    return limit.run(() -> pbkdf2.verify(password.toCharArray(), storedHash));
  }

  /** Spends the time of one verification, so unknown accounts answer as slowly as known ones. */
  public void verifyDecoy(String password) {
    limit.run(() -> pbkdf2.verify(password.toCharArray(), decoy));
  }

  /**
   * Whether a stored hash uses other parameters than today's (fewer iterations, another algorithm).
   */
  public boolean needsUpgrade(String storedHash) {
    String[] parts = storedHash.split(":");
    return parts.length != 4
        || !parts[0].equals(ALGORITHM)
        || Integer.parseInt(parts[1]) < iterations;
  }

  public int iterations() {
    return iterations;
  }
}
