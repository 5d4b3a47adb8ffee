package coop.spokes.identity.infra;

import coop.spokes.identity.model.PasswordResetToken;
import coop.spokes.platform.mail.SecretLinkRows;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;

/**
 * Mints the set-password and reset links of the outbox's mails when they are sent: the reset token
 * row gets a new secret, of which only the keyed hash is stored.
 */
@ApplicationScoped
public class PasswordLinks extends SecretLinkRows<PasswordResetToken> {
  public static final String NAME = "identity-password";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  protected Class<PasswordResetToken> rowType() {
    return PasswordResetToken.class;
  }

  @Override
  protected String page() {
    return "/identity/reset-password.xhtml";
  }

  @Override
  protected String purpose() {
    return PasswordResetToken.SECRET_PURPOSE;
  }

  @Override
  protected boolean usable(PasswordResetToken row, OffsetDateTime now) {
    return row.isUsable(now);
  }

  @Override
  protected void replaceSecret(PasswordResetToken row, String hash, OffsetDateTime now) {
    row.replaceSecret(hash, now);
  }
}
