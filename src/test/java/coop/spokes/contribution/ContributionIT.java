package coop.spokes.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.platform.i18n.Texts;
import coop.spokes.testing.DemoData;
import coop.spokes.testing.Mailbox;
import coop.spokes.testing.Page;
import coop.spokes.testing.SpokesIT;
import coop.spokes.testing.WebClient;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Money through custodians: only a custodian's managers and treasurers (and admins) see and change
 * its members' money (refusals first); payments, receipts, reversals and the standing they make.
 */
class ContributionIT extends SpokesIT {
  static final Locale CA = Locale.forLanguageTag("ca");
  static final Locale ES = Locale.forLanguageTag("es");
  static final Locale EN = Locale.ENGLISH;
  static final int YEAR = LocalDate.now().getYear();

  /** Carmen Ortega, ES-000005, a consumer person in Spain (band A). */
  static final long CARMEN = 5;

  /** Oliver Bennett, UK-000001. */
  static final long OLIVER = 9;

  @Test
  void anotherCustodiansManagerOrAMemberIsRefusedEverythingOfThisCustodiansMoney() {
    WebClient uk = signedIn(DemoData.MANAGER_UK);
    WebClient member = signedIn("carmen.ortega@members.example");

    // Another custodian's member by id is answered as if there were no such member.
    assertSameAsMissing(
        uk,
        "contribution/member-contributions.xhtml?id=" + CARMEN,
        "contribution/member-contributions.xhtml?id=987654");
    assertThat(uk.get("contribution/schedule.xhtml?custodian=" + DemoData.CUSTODIAN_ES).status())
        .isEqualTo(403);
    assertThat(uk.get("contribution/standing.xhtml?custodian=" + DemoData.CUSTODIAN_ES).status())
        .isEqualTo(403);
    assertThat(member.get("contribution/member-contributions.xhtml?id=" + CARMEN).status())
        .isEqualTo(404);
    assertThat(member.get("contribution/schedule.xhtml?custodian=1").status()).isEqualTo(403);
    assertThat(member.get("contribution/bands.xhtml").status()).isEqualTo(403);
    assertSameAsMissing(
        member,
        "contribution/my-contributions.xhtml?member=" + OLIVER,
        "contribution/my-contributions.xhtml?member=987654");
    assertThat(visitor().get("contribution/my-contributions.xhtml").uri().getPath())
        .endsWith("/identity/login.xhtml");

    // The UK manager posts their own member's form with a Spanish member's id: answered as an
    // unknown member, nothing saved.
    Page own = uk.get("contribution/member-contributions.xhtml?id=" + OLIVER);
    assertThat(own.status()).isEqualTo(200);
    String action = own.doc().getElementById("paymentForm").attr("action");
    Page forged =
        new Page(
            own.status(),
            own.uri(),
            own.headers(),
            own.body()
                .replace(
                    "action=\"" + action + "\"",
                    "action=\"" + action.replaceAll("\\?.*", "") + "?id=" + CARMEN + "\""));
    Map<String, String> amount = new HashMap<>();
    number(amount, "amount", "999");
    Page refused = uk.submit(forged, "paymentForm", "record", amount);
    assertThat(refused.status()).isEqualTo(404);
    assertThat(
            signedIn(DemoData.MANAGER_ES)
                .get("contribution/member-contributions.xhtml?id=" + CARMEN)
                .doc()
                .getElementById("paymentsForm:payments")
                .text())
        .doesNotContain("999");
  }

