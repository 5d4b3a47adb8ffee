package coop.spokes.platform.i18n;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The language switch: a page asked for with {@code ?lang=xx} (the links of {@link LanguageLinks})
 * remembers the choice in a cookie (visitors) and in the user's account (signed-in users), then
 * sends the browser to the same address without the parameter. Plain links rather than a form, so
 * the pages visitors read stay stateless; the choice is a display preference, harmless to forge.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class LanguageSwitch extends HttpFilter {
  private static final long serialVersionUID = 1L;
  static final String PARAMETER = "lang";
  private static final int ONE_YEAR = 365 * 24 * 3600;

  @Inject Instance<UserLanguageStore> store;

  @Inject
  @ConfigProperty(name = "spokes.cookie.secure", defaultValue = "false")
  boolean secureCookies;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    // From the query string itself: asking for a parameter would parse them all, fixing their
    // encoding before Faces sets it.
    String language = "GET".equals(req.getMethod()) ? languageIn(req.getQueryString()) : null;
    if (language == null) {
      chain.doFilter(req, res);
      return;
    }
    if (Languages.isSupported(language)) {
      Cookie cookie = new Cookie(LanguageResolver.COOKIE, language);
      cookie.setPath(req.getContextPath().isEmpty() ? "/" : req.getContextPath());
      cookie.setMaxAge(ONE_YEAR);
      cookie.setHttpOnly(true);
      cookie.setSecure(secureCookies || req.isSecure());
      cookie.setAttribute("SameSite", "Lax");
      res.addCookie(cookie);
      if (req.getUserPrincipal() != null) {
        String name = req.getUserPrincipal().getName();
        if (store.isResolvable()) {
          store.get().storeLanguage(name, language);
        }
        if (req.getSession(false) != null) {
          LanguageResolver.remember(req, name, language);
        }
      }
    }
    String rest = LanguageLinks.withoutLanguage(req.getQueryString());
    res.setStatus(HttpServletResponse.SC_SEE_OTHER);
    res.setHeader("Location", req.getRequestURI() + (rest.isEmpty() ? "" : "?" + rest));
  }

  /** The value of the {@code lang} parameter in a query string, or null. */
  static String languageIn(String query) {
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      if (pair.startsWith(PARAMETER + "=")) {
        return pair.substring(PARAMETER.length() + 1);
      }
    }
    return null;
  }
}
