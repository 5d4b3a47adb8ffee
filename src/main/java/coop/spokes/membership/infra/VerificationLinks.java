package coop.spokes.membership.infra;

import coop.spokes.membership.model.MembershipApplication;
import coop.spokes.platform.mail.SecretLinkRows;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;

/**
 * Mints an applicant's e-mail verification link when the outbox sends its mail: the application
 * gets a new verification secret, of which only the keyed hash is stored.
 */
@ApplicationScoped
public class VerificationLinks extends SecretLinkRows<MembershipApplication> {
  public static final String NAME = "membership-verify";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  protected Class<MembershipApplication> rowType() {
    return MembershipApplication.class;
  }

  @Override
  protected String page() {
    return "/membership/verify.xhtml";
  }

  @Override
  protected String purpose() {
    return MembershipApplication.SECRET_PURPOSE;
  }

  @Override
  protected boolean usable(MembershipApplication row, OffsetDateTime now) {
    return row.isVerifiable(now);
  }

  @Override
  protected void replaceSecret(MembershipApplication row, String hash, OffsetDateTime now) {
    row.replaceVerificationSecret(hash, now);
  }
}
