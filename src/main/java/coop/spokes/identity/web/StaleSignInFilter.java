package coop.spokes.identity.web;

import coop.spokes.identity.service.CurrentCaller;
import coop.spokes.identity.service.SessionStamp;
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
import java.util.Optional;

/**
 * Ends a session whose sign-in no longer names an enabled account (the person confirmed a new
 * e-mail address in another browser, or an admin disabled the account), or that signed in before
 * the account's password was changed or reset (ASVS 7.4.3: its credentials stamp is behind, see
 * {@link SessionStamp}). Pages send them to the sign-in form with a message saying why; the API
 * answers 401. The check reads the account on every request, from the database shared by all
 * instances, so it takes effect at the next request wherever it lands. Style sheets and scripts
 * (Faces resources) are let through without the account lookup.
 */
@WebFilter(urlPatterns = {"*.xhtml", "/api/*"})
public class StaleSignInFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Inject CurrentCaller caller;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    boolean resource = req.getRequestURI().contains("/jakarta.faces.resource/");
    if (!resource && req.getUserPrincipal() != null) {
      HttpSession session = req.getSession(false);
      Optional<String> stamp = caller.credentialsStamp();
      if (stamp.isEmpty()) {
        end(req, res, session, "changed");
        return;
      }
      if (!stamp.equals(SessionStamp.of(session))) {
        end(req, res, session, "password");
        return;
      }
    }
    chain.doFilter(req, res);
  }

  private static void end(
      HttpServletRequest req, HttpServletResponse res, HttpSession session, String why)
      throws IOException, ServletException {
    if (session != null) {
      session.invalidate();
    }
    req.logout();
    if (req.getRequestURI().startsWith(req.getContextPath() + "/api/")) {
      res.sendError(HttpServletResponse.SC_UNAUTHORIZED);
    } else {
      Redirects.to(req, res, "/identity/login.xhtml?signedOut=" + why);
    }
  }
}
