package coop.spokes.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.identity.Accounts;
import coop.spokes.platform.i18n.Texts;
import coop.spokes.testing.Browsers;
import coop.spokes.testing.DemoData;
import coop.spokes.testing.Page;
import coop.spokes.testing.SpokesIT;
import coop.spokes.testing.WebClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real browser: a member claims an expense with its receipt, two treasurers of the custodian
 * approve it, a treasurer of all custodians exports the year's report as a PDF, whose text (read
 * back with PDFBox) shows the same totals as the public transparency page. Takes the user guide's
 * screenshots; no console error or CSP violation allowed.
 */
class TransparencyJourneyIT extends SpokesIT {
  static final Locale CA = Locale.forLanguageTag("ca");
  static final Locale EN = Locale.ENGLISH;
  static final String MARC = "marc.riera@members.example";
  static final String JORDI = "treasurer.es@spokes.example";

  @Test
  void aClaimIsApprovedTwiceAndTheYearsPdfAgreesWithThePublicPage() throws Exception {
    Browsers.requireChromium();
    Path receipt = Files.createTempFile("receipt-", ".pdf");
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      doc.save(receipt.toFile());
    }
    String what = "Train Lleida " + System.nanoTime() % 100000;
    // A second treasurer of Xarxa Comuna, so that its own treasurers approve the claim, however
    // many other tests gave it before.
    String second =
        new Accounts(signedIn(DemoData.ADMIN), this::visitor)
            .account()
            .role("TREASURER", DemoData.CUSTODIAN_ES)
            .open();
    try (Browsers.Session browser = Browsers.start()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));

      // Marc claims a train ticket above the two-approval amount, with its receipt.
      signIn(driver, wait, MARC);
      driver.get(base().resolve("transparency/claims.xhtml").toString());
      Browsers.awaitElement(driver, wait, By.id("claimForm:description"));
      ((JavascriptExecutor) driver)
          .executeScript("document.getElementById('claimForm:category_input').value = 'travel';");
      driver.findElement(By.id("claimForm:description")).sendKeys(what);
      driver.findElement(By.id("claimForm:amount_input")).sendKeys("300");
      var currency = driver.findElement(By.id("claimForm:currency"));
      currency.clear();
      currency.sendKeys("EUR");
      driver.findElement(By.id("claimForm:spentOn_input")).sendKeys("2026-11-20", Keys.ESCAPE);
      driver.findElement(By.id("claimForm:receipt")).sendKeys(receipt.toString());
      browser.screenshot(Path.of("target/screenshots/claim.png"));
      driver.findElement(By.id("claimForm:submit")).click();
      var link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText(what)));
      String expense = link.getAttribute("href");

      // Jordi and the second treasurer of the custodian approve it.
      for (String treasurer : new String[] {JORDI, second}) {
        driver.manage().deleteAllCookies();
        signIn(
            driver,
            wait,
            treasurer,
            treasurer.equals(JORDI) ? DemoData.PASSWORD : Accounts.PASSWORD);
        driver.get(expense);
        if (treasurer.equals(JORDI)) {
          browser.screenshot(Path.of("target/screenshots/approve-expense.png"));
        }
        driver.findElement(By.id("decisionForm:approve")).click();
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#globalMessages .ui-messages-info")));
      }
      assertThat(driver.findElement(By.id("state")).getText())
          .isEqualTo(Texts.text(EN, "transparency.ExpenseState.APPROVED"));

      // Teo, a treasurer of all custodians, exports the year's consolidated report; the page
      // follows the export to its file.
      driver.manage().deleteAllCookies();
      signIn(driver, wait, DemoData.TREASURER);
      driver.get(base().resolve("transparency/report.xhtml?period=2026").toString());
      Browsers.awaitElement(driver, wait, By.id("exportForm:exportPdf")).click();
      var file =
          new WebDriverWait(driver, Duration.ofSeconds(120))
              .until(ExpectedConditions.visibilityOfElementLocated(By.id("exportFile")));
      browser.screenshot(Path.of("target/screenshots/report.png"));
      WebClient teo = new WebClient(base());
      for (Cookie c : driver.manage().getCookies()) {
        teo.setCookie(c.getName(), c.getValue());
      }
      var pdf = teo.download(file.getAttribute("href"));
      assertThat(pdf.statusCode()).isEqualTo(200);
      assertThat(browser.consoleProblems()).isEmpty();

      // The public page (its figures are reused for five minutes: the clock moves past that)
      // shows the totals the PDF shows.
      clockOffset(Duration.ofMinutes(6));
      try {
        driver.manage().deleteAllCookies();
        driver.get(base().resolve("transparency/public.xhtml?period=2026").toString());
        Browsers.awaitElement(driver, wait, By.id("incomeTotal"));
        browser.screenshot(Path.of("target/screenshots/public-transparency.png"));
        String income = driver.findElement(By.id("incomeTotal")).getText();
        String expenses = driver.findElement(By.id("expensesTotal")).getText();
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
          String text = new PDFTextStripper().getText(doc);
          assertThat(text)
              .contains(Texts.text(EN, "transparency.report.income") + " " + income)
              .contains(Texts.text(EN, "transparency.report.expenses") + " " + expenses)
              .contains(what);
        }
        Page json = new WebClient(base()).get("api/transparency/2026");
        assertThat(json.status()).isEqualTo(200);
        assertThat(browser.consoleProblems()).isEmpty();
      } finally {
        clockOffset(Duration.ZERO);
      }
    } finally {
      Files.deleteIfExists(receipt);
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
