package coop.spokes.membership.infra;

import coop.spokes.membership.model.Invitation;
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
 * Mints the link of an import's invitation when the outbox sends its mail: the invitation gets a
 * new secret, of which only the keyed hash is stored.
 */
@ApplicationScoped
public class InvitationLinks implements SecretLinkProvider {
  public static final String NAME = "membership-invitation";

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
    Invitation invitation = em.find(Invitation.class, reference, LockModeType.PESSIMISTIC_WRITE);
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (invitation == null || !invitation.isOpen(now)) {
      return Optional.empty();
    }
    String token = Secrets.newToken();
    invitation.replaceSecret(secrets.hmac(Invitation.SECRET_PURPOSE, token), now);
    return Optional.of(SecretLinkProvider.link(baseUrl, "/membership/invitation.xhtml", token));
  }
}
