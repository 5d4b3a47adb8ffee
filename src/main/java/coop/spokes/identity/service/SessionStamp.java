package coop.spokes.identity.service;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * The credentials stamp a session signed in under, kept in the HTTP session (so every instance of a
 * cluster sees it, as it sees the session). When the account's stamp has moved on, because its
 * password was changed or reset, the session is out of date and ends at its next request; the
 * session that changed the password records the new stamp and stays signed in.
 */
public final class SessionStamp {
  static final String ATTRIBUTE = "spokes.identity.credentialsStamp";

  private SessionStamp() {}

  /**
   * Records {@code stamp} as the one {@code session} signed in (or last changed the password)
   * under.
   */
  public static void record(HttpSession session, Value stamp) {
    session.setAttribute(ATTRIBUTE, stamp.toString());
  }

  /** The stamp {@code session} recorded; empty if none (a session from before stamps existed). */
  public static Optional<String> of(HttpSession session) {
    return session == null
        ? Optional.empty()
        : Optional.ofNullable(session.getAttribute(ATTRIBUTE))
            .filter(String.class::isInstance)
            .map(String.class::cast);
  }

  /**
   * Which account, and which of its passwords, a session signed in with: both must still match, so
   * a session whose address later names another account (same stamp value) does not become it.
   */
  public record Value(long accountId, long stamp) implements java.io.Serializable {
    @Override
    public String toString() {
      return accountId + ":" + stamp;
    }
  }
}
