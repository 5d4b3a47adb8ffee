package coop.spokes.testing;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole application crawled by each demo role and a visitor, in all four languages (see {@link
 * Crawler} for what each page must pass). Each role crawls everything it reaches in its first
 * language, auditing every page with its dialogs and validation states; then, in each other
 * language, it opens every page it reached again and runs axe on it, with its dialogs and
 * validation states too where no earlier role audited that page file in that language. So every
 * page is audited for every role in every language, and its dialogs and validation states for every
 * role in one language and in every language for some role. The error page (answering 500 when
 * asked for directly) and the page for a missing address (404) are audited in every language.
 *
 * <p>Pages reached from a mail or from a step of signing in (a reset link, an invitation, a
 * certificate check, the second-factor step) are entries of the visitor's crawl, with a token that
 * is not valid: they must answer that clearly, accessibly.
 */
public final class SiteCrawl {
  public static final List<String> LANGUAGES = List.of("en", "es", "ca", "fr");

  /** A person of the demo data (or a visitor, with no login) and the language crawled first. */
  record Role(String login, String firstLanguage, List<String> entries) {
    boolean signedIn() {
      return login != null;
    }

    String name() {
      return signedIn() ? login : "visitor";
    }
  }

  static final List<Role> ROLES =
      List.of(
          new Role(
              null,
              "en",
              List.of(
                  "index.xhtml",
                  "identity/reset-password.xhtml?token=not-a-valid-token",
                  "identity/confirm-email.xhtml?token=not-a-valid-token",
                  "membership/invitation.xhtml?token=not-a-valid-token",
                  "membership/verify.xhtml?code=not-a-valid-code")),
          new Role(DemoData.ADMIN, "en", List.of("index.xhtml")),
          new Role(DemoData.MANAGER_ES, "ca", List.of("index.xhtml")),
          new Role("manager.qc@spokes.example", "fr", List.of("index.xhtml")),
          new Role(DemoData.TREASURER, "es", List.of("index.xhtml")),
          new Role("aina.roca@members.example", "ca", List.of("index.xhtml")),
          new Role("nuria.soler@members.example", "es", List.of("index.xhtml")));

  private final URI base;
  private final Browsers.Session browser;
  private final Crawler crawler;
  private final Map<String, Set<String>> auditedIn = new HashMap<>();

  public SiteCrawl(URI base, Browsers.Session browser) {
    this.base = base;
    this.browser = browser;
    this.crawler = new Crawler(browser, base);
  }

  /** Crawls as every role in every language; the problems found, one line each. */
  public List<String> run() {
    for (Role role : ROLES) {
      String restore = signIn(role);
      try {
        choose(role.firstLanguage());
        String who = role.name() + " [" + role.firstLanguage() + "]";
        List<URI> pages = crawler.crawl(who, role.signedIn(), role.entries());
        audited(role.firstLanguage()).addAll(pages.stream().map(crawler::file).toList());
        for (String language : LANGUAGES) {
          if (!language.equals(role.firstLanguage())) {
            choose(language);
            Set<String> done = audited(language);
            crawler.revisit(
                role.name() + " [" + language + "]",
                role.signedIn(),
                pages,
                p -> done.add(crawler.file(p)));
          }
        }
        if (!role.signedIn()) {
          for (String language : LANGUAGES) {
            choose(language);
            crawler.errorPage("visitor [" + language + "]", "error.xhtml", 500);
            crawler.errorPage("visitor [" + language + "]", "no-such-page.xhtml", 404);
          }
        }
      } finally {
        if (restore != null) {
          choose(restore);
        }
        browser.driver().manage().deleteAllCookies();
      }
    }
    return crawler.problems();
  }

  private Set<String> audited(String language) {
    return auditedIn.computeIfAbsent(language, l -> new HashSet<>());
  }

  public int pagesChecked() {
    return crawler.pagesChecked();
  }

  /** Page files under src/main/webapp that no role reached. */
  public Set<String> unreached(Path webapp) throws java.io.IOException {
    Set<String> files = new TreeSet<>();
    try (Stream<Path> all = Files.walk(webapp)) {
      all.filter(p -> p.toString().endsWith(".xhtml"))
          .map(p -> webapp.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith("WEB-INF/") && !p.startsWith("resources/"))
          .forEach(files::add);
    }
    files.removeAll(crawler.reachedFiles());
    return files;
  }

  /** Signs in (a visitor does nothing); the person's stored language, to put back afterwards. */
  private String signIn(Role role) {
    WebDriver driver = browser.driver();
    driver.manage().deleteAllCookies();
    if (!role.signedIn()) {
      return null;
    }
    submitLogin(role.login(), DemoData.PASSWORD);
    return driver.findElement(By.tagName("html")).getAttribute("lang");
  }

  /**
   * The step after the password for someone with a second factor (the code page), audited in each
   * language: it is reached only by signing in as that person with the password.
   */
  public void signInStep(String email, String password) {
    for (String language : LANGUAGES) {
      browser.driver().manage().deleteAllCookies();
      choose(language);
      submitLogin(email, password);
      URI step = URI.create(browser.driver().getCurrentUrl());
      crawler.revisit("second factor [" + language + "]", false, List.of(step), p -> true);
    }
    browser.driver().manage().deleteAllCookies();
  }

  private void submitLogin(String email, String password) {
    WebDriver driver = browser.driver();
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    driver.get(base.resolve("identity/login.xhtml").toString());
    driver.findElement(By.id("loginForm:email")).sendKeys(email);
    driver.findElement(By.id("loginForm:password")).sendKeys(password);
    driver.findElement(By.id("loginForm:submit")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/identity/login")));
  }

  /** The language links store the choice (in the account, or for a visitor in a cookie). */
  private void choose(String language) {
    browser.driver().get(base.resolve("index.xhtml?lang=" + language).toString());
  }
}
