package coop.spokes.testing;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A response as a test reads it: status, final address, headers and the parsed page. */
public record Page(int status, URI uri, HttpHeaders headers, String body) {

  public Document doc() {
    return Jsoup.parse(body, uri.toString());
  }

  /** The page heading (h1), i.e. the translated title. */
  public String title() {
    Element h1 = doc().selectFirst("h1.spokes-title");
    return h1 == null ? "" : h1.text();
  }

  /** Global messages (errors and infos) shown at the top of the page. */
  public List<String> globalMessages() {
    return doc()
        .select(
            "#globalMessages .ui-messages-error-summary, #globalMessages .ui-messages-info-summary, "
                + "#globalMessages .ui-messages-warn-summary")
        .eachText();
  }

  /**
   * The message shown next to the field with client id {@code clientId} (the p:message that follows
   * it), or an empty string.
   */
  public String fieldMessage(String clientId) {
    Element input = doc().getElementById(clientId);
    if (input == null) {
      throw new AssertionError("no field " + clientId + " on " + uri);
    }
    for (Element next : input.nextElementSiblings()) {
      if (next.hasClass("ui-message")) {
        return next.text();
      }
      if (!next.select("input, select, textarea").isEmpty()) {
        break;
      }
    }
    return "";
  }

  public Optional<String> header(String name) {
    return headers.firstValue(name);
  }

  public String text() {
    return doc().text();
  }
}
