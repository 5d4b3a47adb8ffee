package coop.spokes.identity.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * Form sign-in on Spokes' own page ({@code LoginPage}, which calls {@code SecurityContext
 * .authenticate}), checked by {@link SpokesIdentityStore}. A visitor who opens a page that needs
 * signing in is sent to the sign-in page, and back to that page once signed in.
 *
 * <p>Who signed in and their groups are kept in the session and handed to the container by name on
 * every request. Jakarta Security's built-in form mechanism instead restores the caller through its
 * auto-apply-session, and Payara then looks the groups up in a way that loses them under concurrent
 * load (payara/Payara#6145: signed-in pages answered 403 at random in the soak benchmark) and on
 * another cluster member (payara/Payara#6342).
 */
@ApplicationScoped
public class SpokesAuthenticationMechanism implements HttpAuthenticationMechanism {
  static final String SESSION_CALLER = "spokes.identity.caller";
  static final String SESSION_RETURN_TO = "spokes.identity.returnTo";
  static final String LOGIN_PAGE = "/identity/login.xhtml";

  @Inject IdentityStoreHandler identityStores;

  /** The signed-in caller as the session keeps it (replicated across a cluster). */
  record SignedIn(String name, Set<String> groups) implements Serializable {}

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      return signIn(request, response, context, credential);
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_CALLER) instanceof SignedIn caller) {
      return context.notifyContainerAboutLogin(caller.name(), caller.groups());
    }
    if (context.isProtected()) {
      // Back to this page after signing in (pages only: a form post would be replayed as a GET).
      if ("GET".equals(request.getMethod())) {
        String query = request.getQueryString();
        request
            .getSession(true)
            .setAttribute(
                SESSION_RETURN_TO, request.getRequestURI() + (query == null ? "" : "?" + query));
      }
      return redirect(response, request.getContextPath() + LOGIN_PAGE);
    }
    return context.doNothing();
  }

  private AuthenticationStatus signIn(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      Credential credential) {
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      // The sign-in page answers with its message (as the built-in form mechanism does).
      return AuthenticationStatus.SEND_FAILURE;
    }
    SignedIn caller =
        new SignedIn(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups()));
    HttpSession session = request.getSession(true);
    request.changeSessionId(); // a new id for the signed-in session (no fixation)
    session.setAttribute(SESSION_CALLER, caller);
    AuthenticationStatus status = context.notifyContainerAboutLogin(caller.name(), caller.groups());
    Object returnTo = session.getAttribute(SESSION_RETURN_TO);
    if (status == AuthenticationStatus.SUCCESS && returnTo instanceof String path) {
      session.removeAttribute(SESSION_RETURN_TO);
      return redirect(response, path);
    }
    return status;
  }

  private static AuthenticationStatus redirect(HttpServletResponse response, String location) {
    try {
      response.sendRedirect(location);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SESSION_CALLER);
    }
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }
}
