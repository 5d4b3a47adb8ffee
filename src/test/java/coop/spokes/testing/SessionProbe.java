package coop.spokes.testing;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Test-only servlet (deployed with the WAR by {@link SpokesIT}, never shipped) that weighs the
 * caller's HTTP session: each attribute serialized as a cluster would replicate it, in bytes, one
 * {@code name=bytes} line each and {@code total=bytes} last; an attribute that cannot be serialized
 * is reported as {@code name=unserializable:Class} and fails the tests that read it.
 */
@WebServlet("/test-probe/session")
public class SessionProbe extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    res.setContentType("text/plain;charset=UTF-8");
    HttpSession session = req.getSession(false);
    if (session == null) {
      res.getWriter().print("total=0\nsession=none\n");
      return;
    }
    Map<String, String> sizes = new TreeMap<>();
    long total = 0;
    for (String name : Collections.list(session.getAttributeNames())) {
      Object value = session.getAttribute(name);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(value);
        sizes.put(name, Integer.toString(bytes.size()));
        total += bytes.size();
      } catch (IOException e) {
        sizes.put(name, "unserializable:" + e.getMessage());
      }
    }
    StringBuilder text = new StringBuilder();
    sizes.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
    text.append("total=").append(total).append('\n');
    res.getWriter().print(text);
  }
}
