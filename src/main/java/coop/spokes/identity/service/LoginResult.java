package coop.spokes.identity.service;

import java.util.Set;

/**
 * The outcome of a sign-in attempt: the login name and container groups when it succeeded, and the
 * account's credentials stamp, which the new session records ({@link SessionStamp}); when it
 * failed, whether the attempt was refused by throttling (no password checked) or because every
 * password-hashing permit was taken ({@code busy}: try again in a moment); or, when the password
 * was right but the account has a second factor, the account awaiting its code ({@code
 * awaitingCodeFor}), with no groups yet.
 */
public record LoginResult(
    boolean success,
    boolean throttled,
    String loginName,
    Set<String> groups,
    SessionStamp.Value credentialsStamp,
    boolean busy,
    Long awaitingCodeFor) {
  /** The request attribute under which the sign-in form finds the outcome of its attempt. */
  public static final String ATTRIBUTE = LoginResult.class.getName();

  static LoginResult failed(boolean throttled) {
    return new LoginResult(false, throttled, null, Set.of(), null, false, null);
  }

  static LoginResult tooBusy() {
    return new LoginResult(false, false, null, Set.of(), null, true, null);
  }

  static LoginResult succeeded(
      String loginName, Set<String> groups, SessionStamp.Value credentialsStamp) {
    return new LoginResult(true, false, loginName, groups, credentialsStamp, false, null);
  }

  static LoginResult awaitingCode(SessionStamp.Value stamp) {
    return new LoginResult(false, false, null, Set.of(), stamp, false, stamp.accountId());
  }

  /** The bundle key telling the user why the attempt failed. */
  public String failureKey() {
    return busy
        ? "identity.busy"
        : throttled ? "identity.login.throttled" : "identity.login.failed";
  }
}
