package coop.spokes.identity.infra;

import coop.spokes.identity.service.LoginResult;
import coop.spokes.identity.service.LoginService;
import coop.spokes.identity.service.PendingSignIn;
import coop.spokes.identity.service.SessionStamp;
import coop.spokes.identity.service.SignInCodeCredential;
import coop.spokes.identity.service.SignInCodeService;
import coop.spokes.platform.web.ClientAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Optional;

/**
 * Jakarta Security's view of Spokes accounts: delegates every check to {@link LoginService}, with
 * the client address from the platform's {@link ClientAddress}, and leaves the outcome in the
 * request (attribute {@link LoginResult#ATTRIBUTE}) for the sign-in form's message. A successful
 * sign-in records the account's credentials stamp in the session, read in the same transaction as
 * the password check, so a password changed a moment later still ends it. For an account with a
 * second factor on, the right password is not enough: the session remembers the account ({@link
 * PendingSignIn}) and gets no roles until a {@link SignInCodeCredential} passes {@link
 * SignInCodeService}.
 */
@ApplicationScoped
public class SpokesIdentityStore implements IdentityStore {
  @Inject LoginService logins;
  @Inject SignInCodeService signInCodes;
  @Inject PendingSignIn pending;
  @Inject HttpServletRequest request;
  @Inject ClientAddress clientAddress;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    pending.clear();
    LoginResult result =
        logins.signIn(
            credential.getCaller(), credential.getPasswordAsString(), clientAddress.of(request));
    request.setAttribute(LoginResult.ATTRIBUTE, result);
    if (result.awaitingCodeFor() != null) {
      pending.start(result.credentialsStamp(), Instant.now());
      return CredentialValidationResult.INVALID_RESULT;
    }
    return valid(result);
  }

  /** The second step: called (by reflection, as Jakarta Security does) for the code page. */
  public CredentialValidationResult validate(SignInCodeCredential credential) {
    Optional<Long> account = pending.accountId(Instant.now());
    if (account.isEmpty()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    LoginResult result = signInCodes.completeSignIn(account.get(), credential.code());
    pending.markThrottled(result.throttled());
    if (result.success()) {
      boolean current = pending.passwordStillCurrent(result.credentialsStamp());
      pending.clear();
      if (!current) {
        return CredentialValidationResult.INVALID_RESULT; // the password changed meanwhile
      }
    }
    return valid(result);
  }

  /** Records the account's credentials stamp in the session of a successful sign-in. */
  private CredentialValidationResult valid(LoginResult result) {
    if (!result.success()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    SessionStamp.record(request.getSession(true), result.credentialsStamp());
    return new CredentialValidationResult(result.loginName(), result.groups());
  }
}
