package coop.spokes.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser without JavaScript for HTTP-level tests: keeps cookies, follows redirects, and submits
 * Faces forms the way the page would (all the form's fields, the ViewState, the pressed button and
 * the CSP nonce PrimeFaces' script would add).
 */
public final class WebClient {
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

  private final URI base;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient http;
  private String acceptLanguage = "en";
  private Duration timeout = Duration.ofSeconds(60);

  public WebClient(URI base) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            // As browsers speak to a server over plain HTTP (they never upgrade to HTTP/2 there).
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** How long a request may take before the test fails (default a minute). */
  public WebClient timeout(Duration value) {
    this.timeout = value;
    return this;
  }

  /** The browser's Accept-Language header (default "en"; null sends none). */
  public WebClient acceptLanguage(String value) {
    this.acceptLanguage = value;
    return this;
  }

  public Page get(String path) {
    return send(HttpRequest.newBuilder(resolve(path)).GET());
  }

  /** The raw bytes of a download and its status (for PDFs). */
  public HttpResponse<byte[]> download(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path)).GET();
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }
    try {
      return http.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends a request as-is (for methods, headers or bodies a test needs to control). */
  public Page send(HttpRequest.Builder request) {
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }
    try {
      HttpResponse<String> r =
          http.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
      return new Page(r.statusCode(), r.uri(), r.headers(), r.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Submits form {@code formId} of {@code page} by pressing {@code button} (a client id relative to
   * the form), with {@code values} (keys relative to the form, e.g. "email") replacing the fields'
   * current values.
   */
  public Page submit(Page page, String formId, String button, Map<String, String> values) {
    Map<String, String> fields = formFields(page, formId, button, values);
    Element form = page.doc().getElementById(formId);
    if (form.attr("enctype").equalsIgnoreCase("multipart/form-data")) {
      return submitWithFile(page, formId, button, values, null, null, null);
    }
    String action = form.attr("action").isEmpty() ? page.uri().toString() : form.absUrl("action");
    return post(URI.create(action), fields);
  }

  /**
   * Like {@link #submit}, for a multipart form: also sends {@code content} as the file chosen in
   * input {@code fileField} (relative to the form), named {@code fileName}; or no file when {@code
   * fileField} is null.
   */
  public Page submitWithFile(
      Page page,
      String formId,
      String button,
      Map<String, String> values,
      String fileField,
      String fileName,
      byte[] content) {
    Map<String, String> fields = formFields(page, formId, button, values);
    Element form = page.doc().getElementById(formId);
    String action = form.attr("action").isEmpty() ? page.uri().toString() : form.absUrl("action");
    String boundary = "----spokes" + System.nanoTime();
    var body = new java.io.ByteArrayOutputStream();
    java.util.function.Consumer<String> write =
        text -> body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    fields.forEach(
        (name, value) -> {
          write.accept("--" + boundary + "\r\n");
          write.accept("Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
          write.accept(value + "\r\n");
        });
    if (fileField == null) {
      write.accept("--" + boundary + "--\r\n");
      return send(
          HttpRequest.newBuilder(URI.create(action))
              .header("Content-Type", "multipart/form-data; boundary=" + boundary)
              .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }
    write.accept("--" + boundary + "\r\n");
    write.accept(
        "Content-Disposition: form-data; name=\""
            + formId
            + ":"
            + fileField
            + "\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: text/csv\r\n\r\n");
    body.writeBytes(content);
    write.accept("\r\n--" + boundary + "--\r\n");
    return send(
        HttpRequest.newBuilder(URI.create(action))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  private Map<String, String> formFields(
      Page page, String formId, String button, Map<String, String> values) {
    Document doc = page.doc();
    Element form = doc.getElementById(formId);
    if (form == null) {
      throw new AssertionError("no form " + formId + " on " + page.uri() + ": " + page.title());
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (Element input : form.select("input[name], select[name], textarea[name]")) {
      String type = input.attr("type");
      if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
        continue;
      }
      if (type.equals("submit") || type.equals("button") || type.equals("file")) {
        continue;
      }
      String value =
          input.tagName().equals("select")
              ? Optional.ofNullable(input.selectFirst("option[selected]"))
                  .map(o -> o.attr("value"))
                  .orElse("")
              : input.tagName().equals("textarea") ? input.text() : input.attr("value");
      fields.put(input.attr("name"), value);
    }
    values.forEach(
        (k, v) ->
            fields.put(
                k.contains(":") || k.startsWith("jakarta.faces.") ? k : formId + ":" + k, v));
    fields.put(formId + ":" + button, "");
    Matcher nonce = NONCE.matcher(page.body());
    if (nonce.find()) {
      fields.put("primefaces.nonce", nonce.group(1));
    }
    return fields;
  }

  /**
   * Fires the ajax behaviour {@code event} of component {@code source} (relative to the form) the
   * way PrimeFaces' script would, with {@code values} for the fields it executes. The view on the
   * server changes; the returned page is the partial response.
   */
  public Page ajax(
      Page page, String formId, String source, String event, Map<String, String> values) {
    Element form = page.doc().getElementById(formId);
    if (form == null) {
      throw new AssertionError("no form " + formId + " on " + page.uri());
    }
    String sourceId = formId + ":" + source;
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("jakarta.faces.partial.ajax", "true");
    fields.put("jakarta.faces.source", sourceId);
    fields.put("jakarta.faces.partial.execute", sourceId);
    fields.put("jakarta.faces.partial.render", "@form");
    fields.put("jakarta.faces.behavior.event", event);
    fields.put("jakarta.faces.partial.event", event);
    fields.put(formId, formId);
    // PrimeFaces sends the whole form; what matters here is the token of a stateless page's form.
    Element token = form.selectFirst("input[name=spokes_form_token]");
    if (token != null) {
      fields.put(token.attr("name"), token.attr("value"));
    }
    values.forEach((k, v) -> fields.put(k.contains(":") ? k : formId + ":" + k, v));
    fields.put(
        "jakarta.faces.ViewState",
        form.selectFirst("input[name=jakarta.faces.ViewState]").attr("value"));
    Matcher nonce = NONCE.matcher(page.body());
    if (nonce.find()) {
      fields.put("primefaces.nonce", nonce.group(1));
    }
    String action = form.attr("action").isEmpty() ? page.uri().toString() : form.absUrl("action");
    return send(
        HttpRequest.newBuilder(URI.create(action))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Faces-Request", "partial/ajax")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    fields.entrySet().stream()
                        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                        .collect(Collectors.joining("&")))));
  }

  public Page post(URI uri, Map<String, String> fields) {
    return post(uri, fields, Map.of());
  }

  /** Posts {@code fields} form-encoded to {@code uri} with the extra request {@code headers}. */
  public Page post(URI uri, Map<String, String> fields, Map<String, String> headers) {
    String body =
        fields.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    return send(request);
  }

  /** Signs in through the login page; returns the page shown afterwards. */
  public Page signIn(String email, String password) {
    Page login = get("identity/login.xhtml");
    return submit(login, "loginForm", "submit", Map.of("email", email, "password", password));
  }

  /** Signs out through the template's button on {@code page}. */
  public Page signOut(Page page) {
    return submit(page, "userForm", "logout", Map.of());
  }

  public Optional<String> cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  /** Replaces a cookie (e.g. to replay an old session id). */
  public void setCookie(String name, String value) {
    cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .toList()
        .forEach(c -> cookies.getCookieStore().remove(null, c));
    HttpCookie c = new HttpCookie(name, value);
    c.setPath("/");
    c.setVersion(0);
    cookies.getCookieStore().add(base, c);
  }

  /** A path relative to the application, or an absolute path from the server root (as in links). */
  public URI resolve(String path) {
    return base.resolve(path);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
