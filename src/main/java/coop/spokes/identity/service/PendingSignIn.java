package coop.spokes.identity.service;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The first half of a sign-in that needs a second factor: the account whose password was right,
 * kept in the (not yet signed-in) session for {@link #VALIDITY} while the person types their code.
 * The session holds no role until the code is accepted; then this is cleared and the sign-in gives
 * the session a new id.
 */
@SessionScoped
public class PendingSignIn implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** How long the code may take after the password. */
  public static final Duration VALIDITY = Duration.ofMinutes(5);

  private Long accountId;
  private SessionStamp.Value stamp;
  private Instant since;
  private boolean throttled;

  /**
   * The password of {@code stamp}'s account was right at {@code now}; a code is awaited, for that
   * password only (see {@link #passwordStillCurrent}).
   */
  public void start(SessionStamp.Value stamp, Instant now) {
    this.accountId = stamp.accountId();
    this.stamp = stamp;
    this.since = now;
    this.throttled = false;
  }

  /** The account awaiting its code, if the password was right less than {@link #VALIDITY} ago. */
  public Optional<Long> accountId(Instant now) {
    if (accountId == null || now.isAfter(since.plus(VALIDITY))) {
      return Optional.empty();
    }
    return Optional.of(accountId);
  }

  /**
   * Whether the password accepted in the first step is still the account's ({@code now} being the
   * stamp the code step read): a password changed or reset meanwhile cancels the sign-in.
   */
  public boolean passwordStillCurrent(SessionStamp.Value now) {
    return stamp != null && stamp.equals(now);
  }

  /** Whether the last code was refused because of too many wrong codes in a row. */
  public boolean wasThrottled() {
    return throttled;
  }

  public void markThrottled(boolean value) {
    this.throttled = value;
  }

  public void clear() {
    accountId = null;
    stamp = null;
    since = null;
    throttled = false;
  }
}
