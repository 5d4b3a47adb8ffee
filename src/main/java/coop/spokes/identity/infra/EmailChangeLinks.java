package coop.spokes.identity.infra;

import coop.spokes.identity.model.EmailChange;
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
 * Mints the links that confirm a new sign-in address when the outbox sends their mails: the address
 * change gets a new secret, of which only the keyed hash is stored.
 */
@ApplicationScoped
public class EmailChangeLinks implements SecretLinkProvider {
  public static final String NAME = "identity-email-change";

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
    EmailChange c = em.find(EmailChange.class, reference, LockModeType.PESSIMISTIC_WRITE);
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (c == null || !c.isUsable(now)) {
      return Optional.empty();
    }
    String token = Secrets.newToken();
    c.replaceSecret(secrets.hmac(EmailChange.SECRET_PURPOSE, token), now);
    return Optional.of(SecretLinkProvider.link(baseUrl, "/identity/confirm-email.xhtml", token));
  }
}
