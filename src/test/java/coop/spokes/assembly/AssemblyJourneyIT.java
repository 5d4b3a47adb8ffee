package coop.spokes.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.cli.RecountCommandIT;
import coop.spokes.testing.Browsers;
import coop.spokes.testing.DemoData;
import coop.spokes.testing.SpokesIT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real browser: an admin creates an assembly and appoints a chair; the chair gives it class
 * shares, an agenda and a roll, convenes and opens it; three members of three classes vote (Léa on
 * a phone-sized window, Núria for herself and by proxy for Aina, who gave it on her page); the
 * chair closes and publishes; the published result is the one worked out by hand, and the built
 * {@code spokes-cli.jar} recounts the published document to the same outcome. Takes the user
 * guide's screenshots; no console error or CSP violation allowed.
 */
class AssemblyJourneyIT extends SpokesIT {
  static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  static final String TITLE = "Assembly of the browser journey";
  static final String MOTION = "Open a second meeting room";

  @TempDir Path dir;

  @org.junit.jupiter.api.BeforeAll
  static void smtp() {
    coop.spokes.testing.Mailbox.server(); // notices and receipts are mailed during the journey
  }

  @Test
  void aChairRunsAnAssemblyThreeMembersVoteAndTheResultRecounts() throws Exception {
    Browsers.requireChromium();
    try (Browsers.Session browser = Browsers.start()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      ZonedDateTime now = ZonedDateTime.now(ZoneId.of("Europe/Madrid"));

      // The admin creates the assembly and appoints Laia as its chair.
      signIn(driver, wait, DemoData.ADMIN);
      open(driver, "assembly/assemblies.xhtml");
      type(driver, "createForm:title", TITLE);
      set(driver, "createForm:recordDate_input", now.toLocalDate().toString());
      set(driver, "createForm:firstCallAt_input", MINUTE.format(now.plusHours(2)));
      set(driver, "createForm:opensAt_input", MINUTE.format(now.minusHours(1)));
      set(driver, "createForm:closesAt_input", MINUTE.format(now.plusDays(1)));
      set(driver, "createForm:noticeDays_input", "0");
      click(driver, "createForm:create");
      wait.until(ExpectedConditions.urlContains("assembly/assembly.xhtml"));
      String page =
          driver.getCurrentUrl().replaceAll(".*(assembly/assembly\\.xhtml\\?id=\\d+).*", "$1");
      type(driver, "chairsForm:chairEmail", "laia.casals@members.example");
      click(driver, "chairsForm:appoint");
      Browsers.awaitText(wait, By.id("chairs"), "Laia Casals");

      // Laia: class shares 50 / 30 / 20, one motion, the roll, convene, open, open the motion.
      relogin(driver, wait, "laia.casals@members.example");
      open(driver, page);
      Browsers.tick(wait, "schemeForm:classShares");
      type(driver, "schemeForm:sharePRODUCER_input", "50");
      type(driver, "schemeForm:shareCONSUMER_input", "30");
      type(driver, "schemeForm:shareINDIVIDUAL_input", "20");
      click(driver, "schemeForm:saveScheme");
      awaitInfo(wait);
      assertThat(
              Browsers.awaitElement(driver, wait, By.id("schemeForm:classShares_input"))
                  .isSelected())
          .as("class shares saved")
          .isTrue();
      type(driver, "motionForm:title", MOTION);
      click(driver, "motionForm:addMotion");
      awaitInfo(wait);
      click(driver, "rollForm:build");
      awaitInfo(wait);
      browser.screenshot(Path.of("target/screenshots/assembly-chair.png"));
      click(driver, "stateForm:convene");
      confirm(driver, wait);
      awaitInfo(wait);
      click(driver, "stateForm:open");
      awaitInfo(wait);
      click(driver, "agendaForm:motions:0:openMotion");
      awaitInfo(wait);

      // Aina (individual) gives her proxy to Núria on her own page.
      relogin(driver, wait, "aina.roca@members.example");
      open(driver, "assembly/vote.xhtml");
      WebElement proxyForm =
          Browsers.awaitElement(
              driver, wait, By.cssSelector("form[id^='membership_" + assemblyId(page) + "_']"));
      proxyForm.findElement(By.cssSelector("input[id$=':holder']")).sendKeys("ES-000001");
      before = driver.findElement(By.tagName("html"));
      proxyForm.findElement(By.cssSelector("button[id$=':give']")).click();
      awaitInfo(wait);

      // Léa (producer) votes yes on a phone.
      relogin(driver, wait, "lea.pelletier@members.example");
      driver.manage().window().setSize(new Dimension(390, 844));
      open(driver, "assembly/vote.xhtml");
      nothingChosen(driver, wait, "Léa Pelletier");
      vote(driver, wait, "Léa Pelletier", "yes");
      browser.screenshot(Path.of("target/screenshots/assembly-vote-phone.png"));
      driver.manage().window().setSize(new Dimension(1280, 900));

      // Núria (consumer) votes no for herself and yes for Aina (individual), by proxy.
      relogin(driver, wait, "nuria.soler@members.example");
      open(driver, "assembly/vote.xhtml");
      vote(driver, wait, "Núria Soler", "no");
      vote(driver, wait, "Aina Roca", "yes");

      // Laia closes the motion and the assembly, and publishes.
      relogin(driver, wait, "laia.casals@members.example");
      open(driver, page);
      click(driver, "agendaForm:motions:0:closeMotion");
      awaitInfo(wait);
      click(driver, "stateForm:close");
      confirm(driver, wait);
      awaitInfo(wait);
      click(driver, "stateForm:publish");
      awaitInfo(wait);

      // By hand: every class voted, each gives its whole share to its choice. Yes: producers 50 +
      // individuals 20 = 70 points; no: consumers 30. More than half: passed.
      driver.manage().deleteAllCookies();
      open(driver, "assembly/result.xhtml?id=" + assemblyId(page));
      Browsers.awaitElement(driver, wait, By.cssSelector("section.spokes-result"));
      String result = driver.findElement(By.tagName("main")).getText();
      browser.screenshot(Path.of("target/screenshots/assembly-result.png"));
      assertThat(result).contains("Passed").contains("3 ballots counted");
      WebElement options = driver.findElement(By.cssSelector("section.spokes-result table"));
      assertThat(options.getText()).contains("Yes 70 2").contains("No 30 1");

      // The recount command reads the published document to the same outcome.
      String href =
          driver
              .findElement(By.cssSelector("section.spokes-result a[href*='/tally.json']"))
              .getAttribute("href");
      String motionId = href.replaceAll(".*motions/(\\d+)/.*", "$1");
      Path document = dir.resolve("tally.json");
      Files.write(
          document, visitor().download("api/assembly/motions/" + motionId + "/tally.json").body());
      RecountCommandIT.Run run = RecountCommandIT.run("recount", document.toString());
      assertThat(run.exit()).as(run.err()).isZero();
      assertThat(run.out())
          .contains("Result: PASSED")
          .contains("The published outcome matches the recount.");
      // The ballot sent with nothing chosen was answered 400 on purpose, which Chromium logs;
      // nothing else may be.
      List<String> problems = browser.consoleProblems();
      String refused =
          "/api/assembly/ballots - Failed to load resource: the server responded with a status of"
              + " 400";
      assertThat(problems.stream().filter(m -> m.contains(refused))).hasSize(1);
      assertThat(problems.stream().filter(m -> !m.contains(refused))).isEmpty();
    }
  }

