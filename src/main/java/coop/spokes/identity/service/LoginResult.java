package coop.spokes.identity.service;

import java.util.Set;

/**
 * The outcome of a sign-in attempt: the login name and container groups when it succeeded; or, when
 * the password was right but the account has a second factor, the account awaiting its code ({@code
 * awaitingCodeFor}), with no groups yet.
 */
public record LoginResult(
    boolean success,
    boolean throttled,
    String loginName,
    Set<String> groups,
    Long awaitingCodeFor) {
  static LoginResult failed(boolean throttled) {
    return new LoginResult(false, throttled, null, Set.of(), null);
  }

  static LoginResult succeeded(String loginName, Set<String> groups) {
    return new LoginResult(true, false, loginName, groups, null);
  }

  static LoginResult awaitingCode(long accountId) {
    return new LoginResult(false, false, null, Set.of(), accountId);
  }
}
