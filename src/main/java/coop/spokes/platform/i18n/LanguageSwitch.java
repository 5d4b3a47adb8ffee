package coop.spokes.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The language switch in the page template: remembers the choice in a cookie (visitors) and in the
 * user's account (signed-in users), then shows the same page again in the new language.
 */
@Named("platformLanguage")
@RequestScoped
public class LanguageSwitch {
  private static final int ONE_YEAR = 365 * 24 * 3600;

  @Inject Instance<UserLanguageStore> store;

  @Inject
  @ConfigProperty(name = "spokes.cookie.secure", defaultValue = "false")
  boolean secureCookies;

  public List<String> getLanguages() {
    return Languages.SUPPORTED;
  }

  public String getCurrent() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
  }

  /** Switches to {@code language} (ignored unless supported) and reloads the page. */
  public void switchTo(String language) {
    if (!Languages.isSupported(language)) {
      return;
    }
    FacesContext context = FacesContext.getCurrentInstance();
    ExternalContext ec = context.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) ec.getRequest();
    HttpServletResponse response = (HttpServletResponse) ec.getResponse();
    Cookie cookie = new Cookie(LanguageResolver.COOKIE, language);
    cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
    cookie.setMaxAge(ONE_YEAR);
    cookie.setHttpOnly(true);
    cookie.setSecure(secureCookies || request.isSecure());
    cookie.setAttribute("SameSite", "Lax");
    response.addCookie(cookie);
    if (request.getUserPrincipal() != null) {
      String name = request.getUserPrincipal().getName();
      if (store.isResolvable()) {
        store.get().storeLanguage(name, language);
      }
      LanguageResolver.remember(request, name, language);
    }
    try {
      ec.redirect(request.getRequestURI());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
