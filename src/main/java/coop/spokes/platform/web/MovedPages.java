package coop.spokes.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Sends requests for a page that was renamed to its new address (301, query kept), so links in
 * mails already sent and bookmarks keep working. The moves are configured in web.xml (init
 * parameter {@code moves}: {@code /old.xhtml=/new.xhtml} pairs separated by commas), and the filter
 * is mapped to the old addresses only.
 */
public class MovedPages extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private final Map<String, String> moves = new HashMap<>();

  @Override
  public void init(FilterConfig config) {
    for (String pair : config.getInitParameter("moves").split(",")) {
      String[] parts = pair.strip().split("=");
      if (parts.length != 2 || !parts[0].startsWith("/") || !parts[1].startsWith("/")) {
        throw new IllegalArgumentException("moves: /old.xhtml=/new.xhtml pairs, not " + pair);
      }
      moves.put(parts[0].strip(), parts[1].strip());
    }
  }

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String to = moves.get(req.getServletPath());
    if (to == null) {
      chain.doFilter(req, res);
      return;
    }
    String query = req.getQueryString();
    res.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
    res.setHeader("Location", req.getContextPath() + to + (query == null ? "" : "?" + query));
  }
}
