package coop.spokes.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A minimal HTTP/1.0 client whose connections come from another loopback address (such as
 * 127.0.0.2), so a test can act as a second client machine: Java's HttpClient cannot choose its
 * source address. Enough for simple forms (no file uploads).
 */
public final class AliasClient {
  private static final Pattern COOKIE =
      Pattern.compile("(?im)^set-cookie:\\s*([^=;\\s]+)=([^;\\s]*)");
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

  private final String sourceAddress;
  private final URI base;

  /** The session cookies (Payara's JSESSIONID and JSESSIONIDVERSION). */
  private final Map<String, String> cookies = new LinkedHashMap<>();

  /** Extra request headers sent with every request (e.g. X-Forwarded-For, as a proxy would). */
  private final Map<String, String> headers = new LinkedHashMap<>();

  public AliasClient(String sourceAddress, URI base) {
    this.sourceAddress = sourceAddress;
    this.base = base;
  }

  /** Sends {@code name: value} with every further request, as a reverse proxy would. */
  public AliasClient header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  /** The page at {@code path} (redirects are not followed). */
  public Document get(String path) {
    return Jsoup.parse(exchange("GET", path, null));
  }

  /** Signs in from the alias address; returns the global messages of the page shown after it. */
  public java.util.List<String> signIn(String email, String password) {
    return signInPage(email, password)
        .select("#globalMessages .ui-messages-error-summary")
        .eachText();
  }

  /** Signs in from the alias address; returns the page shown after it. */
  public Document signInPage(String email, String password) {
    Document login = Jsoup.parse(exchange("GET", "identity/login.xhtml", null));
    String page = login.outerHtml();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("loginForm", "loginForm");
    form.put("loginForm:email", email);
    form.put("loginForm:password", password);
    form.put("loginForm:submit", "");
    var token = login.selectFirst("#loginForm input[name=spokes_form_token]");
    if (token != null) {
      form.put(token.attr("name"), token.attr("value"));
    }
    form.put(
        "jakarta.faces.ViewState",
        login.selectFirst("#loginForm input[name=jakarta.faces.ViewState]").attr("value"));
    Matcher nonce = NONCE.matcher(page);
    if (nonce.find()) {
      form.put("primefaces.nonce", nonce.group(1));
    }
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return Jsoup.parse(exchange("POST", "identity/login.xhtml", body));
  }

  /**
   * Opens {@code path} and submits its form {@code formId} by pressing {@code button}, with {@code
   * values} (keys relative to the form) replacing the fields' values; returns the page shown after
   * it.
   */
  public Document submit(String path, String formId, String button, Map<String, String> values) {
    Document page = Jsoup.parse(exchange("GET", path, null));
    var formElement = page.getElementById(formId);
    if (formElement == null) {
      throw new AssertionError("no form " + formId + " on " + path);
    }
    Map<String, String> form = new LinkedHashMap<>();
    for (var input : formElement.select("input[name], select[name], textarea[name]")) {
      String type = input.attr("type");
      if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")
          || type.equals("submit")
          || type.equals("button")) {
        continue;
      }
      String value =
          input.tagName().equals("select")
              ? java.util.Optional.ofNullable(input.selectFirst("option[selected]"))
                  .map(o -> o.attr("value"))
                  .orElse("")
              : input.tagName().equals("textarea") ? input.text() : input.attr("value");
      form.put(input.attr("name"), value);
    }
    values.forEach((k, v) -> form.put(formId + ":" + k, v));
    form.put(formId + ":" + button, "");
    Matcher nonce = NONCE.matcher(page.outerHtml());
    if (nonce.find()) {
      form.put("primefaces.nonce", nonce.group(1));
    }
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return Jsoup.parse(exchange("POST", path, body));
  }

  private String exchange(String method, String path, String form) {
    URI uri = base.resolve(path);
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(sourceAddress, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", uri.getPort()), 10_000);
      socket.setSoTimeout(60_000);
      StringBuilder request =
          new StringBuilder()
              .append(method)
              .append(' ')
              .append(uri.getRawPath())
              .append(" HTTP/1.0\r\n")
              .append("Host: localhost:")
              .append(uri.getPort())
              .append("\r\n")
              .append("Accept-Language: en\r\nConnection: close\r\n");
      headers.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
      if (!cookies.isEmpty()) {
        request
            .append("Cookie: ")
            .append(
                cookies.entrySet().stream()
                    .map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")))
            .append("\r\n");
      }
      byte[] payload = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
      if (form != null) {
        request
            .append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ")
            .append(payload.length)
            .append("\r\n");
      }
      request.append("\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
      out.write(payload);
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream response = new ByteArrayOutputStream();
      in.transferTo(response);
      String text = response.toString(StandardCharsets.UTF_8);
      Matcher cookie = COOKIE.matcher(text.substring(0, Math.max(0, text.indexOf("\r\n\r\n"))));
      while (cookie.find()) {
        cookies.put(cookie.group(1), cookie.group(2));
      }
      int split = text.indexOf("\r\n\r\n");
      return split < 0 ? text : text.substring(split + 4);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
