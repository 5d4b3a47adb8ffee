package coop.spokes.platform.mail;

import coop.spokes.platform.security.Secrets;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A {@link SecretLinkProvider} whose secrets live one per row of an entity {@code T} (a reset
 * token, an address change, an invitation): minting locks the row, refuses a row that is used,
 * revoked or expired, gives it a new random secret of which only the keyed hash is stored, and
 * returns the link to {@link #page()}. A context adds a provider by naming the entity, the page,
 * the hash's purpose and the two rules of its row.
 *
 * @param <T> the entity that keeps the secret's hash
 */
public abstract class SecretLinkRows<T> implements SecretLinkProvider {
  @PersistenceContext EntityManager em;
  @Inject Secrets secrets;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "spokes.base.url")
  String baseUrl;

  /** The entity that keeps the secret. */
  protected abstract Class<T> rowType();

  /** The page the link opens, from the application's root ({@code "/identity/…xhtml"}). */
  protected abstract String page();

  /** What the keyed hash is for ({@link Secrets#hmac}): the same purpose the page checks with. */
  protected abstract String purpose();

  /** Whether the row may still get a secret at {@code now} (not used, revoked nor expired). */
  protected abstract boolean usable(T row, OffsetDateTime now);

  /** Replaces the row's secret by the one hashed {@code hash}. */
  protected abstract void replaceSecret(T row, String hash, OffsetDateTime now);

  @Override
  @Transactional
  public Optional<String> mint(long reference) {
    T row = em.find(rowType(), reference, LockModeType.PESSIMISTIC_WRITE);
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (row == null || !usable(row, now)) {
      return Optional.empty();
    }
    String token = Secrets.newToken();
    replaceSecret(row, secrets.hmac(purpose(), token), now);
    return Optional.of(SecretLinkProvider.link(baseUrl, page(), token));
  }
}
