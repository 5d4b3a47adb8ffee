package coop.spokes.identity.web;

import coop.spokes.identity.service.PendingSignIn;
import coop.spokes.identity.service.SignInCodeCredential;
import coop.spokes.platform.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;

/**
 * The second step of signing in: after the right password, an account with a second factor types
 * the code its authenticator app shows, or one of its recovery codes. Only then does the session
 * get its roles (and a new id). Without a password accepted in this session in the last five
 * minutes, the page sends the person back to the sign-in form.
 */
@Named
@RequestScoped
public class SignInCodePage {
  @Inject SecurityContext security;
  @Inject PendingSignIn pending;

  private String code;

  /** Sends the person back to the sign-in form when no password awaits a code. */
  public void load() throws IOException {
    if (!awaitsCode()) {
      ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
      ec.redirect(ec.getRequestContextPath() + "/identity/login.xhtml");
    }
  }

  public void submit() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    ExternalContext ec = context.getExternalContext();
    if (!awaitsCode()) {
      ec.redirect(ec.getRequestContextPath() + "/identity/login.xhtml");
      return;
    }
    AuthenticationStatus status =
        security.authenticate(
            (HttpServletRequest) ec.getRequest(),
            (HttpServletResponse) ec.getResponse(),
            AuthenticationParameters.withParams()
                .credential(new SignInCodeCredential(code == null ? "" : code))
                .newAuthentication(false));
    switch (status) {
      case SEND_CONTINUE -> context.responseComplete();
      case SUCCESS -> ec.redirect(ec.getRequestContextPath() + "/index.xhtml");
      default -> {
        FacesMessages.error(
            pending.wasThrottled() ? "identity.signInCode.throttled" : "identity.signInCode.wrong");
        code = null;
      }
    }
  }

  /**
   * Whether a password awaits its code: only in the session the password step opened (asking a
   * session-scoped bean without one would open a session for any visitor).
   */
  private boolean awaitsCode() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    return request.getSession(false) != null && pending.accountId(Instant.now()).isPresent();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
