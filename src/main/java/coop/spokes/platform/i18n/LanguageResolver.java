package coop.spokes.platform.i18n;

import jakarta.enterprise.inject.Instance;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.Collections;
import java.util.Locale;

/** The language rules of {@link LocaleViewHandler}, also used outside Faces (mail to visitors). */
public final class LanguageResolver {
  public static final String COOKIE = "spokes_lang";
  static final String SESSION_LANG = "spokes.lang";
  static final String SESSION_LANG_OWNER = "spokes.lang.owner";

  private LanguageResolver() {}

  /** The language tag for this request. */
  public static String resolve(HttpServletRequest request, Instance<UserLanguageStore> store) {
    Principal user = request.getUserPrincipal();
    if (user != null) {
      HttpSession session = request.getSession(false);
      if (session != null
          && user.getName().equals(session.getAttribute(SESSION_LANG_OWNER))
          && session.getAttribute(SESSION_LANG) instanceof String cached) {
        return cached;
      }
      if (store.isResolvable()) {
        var stored = store.get().languageOf(user.getName()).filter(Languages::isSupported);
        if (stored.isPresent()) {
          remember(request, user.getName(), stored.get());
          return stored.get();
        }
      }
    }
    if (request.getCookies() != null) {
      for (Cookie c : request.getCookies()) {
        if (COOKIE.equals(c.getName()) && Languages.isSupported(c.getValue())) {
          return c.getValue();
        }
      }
    }
    return fromAcceptLanguage(request);
  }

  /** Remembers a signed-in user's language for the rest of the session. */
  public static void remember(HttpServletRequest request, String owner, String language) {
    HttpSession session = request.getSession(true);
    session.setAttribute(SESSION_LANG_OWNER, owner);
    session.setAttribute(SESSION_LANG, language);
  }

  private static String fromAcceptLanguage(HttpServletRequest request) {
    if (request.getHeader("Accept-Language") == null) {
      return Languages.DEFAULT;
    }
    for (Locale wanted : Collections.list(request.getLocales())) {
      var lang = Languages.of(wanted);
      if (lang.isPresent()) {
        return lang.get();
      }
    }
    return Languages.DEFAULT;
  }
}
