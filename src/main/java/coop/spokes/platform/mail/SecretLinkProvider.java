package coop.spokes.platform.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Implemented by a context that mails single-use links (identity's password and address links,
 * membership's verification link); discovered by CDI, so {@code platform} never imports the
 * context. The outbox calls {@link #mint} for each {@link SecretLink} at the moment it sends the
 * mail.
 */
public interface SecretLinkProvider {
  /** The name {@link SecretLink#provider()} refers to, unique in the application. */
  String name();

  /**
   * Gives the secret row {@code reference} a new random secret, stores only its keyed hash (any
   * previous secret of the row stops working), and returns the link that carries it. Runs in its
   * own transaction, which commits before the mail is handed to SMTP.
   *
   * @return the link, or empty when the row was used, revoked, expired or removed meanwhile: the
   *     mail is then not sent
   */
  Optional<String> mint(long reference);

  /** {@code baseUrl} + {@code page} + {@code ?token=} + the URL-encoded {@code token}. */
  static String link(String baseUrl, String page, String token) {
    return baseUrl.replaceAll("/+$", "")
        + page
        + "?token="
        + URLEncoder.encode(token, StandardCharsets.UTF_8);
  }
}