  @Test
  void paymentsReceiptsAndAReversalMoveTheStanding() throws Exception {
    WebClient es = signedIn(DemoData.MANAGER_ES);
    // The schedule: consumers, persons, band A are asked 100 EUR this year.
    Page schedule = es.get("contribution/schedule.xhtml?custodian=1&year=" + YEAR);
    Map<String, String> lines = new HashMap<>();
    number(lines, "hourRate", "10");
    number(lines, "resourceRate", "0");
    number(lines, "scheduleForm:suggestions:2:amountA", "100");
    assertThat(schedule.body()).contains("scheduleForm:suggestions:2:amountA_hinput");
    Page saved = es.submit(schedule, "scheduleForm", "save", lines);
    assertThat(
            saved.doc().getElementById("scheduleForm:suggestions:2:amountA_hinput").attr("value"))
        .as(
            saved.globalMessages()
                + " "
                + saved.doc().select(".ui-message").text()
                + " hr="
                + saved.doc().getElementById("scheduleForm:hourRate_hinput").attr("value"))
        .startsWith("100");
    assertThat(saved.globalMessages())
        .contains(Texts.text(CA, "contribution.schedule.saved", Integer.toString(YEAR)));

    Page first = record(es, "60", "ES-IT-" + YEAR + "-A");
    assertThat(String.join(" ", first.globalMessages())).containsPattern("ES-" + YEAR + "-\\d{6}");
    assertThat(first.doc().getElementById("level").text())
        .isEqualTo(Texts.text(CA, "contribution.StandingLevel.PARTIAL"));

    Page second = record(es, "40", "ES-IT-" + YEAR + "-B");
    assertThat(second.doc().getElementById("level").text())
        .isEqualTo(Texts.text(CA, "contribution.StandingLevel.GOOD"));

    Page duplicate = record(es, "40", "ES-IT-" + YEAR + "-B");
    assertThat(duplicate.fieldMessage("paymentForm:externalReference"))
        .isEqualTo(
            Texts.text(CA, "contribution.payment.duplicateReference", "ES-IT-" + YEAR + "-B"));

    // The 40 was a mistake: reversed, the standing is partial again; the reversal has a receipt.
    int row = rowOf(duplicate, "ES-IT-" + YEAR + "-B");
    Page noReason = es.submit(duplicate, "paymentsForm", "payments:" + row + ":reverse", Map.of());
    assertThat(noReason.fieldMessage("paymentsForm:reason"))
        .isEqualTo(Texts.text(CA, "contribution.payment.reasonRequired", 1000));
    Page reversed =
        es.submit(
            noReason,
            "paymentsForm",
            "payments:" + rowOf(noReason, "ES-IT-" + YEAR + "-B") + ":reverse",
            Map.of("reason", "paid by another member"));
    assertThat(reversed.doc().getElementById("level").text())
        .isEqualTo(Texts.text(CA, "contribution.StandingLevel.PARTIAL"));
    assertThat(reversed.doc().getElementById("paymentsForm:payments").text())
        .contains("paid by another member")
        .contains("-40");

    // Carmen sees the same on her page and downloads her receipt; the UK manager cannot.
    WebClient carmen = signedIn("carmen.ortega@members.example");
    Page mine = carmen.get("contribution/my-contributions.xhtml");
    assertThat(mine.doc().getElementById("level").text())
        .isEqualTo(Texts.text(ES, "contribution.StandingLevel.PARTIAL"));
    String receiptHref = mine.doc().select("#payments a[href*=receipt]").last().attr("href");
    var pdf = carmen.download(receiptHref);
    assertThat(pdf.statusCode()).isEqualTo(200);
    try (var doc = Loader.loadPDF(pdf.body())) {
      assertThat(new PDFTextStripper().getText(doc))
          .contains("Carmen Ortega")
          .contains("ES-000005")
          .contains("Xarxa Comuna SCCL");
    }
    // Someone else's receipt answers as a receipt that does not exist.
    String missingReceipt = "api/contribution/receipt/987654.pdf";
    WebClient ukManager = signedIn(DemoData.MANAGER_UK);
    assertThat(ukManager.download(receiptHref).statusCode()).isEqualTo(404);
    assertThat(ukManager.download(missingReceipt).statusCode()).isEqualTo(404);
    assertThat(new String(ukManager.download(receiptHref).body()))
        .isEqualTo(new String(ukManager.download(missingReceipt).body()));
    // Her dashboard shows this year's standing.
    assertThat(carmen.get("index.xhtml").text())
        .contains(Texts.text(ES, "contribution.dashboard.title"))
        .contains(Texts.text(ES, "contribution.StandingLevel.PARTIAL"));
    // Her yearly statement lists the payments and the standing, in Spanish.
    var statement = carmen.download("api/contribution/statement/" + CARMEN + "/" + YEAR + ".pdf");
    assertThat(statement.statusCode()).isEqualTo(200);
    try (var doc = Loader.loadPDF(statement.body())) {
      assertThat(new PDFTextStripper().getText(doc))
          .contains("Carmen Ortega")
          .contains(Texts.text(ES, "contribution.StandingLevel.PARTIAL"))
          .containsPattern("60,00.?€");
    }
    assertThat(
            signedIn(DemoData.MANAGER_UK)
                .download("api/contribution/statement/" + CARMEN + "/" + YEAR + ".pdf")
                .statusCode())
        .isEqualTo(404);
    assertThat(signedIn("nuria.soler@members.example").download(receiptHref).statusCode())
        .isEqualTo(404);

    // The list of members by standing, computed now, shows her as partial.
    Page list = es.get("contribution/standing.xhtml?custodian=1&year=" + YEAR);
    Page computed = es.submit(list, "standingForm", "recompute", Map.of());
    Page partial =
        es.submit(
            computed, "standingForm", "filter", Map.of("level_input", "PARTIAL", "text", "carmen"));
    assertThat(partial.doc().getElementById("standingForm:members").text())
        .contains("Carmen Ortega");

    // Reminders: Carmen, below what is asked, gets one (in Spanish); a second click sends her none.
    Page reminded = es.submit(partial, "standingForm", "remind", Map.of());
    var reminder =
        Mailbox.await("carmen.ortega@members.example", Duration.ofSeconds(30)).orElseThrow();
    Page again = es.submit(reminded, "standingForm", "remind", Map.of());
    assertThat(reminder.getSubject())
        .isEqualTo(
            Texts.text(ES, "mail.contribution.reminder.subject", "", "", Integer.toString(YEAR)));
    // Amounts in her language's number format (Formatting): "100,00 €".
    assertThat(Mailbox.body(reminder)).contains("100,00\u00a0€").contains("60,00\u00a0€");
    assertThat(again.globalMessages())
        .contains(Texts.text(CA, "contribution.standingList.reminded", 0));
    awaitMailSentTo("carmen.ortega@members.example");
    assertThat(Mailbox.count("carmen.ortega@members.example")).isEqualTo(1);
  }

