package coop.spokes.platform.web;

import coop.spokes.platform.i18n.Texts;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses request bodies that no page needs, from the headers alone, before anything reads the body
 * (the Faces servlet would parse a multipart body of up to 100 MB for any page):
 *
 * <ul>
 *   <li>a multipart body anywhere but on the {@link #UPLOAD_PAGES pages that upload files}: 415;
 *   <li>from a caller who is not signed in, a body longer than {@code
 *       spokes.platform.anonymous-max-post-bytes} (1 MB): 413; and a body of unannounced length
 *       (chunked), which could be of any size: 411. Browsers always announce a form's length.
 * </ul>
 *
 * The answer is a short translated plain text with {@code Connection: close}, so the container does
 * not read the body to keep the connection. Payara's {@code max-post-size-bytes} (set in {@code
 * boot-commands.txt}) also caps form-encoded bodies for everyone.
 */
@WebFilter(urlPatterns = "/*")
public class RequestLimitsFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  /**
   * The pages with a file upload (member import, payment import, an assembly's raw weights, an
   * expense's receipt, exchange rates): the only multipart targets.
   */
  static final Set<String> UPLOAD_PAGES =
      Set.of(
          "/membership/review/member-import.xhtml",
          "/contribution/payment-import.xhtml",
          "/assembly/assembly.xhtml",
          "/transparency/claims.xhtml",
          "/transparency/expense.xhtml",
          "/transparency/rates.xhtml");

  @Inject
  @ConfigProperty(name = "spokes.platform.anonymous-max-post-bytes", defaultValue = "1048576")
  long anonymousMaxBytes;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String type = req.getContentType();
    boolean multipart = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    if (multipart && !UPLOAD_PAGES.contains(pathOf(req))) {
      refuse(req, res, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "platform.request.noUpload");
      return;
    }
    if (req.getUserPrincipal() == null) {
      long length = req.getContentLengthLong();
      if (length > anonymousMaxBytes) {
        refuse(
            req, res, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "platform.request.tooLarge");
        return;
      }
      if (length < 0 && req.getHeader("Transfer-Encoding") != null) {
        refuse(req, res, HttpServletResponse.SC_LENGTH_REQUIRED, "platform.request.tooLarge");
        return;
      }
    }
    chain.doFilter(req, res);
  }

  private static String pathOf(HttpServletRequest req) {
    String info = req.getPathInfo();
    return req.getServletPath() + (info == null ? "" : info);
  }

  private static void refuse(
      HttpServletRequest req, HttpServletResponse res, int status, String key) throws IOException {
    res.setStatus(status);
    res.setHeader("Connection", "close");
    res.setContentType("text/plain;charset=UTF-8");
    byte[] text = Texts.text(req.getLocale(), key).getBytes(StandardCharsets.UTF_8);
    res.setContentLength(text.length);
    res.getOutputStream().write(text);
    // Sent now: the container may then try to swallow the unread body before it closes.
    res.flushBuffer();
  }
}
