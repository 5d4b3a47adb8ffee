package coop.spokes.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Whether a request that changes something through the API was sent by a script of Spokes' own
 * pages, which the signed-in session's cookie alone does not prove: another site's form or script
 * can make the member's browser send that cookie too.
 *
 * <p>The pages' scripts send the header {@value #HEADER}; a browser lets another site set a custom
 * header only after asking this server (CORS preflight), which Spokes never allows, so a forged
 * form or cross-site fetch cannot carry it. Where the browser says where the request came from
 * ({@code Origin}, else {@code Referer}), that must be this site as well (as for stateless forms,
 * {@link StatelessFormGuard}).
 */
public final class PageScripts {
  /** The header the pages' scripts send with {@code fetch}. */
  public static final String HEADER = "X-Spokes-Page";

  private PageScripts() {}

  /** Whether {@code request} carries the pages' header and comes from this site. */
  public static boolean sentByPage(HttpServletRequest request) {
    String baseUrl =
        ConfigProvider.getConfig()
            .getOptionalValue("spokes.base.url", String.class)
            .orElse("http://localhost:8080");
    return "1".equals(request.getHeader(HEADER))
        && StatelessFormGuard.SameOrigin.of(request, baseUrl);
  }
}
