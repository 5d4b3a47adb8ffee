package coop.spokes.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.platform.i18n.Texts;
import coop.spokes.testing.Browsers;
import coop.spokes.testing.DemoData;
import coop.spokes.testing.SpokesIT;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The admin's journey in a real browser: sign in, see the dashboard, switch to Catalan and see it
 * in Catalan, use ajax pages (verify the audit chain), with no console error and no CSP violation.
 */
class DashboardJourneyIT extends SpokesIT {
  static final Locale CA = Locale.forLanguageTag("ca");

  @Test
  void adminSignsInSwitchesToCatalanAndSeesTheDashboardInCatalan() {
    Browsers.requireChromium();
    try (Browsers.Session browser = Browsers.start()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      try {
        // Arrange: signed in as the demo admin
        driver.get(base().resolve("identity/login.xhtml").toString());
        driver.findElement(By.id("loginForm:email")).sendKeys(DemoData.ADMIN);
        driver.findElement(By.id("loginForm:password")).sendKeys(DemoData.PASSWORD);
        driver.findElement(By.id("loginForm:submit")).click();
        Browsers.awaitText(
            wait,
            By.cssSelector("h1.spokes-title"),
            Texts.text(Locale.ENGLISH, "platform.dashboard.title"));
        browser.screenshot(Path.of("target/screenshots/dashboard.png"));

        // Act: switch to Catalan
        driver.findElement(By.linkText(Texts.text(CA, "platform.language.name.ca"))).click();
        Browsers.awaitText(
            wait, By.cssSelector("h1.spokes-title"), Texts.text(CA, "platform.dashboard.title"));

        // Assert: the dashboard and its menu speak Catalan
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ca");
        assertThat(driver.findElement(By.id("menuForm")).getText())
            .contains(Texts.text(CA, "platform.menu.admin"));
        assertThat(driver.findElement(By.id("dashboard")).getText())
            .contains(Texts.text(CA, "identity.dashboard.title"));
        browser.screenshot(Path.of("target/screenshots/dashboard-ca.png"));

        // An ajax action on another page, still in Catalan
        driver.get(base().resolve("audit/audit-log.xhtml").toString());
        driver.findElement(By.id("verifyForm:verify")).click();
        Browsers.awaitText(
            wait, By.id("verifyForm:results"), Texts.text(CA, "audit.verify.intact"));

        assertThat(browser.consoleProblems()).isEmpty();
      } finally {
        // The admin's language is stored in the shared demo data: put it back for other tests,
        // without hiding the failure that brought us here if the page cannot be shown.
        driver.get(base().resolve("index.xhtml").toString());
        // A click on a link does not wait for the request it starts: wait for the English page,
        // or the browser closes before the server has stored the choice.
        for (var english :
            driver.findElements(
                By.linkText(Texts.text(Locale.ENGLISH, "platform.language.name.en")))) {
          english.click();
          wait.until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        }
      }
    }
  }

  /**
   * The dashboards of a manager, the treasurer and an ops member draw their charts (something is
   * painted on every canvas) with no console error; their screenshots go to the user guide.
   */
  @Test
  void dashboardsDrawTheirCharts() {
    Browsers.requireChromium();
    String[][] people = {
      {DemoData.MANAGER_ES, "dashboard-manager"},
      {DemoData.TREASURER, "dashboard-treasurer"},
      {"aina.roca@members.example", "dashboard-ops"},
      {"carmen.ortega@members.example", "dashboard-member"}
    };
    try (Browsers.Session browser = Browsers.start()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      for (String[] person : people) {
        driver.manage().deleteAllCookies();
        driver.get(base().resolve("identity/login.xhtml").toString());
        driver.findElement(By.id("loginForm:email")).sendKeys(person[0]);
        driver.findElement(By.id("loginForm:password")).sendKeys(DemoData.PASSWORD);
        driver.findElement(By.id("loginForm:submit")).click();
        wait.until(d -> d.findElements(By.id("dashboard")).size() == 1);
        int charts = driver.findElements(By.cssSelector("#dashboard .ui-chart canvas")).size();
        wait.until(
            d ->
                Boolean.TRUE.equals(
                    ((org.openqa.selenium.JavascriptExecutor) d).executeScript(PAINTED, charts)));
        browser.screenshot(Path.of("target/screenshots/" + person[1] + ".png"));
        assertThat(browser.consoleProblems()).as(person[0]).isEmpty();
      }
    }
  }

  /** Whether each of the page's chart canvases has at least one painted pixel. */
  static final String PAINTED =
      """
      const canvases = document.querySelectorAll('#dashboard .ui-chart canvas');
      if (canvases.length !== arguments[0]) return false;
      return Array.from(canvases).every(c => {
        if (!c.width || !c.height) return false;
        const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
        return false;
      });
      """;
}
