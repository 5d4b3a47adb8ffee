package coop.spokes.membership.infra;

import coop.spokes.membership.model.MembershipApplication;
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
 * Mints an applicant's e-mail verification link when the outbox sends its mail: the application
 * gets a new verification secret, of which only the keyed hash is stored.
 */
@ApplicationScoped
public class VerificationLinks implements SecretLinkProvider {
  public static final String NAME = "membership-verify";

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
    MembershipApplication a =
        em.find(MembershipApplication.class, reference, LockModeType.PESSIMISTIC_WRITE);
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (a == null || !a.isVerifiable(now)) {
      return Optional.empty();
    }
    String token = Secrets.newToken();
    a.replaceVerificationSecret(secrets.hmac(MembershipApplication.SECRET_PURPOSE, token), now);
    return Optional.of(SecretLinkProvider.link(baseUrl, "/membership/verify.xhtml", token));
  }
}
