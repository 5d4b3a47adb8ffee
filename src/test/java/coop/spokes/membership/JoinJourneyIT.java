package coop.spokes.membership;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.platform.i18n.Texts;
import coop.spokes.testing.Browsers;
import coop.spokes.testing.DemoData;
import coop.spokes.testing.Mailbox;
import coop.spokes.testing.SpokesIT;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real browser: a visitor applies in Spanish, opens the verification link GreenMail received,
 * the custodian's manager approves, and the new member sets a password and signs in. Takes the user
 * guide's screenshots on the way; no console error or CSP violation allowed.
 */
class JoinJourneyIT extends SpokesIT {
  static final Locale ES = Locale.forLanguageTag("es");

  @Test
  void visitorAppliesInSpanishManagerApprovesAndTheNewMemberSignsIn() throws Exception {
    Browsers.requireChromium();
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String email = "lucia-" + tag + "@example.org";
    Mailbox.server();
    try (Browsers.Session browser = Browsers.start()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));

      // A visitor opens the join form and switches to Spanish
      driver.get(base().resolve("membership/join.xhtml").toString());
      driver.findElement(By.linkText(Texts.text(ES, "platform.language.name.es"))).click();
      Browsers.awaitText(
          wait, By.cssSelector("h1.spokes-title"), Texts.text(ES, "membership.join.title"));

      // ... fills it in
      Browsers.check(
          wait,
          driver.findElement(By.cssSelector("[id='joinForm:memberClass'] input[type=radio]")));
      driver.findElement(By.id("joinForm:personName")).sendKeys("Lucía Prueba " + tag);
      driver.findElement(By.id("joinForm:email")).sendKeys(email);
      driver.findElement(By.id("joinForm:residenceCountry")).click();
      wait.until(
              ExpectedConditions.visibilityOfElementLocated(
                  By.id("joinForm:residenceCountry_filter")))
          .sendKeys("Espa");
      wait.until(
              ExpectedConditions.elementToBeClickable(
                  By.cssSelector("[id='joinForm:residenceCountry_items'] li[data-label='España']")))
          .click();
      Browsers.awaitText(wait, By.id("joinForm:custodian_label"), "Xarxa Comuna");
      wait.until(
          ExpectedConditions.presenceOfElementLocated(
              By.cssSelector("label[for='joinForm:termsAccepted_input']")));
      Browsers.tick(wait, "joinForm:termsAccepted");
      browser.screenshot(Path.of("target/screenshots/join-form.png"));
      driver.findElement(By.id("joinForm:submit")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
      assertThat(driver.findElement(By.cssSelector("#done p")).getText())
          .isEqualTo(Texts.text(ES, "membership.join.submitted"));

      // ... and opens the link from the mail
      MimeMessage verification = Mailbox.await(email, Duration.ofSeconds(30)).orElseThrow();
      driver.get(
          base()
              .resolve(
                  "membership/verify.xhtml?token="
                      + Mailbox.token(verification, "/membership/verify.xhtml"))
              .toString());
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verified")));

      // The manager of the Barcelona custodian approves it
      signIn(driver, wait, DemoData.MANAGER_ES);
      driver.get(
          base()
              .resolve("membership/review/applications.xhtml?custodian=" + DemoData.CUSTODIAN_ES)
              .toString());
      driver.findElement(By.partialLinkText("Lucía Prueba " + tag)).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decisionForm:approve")));
      browser.screenshot(Path.of("target/screenshots/application-review.png"));
      driver.findElement(By.id("decisionForm:approve")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("applicationsForm")));
      driver.findElement(By.id("userForm:logout")).click();
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("userForm:logout")));

      // The new member chooses a password from the welcome mail and signs in
      MimeMessage welcome = null;
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (welcome == null && System.nanoTime() < deadline) {
        for (MimeMessage m : Mailbox.server().getReceivedMessages()) {
          if (m.getAllRecipients()[0].toString().equals(email)
              && Texts.text(ES, "mail.membership.welcome.subject").equals(m.getSubject())) {
            welcome = m;
          }
        }
        Thread.sleep(200);
      }
      assertThat(welcome).isNotNull();
      driver.get(
          base()
              .resolve(
                  "identity/reset-password.xhtml?token="
                      + Mailbox.token(welcome, "/identity/reset-password.xhtml"))
              .toString());
      driver.findElement(By.id("resetForm:password")).sendKeys("sunlit terraces above the sea");
      driver.findElement(By.id("resetForm:confirmation")).sendKeys("sunlit terraces above the sea");
      driver.findElement(By.id("resetForm:submit")).click();
      // Saved: Spokes sends them on to the sign-in page (wait, or the next page load cancels it).
      wait.until(ExpectedConditions.urlContains("/identity/login"));
      signIn(driver, wait, email, "sunlit terraces above the sea");
      Browsers.awaitText(
          wait, By.cssSelector("h1.spokes-title"), Texts.text(ES, "platform.dashboard.title"));
      driver.get(base().resolve("membership/my-membership.xhtml").toString());
      assertThat(Browsers.awaitElement(driver, wait, By.id("mineForm:memberships")).getText())
          .containsPattern("ES-\\d{6}");
      browser.screenshot(Path.of("target/screenshots/my-membership.png"));

      assertThat(browser.consoleProblems()).isEmpty();
    }
  }

  private void signIn(WebDriver driver, WebDriverWait wait, String email) {
    signIn(driver, wait, email, DemoData.PASSWORD);
  }

  private void signIn(WebDriver driver, WebDriverWait wait, String email, String password) {
    driver.get(base().resolve("identity/login.xhtml").toString());
    driver.findElement(By.id("loginForm:email")).sendKeys(email);
    driver.findElement(By.id("loginForm:password")).sendKeys(password);
    driver.findElement(By.id("loginForm:submit")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/identity/login")));
  }
}
