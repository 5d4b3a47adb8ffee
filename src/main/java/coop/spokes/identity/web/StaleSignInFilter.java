package coop.spokes.identity.web;

import coop.spokes.platform.security.Caller;
import coop.spokes.platform.web.Redirects;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Ends a session whose sign-in no longer names an enabled account: the person confirmed a new
 * e-mail address in another browser, or an admin disabled the account. Pages send them to the
 * sign-in form with a message saying why; the API answers 401. Without it such a session would meet
 * "access refused" everywhere until it expired. Style sheets and scripts (Faces resources) are let
 * through without the account lookup.
 */
@WebFilter(urlPatterns = {"*.xhtml", "/api/*"})
public class StaleSignInFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Inject Caller caller;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    boolean resource = req.getRequestURI().contains("/jakarta.faces.resource/");
    if (!resource && req.getUserPrincipal() != null && caller.userId().isEmpty()) {
      HttpSession session = req.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      req.logout();
      if (req.getRequestURI().startsWith(req.getContextPath() + "/api/")) {
        res.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      } else {
        Redirects.to(req, res, "/identity/login.xhtml?signedOut=changed");
      }
      return;
    }
    chain.doFilter(req, res);
  }
}
