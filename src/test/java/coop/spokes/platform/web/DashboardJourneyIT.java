package coop.spokes.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.identity.Accounts;
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
 * in Catalan, use ajax pages (verify the audit chain), sign in again and still read Catalan, with
 * no console error and no CSP violation.
 */
class DashboardJourneyIT extends SpokesIT {
  static final Locale CA = Locale.forLanguageTag("ca");

  @Test
  void adminSignsInSwitchesToCatalanAndSeesTheDashboardInCatalan() {
    Browsers.requireChromium();
    // An admin of this test's own: the language choice is stored in the account, and the demo
    // admin's account is shared by every other test, which reads its pages in English.
    String admin =
        new Accounts(signedIn(DemoData.ADMIN), this::visitor)
            .account()
            .name("Rosa Vidal")
            .role("ADMIN", null)
            .open();
    try (Browsers.Session browser = Browsers.start()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      // Arrange: signed in as an admin
      driver.get(base().resolve("identity/login.xhtml").toString());
      driver.findElement(By.id("loginForm:email")).sendKeys(admin);
      driver.findElement(By.id("loginForm:password")).sendKeys(Accounts.PASSWORD);
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
      Browsers.awaitElement(driver, wait, By.id("verifyForm:verify")).click();
      Browsers.awaitText(wait, By.id("verifyForm:results"), Texts.text(CA, "audit.verify.intact"));

      // The choice was stored in the account: a new session opens in Catalan
      driver.manage().deleteAllCookies();
      driver.get(base().resolve("identity/login.xhtml").toString());
      driver.findElement(By.id("loginForm:email")).sendKeys(admin);
      driver.findElement(By.id("loginForm:password")).sendKeys(Accounts.PASSWORD);
      driver.findElement(By.id("loginForm:submit")).click();
      Browsers.awaitText(
          wait, By.cssSelector("h1.spokes-title"), Texts.text(CA, "platform.dashboard.title"));

      assertThat(browser.consoleProblems()).isEmpty();
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