  private static String assemblyId(String page) {
    return page.replaceAll(".*id=(\\d+).*", "$1");
  }

  /**
   * Casts the ballot of {@code voter} (a name in its legend) on the journey's motion. The ballot is
   * looked for until it is found (a page still being replaced answers with stale elements).
   */
  private void vote(WebDriver driver, WebDriverWait wait, String voter, String option) {
    WebElement form;
    try {
      form = wait.until(d -> ballotOf(d, voter));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "no ballot of " + voter + ": " + driver.findElement(By.tagName("body")).getText(), e);
    }
    String id = form.getAttribute("id");
    List<WebElement> radios =
        form.findElements(By.cssSelector("input[type=radio][value='" + option + "']"));
    Browsers.check(wait, radios.get(0));
    driver.findElement(By.id(id + ":cast")).click();
    // The page's script casts without reloading: the sentence and the receipt appear in the
    // ballot's status region.
    WebElement receipt =
        Browsers.awaitElement(
            driver,
            wait,
            By.cssSelector("[id='" + id + "'] .spokes-cast-status code.spokes-receipt"));
    assertThat(receipt.getText()).matches("[A-Z0-9]{4}(-[A-Z0-9]{4}){5}");
    String language = driver.findElement(By.tagName("html")).getAttribute("lang");
    assertThat(
            driver
                .findElement(By.id(id))
                .findElement(By.cssSelector(".spokes-cast-status"))
                .getText())
        .contains(
            coop.spokes.platform.i18n.Texts.text(
                java.util.Locale.forLanguageTag(language), "assembly.vote.cast"));
  }

  /**
   * Casts {@code voter}'s ballot with nothing chosen: the page's script shows the server's sentence
   * next to the choices, and nothing is recorded (no receipt).
   */
  private void nothingChosen(WebDriver driver, WebDriverWait wait, String voter) {
    WebElement form = wait.until(d -> ballotOf(d, voter));
    String id = form.getAttribute("id");
    driver.findElement(By.id(id + ":cast")).click();
    WebElement error =
        Browsers.awaitElement(
            driver, wait, By.cssSelector("[id='" + id + "'] .spokes-cast-error .ui-message-error"));
    String language = driver.findElement(By.tagName("html")).getAttribute("lang");
    assertThat(error.getText())
        .isEqualTo(
            coop.spokes.platform.i18n.Texts.text(
                java.util.Locale.forLanguageTag(language), "assembly.vote.choice.none"));
    assertThat(driver.findElements(By.cssSelector("[id='" + id + "'] code.spokes-receipt")))
        .isEmpty();
  }

  /** The ballot form of {@code voter} on the journey's motion, or null while there is none. */
  private static WebElement ballotOf(WebDriver driver, String voter) {
    try {
      return driver.findElements(By.cssSelector("article.spokes-ballot")).stream()
          .filter(a -> a.findElement(By.tagName("h3")).getText().contains(MOTION))
          .flatMap(a -> a.findElements(By.cssSelector("form[id^=ballot_]")).stream())
          .filter(f -> f.findElement(By.tagName("legend")).getText().contains(voter))
          .findFirst()
          .orElse(null);
    } catch (org.openqa.selenium.WebDriverException replaced) {
      return null;
    }
  }

  private void open(WebDriver driver, String path) {
    driver.get(base().resolve(path).toString());
  }

  private static void type(WebDriver driver, String id, String text) {
    WebElement e = driver.findElement(By.id(id));
    e.clear();
    e.sendKeys(text);
  }

  /** Sets an input's value as a script would (date pickers open a calendar when typed into). */
  private static void set(WebDriver driver, String id, String value) {
    ((JavascriptExecutor) driver)
        .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
  }

  /** Clicks a button; {@link #awaitInfo} then waits for the page it sends to. */
  private void click(WebDriver driver, String id) {
    WebElement e = driver.findElement(By.id(id));
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
    before = driver.findElement(By.tagName("html"));
    e.click();
  }

  /** The page a click left, so that a confirmation is awaited on the next one. */
  private WebElement before;

  /** Answers yes in the shared confirmation dialog. */
  private void confirm(WebDriver driver, WebDriverWait wait) {
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")))
        .click();
  }

  private void awaitInfo(WebDriverWait wait) {
    if (before != null) {
      Browsers.awaitGone(wait, before);
      before = null;
    }
    try {
      wait.until(
          ExpectedConditions.visibilityOfElementLocated(
              By.cssSelector("#globalMessages .ui-messages-info")));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("no confirmation shown: " + wait.toString(), e);
    }
  }

  private void relogin(WebDriver driver, WebDriverWait wait, String email) {
    driver.manage().deleteAllCookies();
    signIn(driver, wait, email);
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
