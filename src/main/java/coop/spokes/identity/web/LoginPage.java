package coop.spokes.identity.web;

import coop.spokes.identity.service.LoginResult;
import coop.spokes.identity.service.PendingSignIn;
import coop.spokes.platform.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The sign-in form. After signing in the user continues to the page they asked for (or the
 * dashboard); a failure says only that the e-mail or password is wrong, or that there were too many
 * attempts, never whether the account exists. Payara gives the session a new id at sign-in.
 */
@Named
@RequestScoped
public class LoginPage {
  @Inject SecurityContext security;
  @Inject PendingSignIn pending;

  private String email;
  private String password;
  private String signedOut;

  public void login() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    ExternalContext ec = context.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) ec.getRequest();
    AuthenticationStatus status =
        security.authenticate(
            request,
            (HttpServletResponse) ec.getResponse(),
            AuthenticationParameters.withParams()
                .credential(
                    new UsernamePasswordCredential(
                        email == null ? "" : email, new Password(password == null ? "" : password)))
                .newAuthentication(false));
    switch (status) {
      case SEND_CONTINUE -> context.responseComplete();
      case SUCCESS -> ec.redirect(ec.getRequestContextPath() + "/index.xhtml");
      default -> {
        // A pending second factor lives in the session the password step opened; without one
        // there is none, and asking would open a session for every failed sign-in.
        if (request.getSession(false) != null
            && pending.accountId(java.time.Instant.now()).isPresent()) {
          // Right password, second factor on: the code page finishes the sign-in.
          ec.redirect(ec.getRequestContextPath() + "/identity/sign-in-code.xhtml");
          return;
        }
        Object outcome = request.getAttribute(LoginResult.ATTRIBUTE);
        FacesMessages.error(
            outcome instanceof LoginResult r ? r.failureKey() : "identity.login.failed");
        password = null;
      }
    }
  }

  /** Why an earlier session ended ("expired", "changed" or "password"; anything else: none). */
  public void setSignedOut(String signedOut) {
    this.signedOut = signedOut;
  }

  public String getSignedOut() {
    return signedOut;
  }

  /** The message key saying why the earlier session ended, or null. */
  public String getSignedOutKey() {
    return switch (signedOut == null ? "" : signedOut) {
      case "expired" -> "identity.login.signedOut.expired";
      case "changed" -> "identity.login.signedOut.changed";
      case "password" -> "identity.login.signedOut.password";
      default -> null;
    };
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
