package coop.spokes.identity.infra;

import coop.spokes.identity.service.LoginResult;
import coop.spokes.identity.service.LoginService;
import coop.spokes.identity.service.SessionStamp;
import coop.spokes.platform.web.ClientAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Jakarta Security's view of Spokes accounts: delegates every check to {@link LoginService}, with
 * the client address from the platform's {@link ClientAddress}, and leaves the outcome in the
 * request (attribute {@link LoginResult#ATTRIBUTE}) for the sign-in form's message. A successful
 * sign-in records the account's credentials stamp in the session, read in the same transaction as
 * the password check, so a password changed a moment later still ends it.
 */
@ApplicationScoped
public class SpokesIdentityStore implements IdentityStore {
  @Inject LoginService logins;
  @Inject HttpServletRequest request;
  @Inject ClientAddress clientAddress;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    LoginResult result =
        logins.signIn(
            credential.getCaller(), credential.getPasswordAsString(), clientAddress.of(request));
    request.setAttribute(LoginResult.ATTRIBUTE, result);
    if (!result.success()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    SessionStamp.record(request.getSession(true), result.credentialsStamp());
    return new CredentialValidationResult(result.loginName(), result.groups());
  }
}