  @Test
  void managersOpeningANeverComputedStandingListAtOnceAllGetIt() throws Exception {
    int n = 6;
    java.util.List<WebClient> managers = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      managers.add(signedIn(i % 2 == 0 ? DemoData.MANAGER_UK : DemoData.ADMIN));
    }
    var ready = new java.util.concurrent.CountDownLatch(n);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(n);
    try {
      java.util.List<java.util.concurrent.Future<Page>> pages = new java.util.ArrayList<>();
      for (WebClient manager : managers) {
        pages.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  ready.await();
                  // A year nobody opened: the first views compute it, one after the other.
                  return manager.get(
                      "contribution/standing.xhtml?custodian="
                          + DemoData.CUSTODIAN_UK
                          + "&year=2031");
                }));
      }
      for (var page : pages) {
        Page answer = page.get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(answer.status()).as(answer.uri() + " " + answer.text()).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aMemberDeclaresALowerBandAndTheManagersSeeWhy() {
    WebClient javier = signedIn("javier.molina@members.example");
    Page mine = javier.get("contribution/my-contributions.xhtml");

    Page notLower =
        javier.submit(mine, "bandForm", "declare", Map.of("band_input", "", "reason", "x"));
    Page declared =
        javier.submit(
            mine, "bandForm", "declare", Map.of("band_input", "C", "reason", "I am a student"));

    assertThat(notLower.fieldMessage("bandForm:band")).isNotEmpty();
    assertThat(declared.globalMessages()).contains(Texts.text(ES, "contribution.band.declared"));
    assertThat(
            signedIn(DemoData.MANAGER_ES)
                .get("contribution/member-contributions.xhtml?id=6")
                .doc()
                .getElementById("band")
                .text())
        .contains("I am a student");
  }

  @Test
  void onlyAdminsChangeACountrysBand() {
    WebClient admin = signedIn(DemoData.ADMIN);
    Page bands = admin.get("contribution/bands.xhtml");

    Page changed =
        admin.submit(bands, "bandsForm", "change", Map.of("country", "AQ", "band_input", "D"));

    assertThat(changed.globalMessages())
        .contains(Texts.text(EN, "contribution.band.countryChanged", "AQ", "D"));
    assertThat(signedIn(DemoData.MANAGER_ES).get("contribution/bands.xhtml").status())
        .isEqualTo(403);
  }

  @Test
  void aPaymentForAYearNeverListedLeavesTheWholeListToItsFirstView() {
    WebClient es = signedIn(DemoData.MANAGER_ES);
    int past = YEAR - 4;
    Page page = es.get("contribution/member-contributions.xhtml?id=" + CARMEN + "&year=" + past);
    Map<String, String> f = new HashMap<>();
    number(f, "amount", "5");
    f.put("externalReference", "ES-IT-PAST-" + past);
    number(f, "fiscalYear", Integer.toString(past));
    Page recorded = es.submit(page, "paymentForm", "record", f);
    assertThat(String.join(" ", recorded.globalMessages()))
        .containsPattern("ES-" + YEAR + "-\\d{6}");

    Page list = es.get("contribution/standing.xhtml?custodian=1&year=" + past);

    // Every member of the custodian, not only the one whose payment came first.
    assertThat(list.doc().select("#standingForm\\:members tbody tr"))
        .hasSizeGreaterThan(5)
        .anyMatch(tr -> tr.text().contains("Carmen"));
  }

  private static Page record(WebClient manager, String amount, String reference) {
    return new Payments(manager)
        .payment()
        .of(CARMEN)
        .in(YEAR)
        .amount(amount)
        .reference(reference)
        .record();
  }

  private static void number(Map<String, String> fields, String id, String value) {
    Payments.number(fields, id, value);
  }

  private static int rowOf(Page page, String text) {
    var rows = page.doc().select("#paymentsForm\\:payments tbody tr");
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).text().contains(text)) {
        return i;
      }
    }
    throw new AssertionError(text + " not on " + page.uri());
  }
}
