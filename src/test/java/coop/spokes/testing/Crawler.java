package coop.spokes.testing;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Follows every link a signed-in person (or a visitor) can reach, as a crawler would, in a real
 * browser: each page must answer without an error status, without sending the person to sign in,
 * without a console error, and (where asked) with no serious axe-core finding, also with each of
 * its dialogs open and with each form showing its validation messages.
 *
 * <p>Links are followed within the application only, never the language links (the crawl sets the
 * language itself) nor the sign-out button (a button, not a link). Pages are told apart by path and
 * query; at most {@link #VARIANTS} addresses per page file are visited (the tenth member's page
 * adds nothing the second did not). Downloads (PDF, CSV) are fetched in the page with the person's
 * session and only their status is checked.
 */
public final class Crawler {
  /** Addresses visited per page file (a member list links to every member's page). */
  static final int VARIANTS = 2;

  private static final String LINKS =
      """
      return Array.from(document.querySelectorAll('a[href]'))
        .filter(a => !a.closest('#languages'))
        .map(a => a.href);
      """;

  private static final String STATUS =
      """
      const nav = performance.getEntriesByType('navigation')[0];
      return nav ? nav.responseStatus : 0;
      """;

  private static final String FETCH_STATUS =
      """
      const done = arguments[arguments.length - 1];
      fetch(arguments[0], {credentials: 'same-origin', redirect: 'manual'})
        .then(r => done(r.type === 'opaqueredirect' ? 302 : r.status), e => done(-1));
      """;

  /** PrimeFaces dialogs on the page that are closed now, by widget name. */
  private static final String DIALOGS =
      """
      if (!window.PrimeFaces) return [];
      return Object.keys(PrimeFaces.widgets).filter(k => {
        const w = PrimeFaces.widgets[k];
        return w && w.jq && w.jq.hasClass && w.jq.hasClass('ui-dialog') && !w.jq.is(':visible');
      });
      """;

  /**
   * Forms with a required text field, each with the id of the first submit button that posts the
   * form (a validation state needs only the required fields emptied and the form sent).
   */
  private static final String REQUIRED_FORMS =
      """
      const out = [];
      document.querySelectorAll('form[id]').forEach(f => {
        const fields = Array.from(f.querySelectorAll(
          'input[aria-required=true], textarea[aria-required=true], input[required], textarea[required]'))
          .filter(i => ['text','email','password','number','tel','url','search','date',''].includes(i.type || '')
                       && i.offsetParent !== null && !i.readOnly && !i.disabled);
        const button = Array.from(f.querySelectorAll('button[type=submit][id], input[type=submit][id]'))
          .find(b => b.offsetParent !== null && !b.disabled);
        if (fields.length && button) out.push([f.id, button.id]);
      });
      return out;
      """;

  private static final String EMPTY_REQUIRED =
      """
      const f = document.getElementById(arguments[0]);
      f.querySelectorAll('input[aria-required=true], textarea[aria-required=true], input[required], textarea[required]')
        .forEach(i => { if (i.type !== 'hidden') i.value = ''; });
      """;

  private final Browsers.Session browser;
  private final WebDriver driver;
  private final URI base;
  private final WebDriverWait wait;
  private final List<String> problems = new ArrayList<>();
  private final Set<String> reachedFiles = new LinkedHashSet<>();
  private int pagesChecked;

  public Crawler(Browsers.Session browser, URI base) {
    this.browser = browser;
    this.driver = browser.driver();
    this.base = base;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
  }

  /** What went wrong so far, one line each, naming who, in which language, where. */
  public List<String> problems() {
    return problems;
  }

  /** Page files (paths under the base, without query) reached so far by anyone. */
  public Set<String> reachedFiles() {
    return reachedFiles;
  }

  public int pagesChecked() {
    return pagesChecked;
  }

  /**
   * Crawls from {@code entries} (addresses relative to the base) as whoever is signed in now,
   * auditing every page it reaches; the pages that passed, to {@link #revisit} in another language.
   *
   * @param who the role and language, for the messages
   * @param signedIn whether reaching the sign-in page counts as a refusal
   */
  public List<URI> crawl(String who, boolean signedIn, List<String> entries) {
    Deque<URI> queue = new ArrayDeque<>();
    Set<String> seen = new LinkedHashSet<>();
    Map<String, Integer> variants = new HashMap<>();
    List<URI> pages = new ArrayList<>();
    browser.consoleProblems(); // forget what earlier pages logged
    for (String entry : entries) {
      queue.add(base.resolve(entry));
    }
    while (!queue.isEmpty()) {
      URI next = queue.poll();
      String file = file(next);
      if (!seen.add(key(next)) || variants.merge(file, 1, Integer::sum) > VARIANTS) {
        continue;
      }
      if (!file.endsWith(".xhtml")) {
        download(who, next);
        continue;
      }
      String where = who + " " + key(next);
      List<URI> links = visit(where, next, signedIn);
      if (links == null) {
        continue;
      }
      pages.add(next);
      audit(where, next);
      for (URI link : links) {
        if (!seen.contains(key(link))) {
          queue.add(link);
        }
      }
    }
    return pages;
  }

  /**
   * Opens each of {@code pages} again (in another language), following no link: axe on each page,
   * and, for those {@code inFull} asks, on its dialogs and validation states too.
   */
  public void revisit(
      String who, boolean signedIn, List<URI> pages, java.util.function.Predicate<URI> inFull) {
    browser.consoleProblems();
    for (URI page : pages) {
      String where = who + " " + key(page);
      if (visit(where, page, signedIn) != null) {
        if (inFull.test(page)) {
          audit(where, page);
        } else {
          axe(where);
        }
      }
    }
  }

