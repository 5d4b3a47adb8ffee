package coop.spokes.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Session lifetime: the idle timeout (set on every new session from configuration) and an absolute
 * limit after which a session ends however active it was (ASVS v5.0.0-7.3.2); the container only
 * knows the idle one.
 */
@WebFilter(urlPatterns = "/*")
public class SessionLimitsFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final String CONFIGURED = "spokes.session.configured";

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "spokes.identity.session.idle-minutes", defaultValue = "30")
  int idleMinutes;

  @Inject
  @ConfigProperty(name = "spokes.identity.session.absolute-minutes", defaultValue = "720")
  int absoluteMinutes;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpSession session = req.getSession(false);
    if (session != null) {
      if (session.getAttribute(CONFIGURED) == null) {
        session.setMaxInactiveInterval(idleMinutes * 60);
        session.setAttribute(CONFIGURED, Boolean.TRUE);
      }
      long ageMillis = clock.millis() - session.getCreationTime();
      if (ageMillis > absoluteMinutes * 60_000L) {
        session.invalidate();
        req.logout();
        Redirects.to(req, res, "/identity/login.xhtml?signedOut=expired");
        return;
      }
    }
    chain.doFilter(req, res);
  }
}
