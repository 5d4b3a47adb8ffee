package coop.spokes.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * Security headers on every response, error pages included: nosniff, referrer policy, framing
 * refused, same-origin opener, no caching of pages. Faces renders get their Content-Security-Policy
 * (with a per-response nonce) from PrimeFaces' CSP mode; every other response (REST, static
 * resources) gets the same policy without a nonce, added just before the body is written and only
 * when no policy is there yet: a policy set up front would block the scripts of Faces error pages.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD})
public class SecurityHeadersFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
    if (!req.getRequestURI().contains("/jakarta.faces.resource/")) {
      res.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(req, new LazyCspResponse(res));
  }

  /** Adds the nonce-less CSP when the body starts and no CSP header has been set. */
  private static final class LazyCspResponse extends HttpServletResponseWrapper {
    private boolean decided;

    LazyCspResponse(HttpServletResponse response) {
      super(response);
    }

    private void decide() {
      if (!decided) {
        decided = true;
        HttpServletResponse res = (HttpServletResponse) getResponse();
        if (!res.containsHeader("Content-Security-Policy")) {
          res.setHeader("Content-Security-Policy", CspPolicy.POLICY);
        }
      }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      decide();
      return super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      decide();
      return super.getWriter();
    }

    @Override
    public void flushBuffer() throws IOException {
      decide();
      super.flushBuffer();
    }
  }
}
