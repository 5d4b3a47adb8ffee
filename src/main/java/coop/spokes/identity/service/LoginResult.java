package coop.spokes.identity.service;

import java.util.Set;

/**
 * The outcome of a sign-in attempt: the login name and container groups when it succeeded, and the
 * account's credentials stamp, which the new session records ({@link SessionStamp}).
 */
public record LoginResult(
    boolean success,
    boolean throttled,
    String loginName,
    Set<String> groups,
    long credentialsStamp) {
  static LoginResult failed(boolean throttled) {
    return new LoginResult(false, throttled, null, Set.of(), 0);
  }
}
