package coop.spokes.platform.mail;

import java.util.Optional;

/**
 * Implemented by a context that mails what must not stay readable in the outbox (the assembly's
 * ballot receipts); discovered by CDI, so {@code platform} never imports the context. A sealed
 * message's bodies are stored as {@link MailSeal#seal} made them; the outbox asks {@link #open} for
 * them only when it sends the message, and clears them once it is sent or given up.
 */
public interface MailSealProvider {
  /** The name {@link MailSeal#provider()} refers to, unique in the application. */
  String name();

  /**
   * Opens one body of a message sealed under {@code reference}.
   *
   * @return the text, or empty when the key it was sealed under is gone (the message is then given
   *     up unsent)
   */
  Optional<String> open(long reference, String sealed);
}
