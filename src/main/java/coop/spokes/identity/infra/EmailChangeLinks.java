package coop.spokes.identity.infra;

import coop.spokes.identity.model.EmailChange;
import coop.spokes.platform.mail.SecretLinkRows;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;

/**
 * Mints the links that confirm a new sign-in address when the outbox sends their mails: the address
 * change gets a new secret, of which only the keyed hash is stored.
 */
@ApplicationScoped
public class EmailChangeLinks extends SecretLinkRows<EmailChange> {
  public static final String NAME = "identity-email-change";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  protected Class<EmailChange> rowType() {
    return EmailChange.class;
  }

  @Override
  protected String page() {
    return "/identity/confirm-email.xhtml";
  }

  @Override
  protected String purpose() {
    return EmailChange.SECRET_PURPOSE;
  }

  @Override
  protected boolean usable(EmailChange row, OffsetDateTime now) {
    return row.isUsable(now);
  }

  @Override
  protected void replaceSecret(EmailChange row, String hash, OffsetDateTime now) {
    row.replaceSecret(hash, now);
  }
}
