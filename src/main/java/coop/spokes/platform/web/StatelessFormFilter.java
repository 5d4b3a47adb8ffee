package coop.spokes.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gives every visitor a form token: a random value in a cookie ({@value #COOKIE}, HttpOnly,
 * SameSite=Lax) that the forms of stateless pages repeat in a hidden field ({@code
 * WEB-INF/includes/platform/form-token.xhtml}) and {@link StatelessFormGuard} compares. The cookie
 * holds nothing but the value: no session, nothing kept on the server.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class StatelessFormFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  public static final String COOKIE = "spokes_form";
  public static final String FIELD = "spokes_form_token";
  static final String ATTRIBUTE = "spokes.formToken";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject
  @ConfigProperty(name = "spokes.cookie.secure", defaultValue = "false")
  boolean secureCookies;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    req.setAttribute(ATTRIBUTE, cookieOf(req).orElseGet(() -> issue(req, res)));
    chain.doFilter(req, res);
  }

  private String issue(HttpServletRequest req, HttpServletResponse res) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Cookie c = new Cookie(COOKIE, token);
    c.setPath(req.getContextPath().isEmpty() ? "/" : req.getContextPath());
    c.setHttpOnly(true);
    c.setSecure(secureCookies || req.isSecure());
    c.setAttribute("SameSite", "Lax");
    // A browser-session cookie: it holds nothing but the random value, on the visitor's side.
    res.addCookie(c);
    return token;
  }

  /** The visitor's token, when the request carries a well-formed one. */
  static Optional<String> cookieOf(HttpServletRequest req) {
    if (req.getCookies() == null) {
      return Optional.empty();
    }
    for (Cookie c : req.getCookies()) {
      if (COOKIE.equals(c.getName()) && c.getValue() != null && c.getValue().length() == 43) {
        return Optional.of(c.getValue());
      }
    }
    return Optional.empty();
  }
}
