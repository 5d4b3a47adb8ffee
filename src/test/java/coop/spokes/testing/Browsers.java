package coop.spokes.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium through /usr/bin/chromedriver (Selenium never downloads a driver).
 * Without a browser the journeys skip with a notice, unless {@code spokes.browser.required} is true
 * (as in CI), when they fail.
 */
public final class Browsers {
  static final File CHROMIUM = new File("/usr/bin/chromium");
  static final File DRIVER = new File("/usr/bin/chromedriver");

  private Browsers() {}

  /** Skips (or, where required, fails) when Chromium or its driver is missing. */
  public static void requireChromium() {
    boolean present = CHROMIUM.canExecute() && DRIVER.canExecute();
    if (!present) {
      String notice =
          "Browser journeys need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)";
      if (Boolean.getBoolean("spokes.browser.required")) {
        throw new AssertionError(notice + ": required here, and missing");
      }
      System.out.println("[spokes] SKIPPED browser journey: " + notice);
      Assumptions.abort(notice);
    }
  }

  /**
   * Waits until the element's text contains {@code fragment}. Unlike Selenium's own condition it
   * tolerates every driver error while an AJAX update replaces the element (Chromium reports a
   * replaced node as "unknown error: Node ... does not belong to the document", not as a stale
   * element), and it reads the element afresh on each try.
   */
  public static String awaitText(WebDriverWait wait, By locator, String fragment) {
    return wait.until(
        driver -> {
          try {
            String text = driver.findElement(locator).getText();
            return text.contains(fragment) ? text : null;
          } catch (WebDriverException replacedOrMissing) {
            return null;
          }
        });
  }

  /**
   * The element, once the page shows it. When it does not come, the failure says where the browser
   * is instead (address, title, the start of the page's text), so a CI log shows what the page was.
   */
  public static WebElement awaitElement(WebDriver driver, WebDriverWait wait, By locator) {
    try {
      return wait.until(d -> d.findElement(locator));
    } catch (TimeoutException missing) {
      throw new AssertionError("no " + locator + " " + where(driver), missing);
    }
  }

  /** Where the browser is: the page's address, title and the start of its text. */
  public static String where(WebDriver driver) {
    String text;
    try {
      text = driver.findElement(By.tagName("body")).getText();
    } catch (WebDriverException noPage) {
      text = "(no page: " + noPage.getMessage().lines().findFirst().orElse("") + ")";
    }
    if (text.length() > 1500) {
      text = text.substring(0, 1500) + "…";
    }
    return "on " + driver.getCurrentUrl() + " \u00ab" + driver.getTitle() + "\u00bb: " + text;
  }

  /**
   * Ticks the PrimeFaces check box {@code id} and waits until its input is checked (see {@link
   * #check(WebDriverWait, WebElement)}).
   */
  public static void tick(WebDriverWait wait, String id) {
    check(wait, wait.until(driver -> driver.findElement(By.id(id + "_input"))));
  }

  /**
   * Checks a PrimeFaces check box or radio button, given its (hidden) input, and waits until the
   * input is checked. The visible box takes a click only once its widget is bound; a click that
   * lands before then is lost, so the box is clicked again on each try until the input reports
   * checked.
   */
  public static void check(WebDriverWait wait, WebElement input) {
    wait.until(
        driver -> {
          if (input.isSelected()) {
            return true;
          }
          ((JavascriptExecutor) driver)
              .executeScript(
                  "var box = arguments[0].closest('.ui-chkbox, .ui-radiobutton');"
                      + "box.scrollIntoView({block: 'center'});"
                      + "box.querySelector('.ui-chkbox-box, .ui-radiobutton-box').click();",
                  input);
          return false;
        });
  }

  /**
   * Waits until the page that held {@code element} has gone (a click sent the browser on). Chromium
   * answers a question about a node of a page being replaced either as a stale element or as
   * "unknown error: Node ... does not belong to the document"; both mean the page has gone.
   */
  public static void awaitGone(WebDriverWait wait, WebElement element) {
    wait.until(
        driver -> {
          try {
            element.isEnabled();
            return false;
          } catch (StaleElementReferenceException gone) {
            return true;
          } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
              return true;
            }
            throw e;
          }
        });
  }

  /**
   * Waits until the element is shown and no CSS transition or animation runs on it or inside it (a
   * PrimeFaces overlay panel slides open with a CSS transition, which jQuery does not see), so a
   * click lands on an item that has come to rest.
   */
  public static void awaitAtRest(WebDriverWait wait, String elementId) {
    wait.until(
        driver ->
            Boolean.TRUE.equals(
                ((JavascriptExecutor) driver)
                    .executeScript(
                        "const e = document.getElementById(arguments[0]);"
                            + " return !!e && e.offsetParent !== null"
                            + " && e.getAnimations({subtree: true}).length === 0;",
                        elementId)));
  }

  /** A new headless Chromium with a fresh profile under target/. */
  public static Session start() {
    try {
      Path profile = Files.createTempDirectory(Path.of("target"), "chromium-");
      ChromeOptions o = new ChromeOptions();
      o.setBinary(CHROMIUM);
      o.addArguments(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--disable-quic",
          "--window-size=1280,900",
          "--lang=en-GB",
          "--user-data-dir=" + profile.toAbsolutePath());
      o.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(DRIVER)
              .usingAnyFreePort()
              .build();
      return new Session(new ChromeDriver(service, o), profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A browser and its profile folder, closed together. */
  public record Session(WebDriver driver, Path profile) implements AutoCloseable {

    /**
     * Console entries that are errors or Content-Security-Policy violations since the last call.
     */
    public List<String> consoleProblems() {
      return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
          .filter(
              e ->
                  e.getLevel().intValue() >= Level.SEVERE.intValue()
                      || e.getMessage().contains("Content Security Policy"))
          .map(LogEntry::getMessage)
          .toList();
    }

    public void screenshot(Path file) {
      try {
        Files.createDirectories(file.getParent());
        byte[] png =
            ((org.openqa.selenium.TakesScreenshot) driver)
                .getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
        Files.write(file, png);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      driver.quit();
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // a leftover profile under target/ is harmless
      }
    }
  }
}
