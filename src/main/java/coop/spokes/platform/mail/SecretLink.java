package coop.spokes.platform.mail;

/**
 * A mail argument standing for a link that carries a single-use secret (set a password, confirm an
 * address): the outbox keeps only this reference, and the {@link SecretLinkProvider} named {@code
 * provider} mints the secret when the mail is sent, so no secret is ever written to the database. A
 * mail carries at most one.
 *
 * @param provider the {@link SecretLinkProvider#name()} of the context that owns the secret
 * @param reference what the provider finds the secret's row by (e.g. the token row's id)
 */
public record SecretLink(String provider, long reference) {
  public SecretLink {
    if (provider == null || provider.isBlank() || provider.length() > 100) {
      throw new IllegalArgumentException("provider name missing or too long: " + provider);
    }
  }
}
