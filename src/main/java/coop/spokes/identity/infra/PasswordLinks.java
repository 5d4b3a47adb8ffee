package coop.spokes.identity.infra;

import coop.spokes.identity.model.PasswordResetToken;
import coop.spokes.platform.mail.SecretLinkProvider;
import coop.spokes.platform.security.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
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
 * Mints the set-password and reset links of the outbox's mails when they are sent: the reset token
 * row gets a new secret, of which only the keyed hash is stored.
 */
@ApplicationScoped
public class PasswordLinks implements SecretLinkProvider {
  public static final String NAME = "identity-password";

  @PersistenceContext EntityManager em;
  @Inject Secrets secrets;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "spokes.base.url")
  String baseUrl;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  @Transactional
  public Optional<String> mint(long reference) {
    PasswordResetToken t =
        em.find(PasswordResetToken.class, reference, LockModeType.PESSIMISTIC_WRITE);
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (t == null || !t.isUsable(now)) {
      return Optional.empty();
    }
    String token = Secrets.newToken();
    t.replaceSecret(secrets.hmac(PasswordResetToken.SECRET_PURPOSE, token), now);
    return Optional.of(SecretLinkProvider.link(baseUrl, "/identity/reset-password.xhtml", token));
  }
}
