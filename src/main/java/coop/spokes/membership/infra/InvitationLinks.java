package coop.spokes.membership.infra;

import coop.spokes.membership.model.Invitation;
import coop.spokes.platform.mail.SecretLinkRows;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;

/**
 * Mints the link of an import's invitation when the outbox sends its mail: the invitation gets a
 * new secret, of which only the keyed hash is stored.
 */
@ApplicationScoped
public class InvitationLinks extends SecretLinkRows<Invitation> {
  public static final String NAME = "membership-invitation";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  protected Class<Invitation> rowType() {
    return Invitation.class;
  }

  @Override
  protected String page() {
    return "/membership/invitation.xhtml";
  }

  @Override
  protected String purpose() {
    return Invitation.SECRET_PURPOSE;
  }

  @Override
  protected boolean usable(Invitation row, OffsetDateTime now) {
    return row.isOpen(now);
  }

  @Override
  protected void replaceSecret(Invitation row, String hash, OffsetDateTime now) {
    row.replaceSecret(hash, now);
  }
}
