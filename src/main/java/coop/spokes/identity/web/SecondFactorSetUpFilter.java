package coop.spokes.identity.web;

import coop.spokes.identity.service.SecondFactorService;
import coop.spokes.platform.web.Redirects;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * When the admins require a second factor, an administrator or treasurer who has not set theirs up
 * reaches only the set-up page (which also signs out) until it is on: every other page sends them
 * there, and the API answers 403. Style sheets and scripts (Faces resources) pass.
 */
@WebFilter(urlPatterns = {"*.xhtml", "/api/*"})
public class SecondFactorSetUpFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  /** The set-up page, from the application's root. */
  static final String SET_UP_PAGE = "/identity/account/second-factor.xhtml";

  @Inject SecondFactorService secondFactors;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String path = req.getRequestURI().substring(req.getContextPath().length());
    boolean exempt =
        path.equals(SET_UP_PAGE)
            || path.contains("/jakarta.faces.resource/")
            || path.equals("/api/health");
    if (!exempt && req.getUserPrincipal() != null && secondFactors.setUpDue()) {
      if (path.startsWith("/api/")) {
        res.sendError(HttpServletResponse.SC_FORBIDDEN);
      } else {
        Redirects.to(req, res, SET_UP_PAGE);
      }
      return;
    }
    chain.doFilter(req, res);
  }
}