  /**
   * A page that answers an error on purpose (the error page itself, a missing page): it must answer
   * {@code status} and still be accessible.
   */
  public void errorPage(String who, String address, int status) {
    URI page = base.resolve(address);
    driver.get(page.toString());
    awaitLoaded();
    pagesChecked++;
    long answered = ((Number) js().executeScript(STATUS)).longValue();
    String where = who + " " + address;
    if (answered != status) {
      problems.add(where + ": answered " + answered + ", not " + status);
    }
    browser.consoleProblems(); // the browser logs the error status itself
    reachedFiles.add(file(page));
    axe(where);
  }

  /** The page file of an address: its path under the base, without query. */
  public String file(URI uri) {
    String path = uri.getPath().substring(base.getPath().length());
    int session = path.indexOf(';');
    return session < 0 ? path : path.substring(0, session);
  }

  /** Opens a page and checks it; its links within the application, or null when it failed. */
  @SuppressWarnings("unchecked")
  private List<URI> visit(String where, URI page, boolean signedIn) {
    driver.get(page.toString());
    awaitLoaded();
    pagesChecked++;
    long status = ((Number) js().executeScript(STATUS)).longValue();
    URI landed = URI.create(driver.getCurrentUrl());
    console(where);
    if (status >= 400) {
      problems.add(where + ": answered " + status + " (" + driver.getTitle() + ")");
      return null;
    }
    if (signedIn && landed.getPath().contains("/identity/login")) {
      problems.add(where + ": sent to sign in");
      return null;
    }
    if (landed.getPath().startsWith(base.getPath())) {
      reachedFiles.add(file(landed));
    }
    List<URI> links = new ArrayList<>();
    for (Object href : (List<Object>) js().executeScript(LINKS)) {
      URI link = inside(String.valueOf(href));
      if (link != null) {
        links.add(link);
      }
    }
    return links;
  }

  /** axe on the page, then with each dialog open, then with each form's validation messages. */
  @SuppressWarnings("unchecked")
  private void audit(String where, URI page) {
    axe(where);
    for (Object dialog : (List<Object>) js().executeScript(DIALOGS)) {
      js().executeScript("PF(arguments[0]).show();", dialog);
      try {
        wait.until(
            d ->
                Boolean.TRUE.equals(
                    js().executeScript(
                            "const w = PF(arguments[0]); return w.jq.is(':visible') && !w.jq.is(':animated');",
                            dialog)));
        axe(where + " with dialog " + dialog + " open");
      } catch (TimeoutException e) {
        problems.add(where + ": dialog " + dialog + " does not open");
      }
      js().executeScript("PF(arguments[0]).hide();", dialog);
    }
    List<List<Object>> forms = (List<List<Object>>) js().executeScript(REQUIRED_FORMS);
    for (List<Object> form : forms) {
      String formId = (String) form.get(0);
      String buttonId = (String) form.get(1);
      driver.get(page.toString());
      awaitLoaded();
      try {
        js().executeScript(EMPTY_REQUIRED, formId);
        driver.findElement(By.id(buttonId)).click();
        wait.until(
            d ->
                !d.findElements(
                        By.cssSelector(
                            ".ui-message-error, .ui-messages-error, [aria-invalid=true], .ui-state-error"))
                    .isEmpty());
        awaitLoaded();
        console(where + " after sending " + formId + " empty");
        axe(where + " with " + formId + " showing its validation messages");
      } catch (TimeoutException e) {
        problems.add(where + ": " + formId + " sent with required fields empty shows no message");
      } catch (WebDriverException e) {
        problems.add(where + ": " + formId + " could not be sent: " + firstLine(e.getMessage()));
      }
    }
  }

  private void axe(String where) {
    for (Axe.Finding f : Axe.check(driver)) {
      problems.add(where + ": " + f);
    }
  }

  private void console(String where) {
    for (String line : browser.consoleProblems()) {
      problems.add(where + ": console " + line);
    }
  }

  /** A download (PDF, CSV, API) fetched with the person's session: only its status counts. */
  private void download(String who, URI link) {
    Object status = js().executeAsyncScript(FETCH_STATUS, link.toString());
    long code = ((Number) status).longValue();
    if (code < 200 || code >= 400) {
      problems.add(who + " " + key(link) + ": download answered " + code);
    }
  }

  private void awaitLoaded() {
    wait.until(
        d ->
            "complete".equals(js().executeScript("return document.readyState;"))
                && Boolean.TRUE.equals(
                    js().executeScript(
                            "return !window.jQuery || (jQuery.active === 0 && jQuery(':animated').length === 0);")));
  }

  /** The link as an address of this application without fragment, or null when it leads out. */
  private URI inside(String href) {
    try {
      URI uri = URI.create(href);
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
        return null;
      }
      if (uri.getAuthority() == null
          || !uri.getAuthority().equals(base.getAuthority())
          || !uri.getPath().startsWith(base.getPath())) {
        return null;
      }
      return new URI(
          uri.getScheme(), uri.getAuthority(), uri.getPath(), withoutLanguage(uri), null);
    } catch (IllegalArgumentException | java.net.URISyntaxException e) {
      return null;
    }
  }

  private static String withoutLanguage(URI uri) {
    if (uri.getQuery() == null) {
      return null;
    }
    String rest =
        Arrays.stream(uri.getQuery().split("&"))
            .filter(p -> !p.startsWith("lang=") && !p.isEmpty())
            .sorted()
            .collect(Collectors.joining("&"));
    return rest.isEmpty() ? null : rest;
  }

  private String key(URI uri) {
    String query = withoutLanguage(uri);
    return file(uri) + (query == null ? "" : "?" + query);
  }

  private JavascriptExecutor js() {
    return (JavascriptExecutor) driver;
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }
}
