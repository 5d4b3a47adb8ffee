package coop.spokes.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Redirects from servlet filters that also work for Faces AJAX requests: those get a partial
 * response naming the new address (which faces.js follows), since a plain 302 would hand the
 * browser's AJAX call a whole HTML page it silently drops.
 */
public final class Redirects {
  private Redirects() {}

  /** Sends the browser to {@code path} (from the application's root, starting with "/"). */
  public static void to(HttpServletRequest req, HttpServletResponse res, String path)
      throws IOException {
    String url = req.getContextPath() + path;
    if ("partial/ajax".equals(req.getHeader("Faces-Request"))) {
      res.setContentType("text/xml");
      res.setCharacterEncoding("UTF-8");
      res.getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
                  + "\"></redirect></partial-response>");
    } else {
      res.sendRedirect(url);
    }
  }
}
