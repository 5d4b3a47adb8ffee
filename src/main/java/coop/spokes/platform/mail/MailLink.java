package coop.spokes.platform.mail;

/**
 * A mail argument that is a link written by Spokes itself (e.g. to the forgot-password page), shown
 * as a link in the HTML part. Any other text argument is shown as plain text, never as a link. For
 * a link that carries a secret, use {@link SecretLink}.
 *
 * @param url an absolute {@code http(s)} address built by the application, never from user input
 */
public record MailLink(String url) {
  public MailLink {
    if (url == null || !url.matches("https?://\\S+")) {
      throw new IllegalArgumentException("not an absolute http(s) link: " + url);
    }
  }
}
