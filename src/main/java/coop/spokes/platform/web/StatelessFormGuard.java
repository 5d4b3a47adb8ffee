package coop.spokes.platform.web;

import coop.spokes.platform.i18n.Texts;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses forged posts to stateless pages (home, join, sign-in, password reset and the other pages
 * a visitor sees), which keep no view state and so open no session on the server.
 *
 * <p>A stateful page refuses a forged post by itself: its view state id is a secret of the session.
 * A stateless page has no such secret, so a post to one passes only when its form token field
 * equals the visitor's cookie ({@link StatelessFormFilter}), which another site can neither read
 * nor set, and when its Origin (or, lacking one, its Referer) is this site. Anything else gets 403
 * and a short translated text, before any of the form reaches the page. Checked once the view is
 * restored, when Faces has set the request's encoding and knows the view is transient.
 */
public class StatelessFormGuard implements PhaseListener {
  private static final long serialVersionUID = 1L;
  private static final String VIEW_STATE = "jakarta.faces.ViewState";
  private static final String STATELESS = "stateless";

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext context = event.getFacesContext();
    ExternalContext ec = context.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) ec.getRequest();
    if (!context.isPostback()
        || context.getViewRoot() == null
        || !context.getViewRoot().isTransient()
        // An error page shown after a post to a stateful page: that page's own guard held.
        || request.getDispatcherType() != DispatcherType.REQUEST
        || !STATELESS.equals(ec.getRequestParameterMap().get(VIEW_STATE))) {
      return;
    }
    Optional<String> cookie = StatelessFormFilter.cookieOf(request);
    String field = ec.getRequestParameterMap().get(StatelessFormFilter.FIELD);
    if (cookie.isPresent() && sameToken(cookie.get(), field) && SameOrigin.of(request, baseUrl())) {
      return;
    }
    refuse(context, (HttpServletResponse) ec.getResponse());
  }

  private static String baseUrl() {
    return ConfigProvider.getConfig()
        .getOptionalValue("spokes.base.url", String.class)
        .orElse("http://localhost:8080");
  }

  private static boolean sameToken(String expected, String given) {
    return given != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.UTF_8));
  }

  private static void refuse(FacesContext context, HttpServletResponse res) {
    try {
      res.setStatus(HttpServletResponse.SC_FORBIDDEN);
      res.setContentType("text/plain;charset=UTF-8");
      byte[] text =
          Texts.text(context.getViewRoot().getLocale(), "platform.request.forgedForm")
              .getBytes(StandardCharsets.UTF_8);
      res.setContentLength(text.length);
      res.getOutputStream().write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
  }

  /** Whether a post comes from a page of this site, by its Origin or else its Referer header. */
  static final class SameOrigin {
    private SameOrigin() {}

    static boolean of(HttpServletRequest req, String baseUrl) {
      String origin = req.getHeader("Origin");
      String source = origin != null && !"null".equals(origin) ? origin : req.getHeader("Referer");
      if (source == null) {
        // Neither header (old browsers, some privacy tools): the token alone decides.
        return origin == null;
      }
      Optional<String> host = hostOf(source);
      return host.isPresent()
          && (host.get().equalsIgnoreCase(String.valueOf(req.getHeader("Host")).trim())
              || host.equals(hostOf(baseUrl)));
    }

    /** The host and port of a URL as written (port only when given), or empty when malformed. */
    static Optional<String> hostOf(String url) {
      try {
        URI uri = URI.create(url.trim());
        if (uri.getHost() == null) {
          return Optional.empty();
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return Optional.of(uri.getPort() < 0 ? host : host + ":" + uri.getPort());
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
  }
}
