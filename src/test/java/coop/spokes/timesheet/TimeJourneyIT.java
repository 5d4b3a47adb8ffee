package coop.spokes.timesheet;

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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real browser: an ops member starts and stops the timer (across a minute, so time is logged),
 * submits the week, two peers of the circle approve, and the member's standing shows the volunteer
 * hours. Takes the user guide's screenshots; no console error or CSP violation allowed.
 */
class TimeJourneyIT extends SpokesIT {
  static final Locale CA = Locale.forLanguageTag("ca");
  static final String MARC = "marc.riera@members.example";

  @Test
  void anOpsMemberTimesWorkSubmitsItTwoPeersApproveAndTheStandingChanges() throws Exception {
    Browsers.requireChromium();
    try (Browsers.Session browser = Browsers.start()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      signIn(driver, wait, MARC);
      driver.get(base().resolve("contribution/my-contributions.xhtml?member=4").toString());
      String before = Browsers.awaitElement(driver, wait, By.id("parts")).getText();

      // Marc starts the timer, works for three minutes (the application's clock is moved, not
      // waited for) and stops it.
      driver.get(base().resolve("timesheet/week.xhtml").toString());
      driver.findElement(By.id("timerForm:activity_label")).click();
      Browsers.awaitAtRest(wait, "timerForm:activity_panel");
      driver
          .findElement(
              By.cssSelector("[id='timerForm:activity_items'] li[data-label='Server maintenance']"))
          .click();
      Browsers.awaitText(wait, By.id("timerForm:activity_label"), "Server maintenance");
      driver.findElement(By.id("timerForm:description")).sendKeys("Rotated the TLS certificates");
      clockOffset(Duration.ofMinutes(-3));
      try {
        driver.findElement(By.id("timerForm:start")).click();
        try {
          wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("timerForm:runningText")));
        } catch (org.openqa.selenium.TimeoutException e) {
          throw new AssertionError(
              "the timer did not start: " + driver.findElement(By.tagName("body")).getText(), e);
        }
      } finally {
        clockOffset(Duration.ZERO);
      }
      browser.screenshot(Path.of("target/screenshots/my-time.png"));
      driver.findElement(By.id("timerForm:stop")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("timerForm:start")));
      Browsers.awaitText(wait, By.id("weekForm:entries"), "Rotated the TLS certificates");

      // ... and submits the week.
      driver.findElement(By.id("weekForm:submit")).click();
      Browsers.awaitText(
          wait, By.id("weekForm:entries"), Texts.text(CA, "timesheet.EntryStatus.SUBMITTED"));

      // Two peers of the circle approve.
      for (String peer : new String[] {"pau.ferrer@members.example", "aina.roca@members.example"}) {
        driver.manage().deleteAllCookies();
        signIn(driver, wait, peer);
        driver.get(base().resolve("timesheet/validate.xhtml?circle=1").toString());
        var row =
            wait.until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.xpath(
                        "//tbody[@id='validateForm:entries_data']/tr[contains(., 'Rotated the TLS certificates')]")));
        if (peer.startsWith("pau")) {
          browser.screenshot(Path.of("target/screenshots/validate-hours.png"));
        }
        row.findElement(By.cssSelector("button[id$=':approve']")).click();
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#globalMessages .ui-messages-info")));
      }

      // Marc's standing now counts the validated minutes.
      driver.manage().deleteAllCookies();
      signIn(driver, wait, MARC);
      driver.get(base().resolve("timesheet/week.xhtml").toString());
      assertThat(Browsers.awaitElement(driver, wait, By.id("weekForm:entries")).getText())
          .contains(Texts.text(CA, "timesheet.EntryStatus.APPROVED"));
      driver.get(base().resolve("contribution/my-contributions.xhtml?member=4").toString());
      String after = Browsers.awaitElement(driver, wait, By.id("parts")).getText();
      assertThat(after).isNotEqualTo(before);
      assertThat(browser.consoleProblems()).isEmpty();
    }
  }

  private void signIn(WebDriver driver, WebDriverWait wait, String email) {
    driver.get(base().resolve("identity/login.xhtml").toString());
    driver.findElement(By.id("loginForm:email")).sendKeys(email);
    driver.findElement(By.id("loginForm:password")).sendKeys(DemoData.PASSWORD);
    driver.findElement(By.id("loginForm:submit")).click();
    // Signed in once the dashboard is there (not merely once the address has left the form).
    Browsers.awaitElement(driver, wait, By.id("dashboard"));
  }
}
