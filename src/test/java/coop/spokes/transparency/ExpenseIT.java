package coop.spokes.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.identity.Accounts;
import coop.spokes.platform.i18n.Texts;
import coop.spokes.testing.DemoData;
import coop.spokes.testing.Mailbox;
import coop.spokes.testing.Page;
import coop.spokes.testing.SpokesIT;
import coop.spokes.testing.WebClient;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/**
 * Claims for reimbursement: a member claims with a receipt checked by its content; the custodian's
 * treasurers approve it (one below the set amount, two from it, with the treasurers of all
 * custodians when the custodian's own are too few), never the claimant; a change after approval is
 * a new revision to approve again; the claimant is mailed at each step; refusals first.
 */
class ExpenseIT extends SpokesIT {
  static final Locale CA = Locale.forLanguageTag("ca");
  static final Locale EN = Locale.ENGLISH;
  static final String MARC = "marc.riera@members.example"; // active member of Xarxa Comuna (ES)
  static final String JORDI = "treasurer.es@spokes.example"; // treasurer of Xarxa Comuna only
  static final String SOPHIE = "treasurer.qc@spokes.example"; // treasurer of the Quebec custodian

  @Test
  void aClaimBelowTheAmountNeedsOneTreasurerOfItsCustodianThenIsPaid() throws Exception {
    String what = "Train to the assembly " + tag();
    WebClient marc = signedIn(MARC);
    Page done = claim(marc, what, "40", pdf());
    assertThat(done.globalMessages()).contains(Texts.text(CA, "transparency.claim.submitted", 1));
    long id = idOf(done, what);
    Mailbox.awaitSubject(MARC, Texts.text(CA, "mail.transparency.expense.submitted.subject"), WAIT)
        .orElseThrow();

    // The treasurer of all custodians sees it but is not in its pool: Xarxa Comuna has its own.
    WebClient teo = signedIn(DemoData.TREASURER);
    Page teos = teo.get("transparency/expense.xhtml?id=" + id);
    assertThat(teos.status()).isEqualTo(200);
    assertThat(teos.doc().getElementById("decisionForm:approve")).isNull();
    assertThat(teo.get("transparency/expenses.xhtml").doc().getElementById("waitingForm").text())
        .doesNotContain(what);
    // The claimant is offered no decision on his own claim.
    assertThat(marc.get("transparency/expense.xhtml?id=" + id).doc().getElementById("decisionForm"))
        .isNull();

    WebClient jordi = signedIn(JORDI);
    assertThat(jordi.get("transparency/expenses.xhtml").doc().getElementById("waitingForm").text())
        .contains(what);
    Page approved = decide(jordi, id, "approve", Map.of());
    assertThat(approved.globalMessages())
        .contains(Texts.text(CA, "transparency.expense.approvedNow"));
    Mailbox.awaitSubject(MARC, Texts.text(CA, "mail.transparency.expense.approved.subject"), WAIT)
        .orElseThrow();

    Page paid = decide(jordi, id, "pay", Map.of());
    assertThat(paid.doc().getElementById("state").text())
        .contains(Texts.text(CA, "transparency.ExpenseState.PAID"));
    Mailbox.awaitSubject(MARC, Texts.text(CA, "mail.transparency.expense.paid.subject"), WAIT)
        .orElseThrow();
    // Paid: nobody may change it any more.
    assertThat(marc.get("transparency/expense.xhtml?id=" + id).doc().getElementById("changeForm"))
        .isNull();

    // The receipt is served to the claimant and the custodian's treasurers, as checked.
    String receipt =
        jordi
            .get("transparency/expense.xhtml?id=" + id)
            .doc()
            .getElementById("receipt")
            .attr("href");
    HttpResponse<byte[]> file = jordi.download(receipt.replaceFirst("^/[^/]*/api/", "api/"));
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    assertThat(new String(file.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }

  @Test
  void aLargerExpenseNeedsTwoApprovalsAndAChangeNeedsThemAgain() throws Exception {
    // Jordi records an invoice for Xarxa Comuna, of which he is the only demo treasurer: its own
    // treasurers but him are too few for two approvals, so the treasurers of all custodians
    // approve it: Teo, and one more this test opens.
    String tess =
        new Accounts(signedIn(DemoData.ADMIN), this::visitor)
            .account()
            .role("TREASURER", null)
            .open();
    String what = "Object storage for recordings " + tag();
    WebClient jordi = signedIn(JORDI);
    Page done = invoice(jordi, what, "400");
    assertThat(done.globalMessages()).contains(Texts.text(CA, "transparency.claim.submitted", 2));
    long id = idOf(done, what);
    Page shown = jordi.get("transparency/expense.xhtml?id=" + id);
    assertThat(shown.doc().getElementById("pool").text())
        .isEqualTo(
            Texts.text(
                CA,
                "transparency.expense.poolAll",
                shown.doc().getElementById("custodian").text()));
    // Jordi may not approve what he recorded.
    assertThat(
            jordi.get("transparency/expense.xhtml?id=" + id).doc().getElementById("decisionForm"))
        .isNull();

    WebClient teo = signedIn(DemoData.TREASURER);
    assertThat(teo.get("transparency/expenses.xhtml").doc().getElementById("waitingForm").text())
        .contains(what);
    assertThat(decide(teo, id, "approve", Map.of()).globalMessages())
        .contains(Texts.text(EN, "transparency.expense.approvalRecorded"));
    WebClient second = new WebClient(base());
    second.signIn(tess, Accounts.PASSWORD);
    assertThat(decide(second, id, "approve", Map.of()).globalMessages())
        .contains(Texts.text(EN, "transparency.expense.approvedNow"));

    // Jordi changes the amount after approval: a new revision, to be approved again.
    Page page = jordi.get("transparency/expense.xhtml?id=" + id);
    Map<String, String> f = new HashMap<>();
    f.put("amount_input", "420");
    f.put("amount_hinput", "420");
    Page changed = jordi.submit(page, "changeForm", "revise", f);
    assertThat(changed.globalMessages())
        .contains(Texts.text(CA, "transparency.expense.revisedNow"));
    assertThat(changed.doc().getElementById("state").text())
        .contains(Texts.text(CA, "transparency.ExpenseState.SUBMITTED"))
        .contains("(0 ");
    assertThat(changed.doc().getElementById("revisions").text())
        .contains(Texts.text(CA, "transparency.ExpenseState.APPROVED"))
        .contains("400");
    assertThat(teo.get("transparency/expenses.xhtml").doc().getElementById("waitingForm").text())
        .contains(what);
  }

  @Test
  void aFileRenamedPdfThatIsNotOneIsRefusedAndNothingIsSaved() {
    String what = "Not a receipt " + tag();
    WebClient marc = signedIn(MARC);
    Page refused =
        claim(marc, what, "12", "%PDF-1.7 not really\n".getBytes(StandardCharsets.US_ASCII));
    assertThat(refused.fieldMessage("claimForm:receipt"))
        .isEqualTo(Texts.text(CA, "transparency.receipt.type"));
    Page plain = claim(marc, what, "12", "name,amount\nx,1\n".getBytes(StandardCharsets.UTF_8));
    assertThat(plain.fieldMessage("claimForm:receipt"))
        .isEqualTo(Texts.text(CA, "transparency.receipt.type"));
    assertThat(marc.get("transparency/claims.xhtml").doc().getElementById("mineForm").text())
        .doesNotContain(what);
  }

  @Test
  void aMemberCannotClaimFromAnotherCustodianByForgingTheForm() {
    String what = "Forged custodian " + tag();
    WebClient marc = signedIn(MARC); // a member of Xarxa Comuna only
    Page form = marc.get("transparency/claims.xhtml");
    Map<String, String> f = new HashMap<>();
    f.put("custodian_input", Long.toString(DemoData.CUSTODIAN_UK));
    f.put("category_input", "travel");
    f.put("description", what);
    f.put("amount_input", "20");
    f.put("amount_hinput", "20");
    f.put("currency", "GBP");
    f.put("spentOn_input", LocalDate.now().toString());
    marc.submitWithFile(form, "claimForm", "submit", f, "receipt", "receipt.pdf", pdf());
    assertThat(marc.get("transparency/claims.xhtml").doc().getElementById("mineForm").text())
        .doesNotContain(what);
    assertThat(
            signedIn(DemoData.TREASURER)
                .get("transparency/expenses.xhtml?custodian=" + DemoData.CUSTODIAN_UK)
                .text())
        .doesNotContain(what);
  }

  @Test
  void nobodyElseSeesAClaimOrItsReceipt() throws Exception {
    String what = "Conference fee " + tag();
    WebClient marc = signedIn(MARC);
    long id = idOf(claim(marc, what, "30", pdf()), what);
    String receipt =
        marc.get("transparency/expense.xhtml?id=" + id)
            .doc()
            .getElementById("receipt")
            .attr("href");
    String api = receipt.replaceFirst("^/[^/]*/api/", "api/");

    // Another member, and another custodian's treasurer: the same answer as for no expense.
    for (String who : new String[] {"nuria.soler@members.example", SOPHIE}) {
      WebClient other = signedIn(who);
      assertSameAsMissing(
          other, "transparency/expense.xhtml?id=" + id, "transparency/expense.xhtml?id=987654321");
      assertThat(other.download(api).statusCode()).isEqualTo(404);
    }
    // A member who is no treasurer has no expenses page.
    assertThat(signedIn("nuria.soler@members.example").get("transparency/expenses.xhtml").status())
        .isEqualTo(403);
    // Another custodian's treasurer cannot list Xarxa Comuna's expenses by view parameter.
    assertSameAsMissing(
        signedIn(SOPHIE),
        "transparency/expenses.xhtml?custodian=" + DemoData.CUSTODIAN_ES,
        "transparency/expenses.xhtml?custodian=987654");
    // A visitor is sent to sign in, and gets nothing from the API.
    WebClient visitor = new WebClient(base());
    assertThat(visitor.download(api).statusCode()).isIn(401, 403);
  }

  @Test
  void aTreasurerOutsideThePoolCannotApproveByForgingTheForm() throws Exception {
    WebClient marc = signedIn(MARC);
    String small = "Stamps " + tag();
    long outside = idOf(claim(marc, small, "8", pdf()), small);
    String large = "Switch " + tag();
    WebClient jordi = signedIn(JORDI);
    long inPool = idOf(invoice(jordi, large, "300"), large);

    // Teo may approve Jordi's invoice (its custodian's other treasurers are too few for two
    // approvals), but posts his page's form with the smaller claim's id: refused, nothing recorded.
    WebClient teo = signedIn(DemoData.TREASURER);
    Page own = teo.get("transparency/expense.xhtml?id=" + inPool);
    String action = own.doc().getElementById("decisionForm").attr("action");
    Page forged =
        new Page(
            own.status(),
            own.uri(),
            own.headers(),
            own.body()
                .replace(
                    "action=\"" + action + "\"",
                    "action=\"" + action.replaceAll("\\?.*", "") + "?id=" + outside + "\""));
    Page refused = teo.submit(forged, "decisionForm", "approve", Map.of());
    assertThat(refused.globalMessages())
        .contains(Texts.text(EN, "transparency.expense.notApprover"));
    assertThat(
            marc.get("transparency/expense.xhtml?id=" + outside)
                .doc()
                .getElementById("state")
                .text())
        .contains(Texts.text(CA, "transparency.ExpenseState.SUBMITTED"))
        .contains("(0 ");
  }

  static final Duration WAIT = Duration.ofSeconds(20);

  private Page claim(WebClient who, String what, String amount, byte[] receipt) {
    Page form = who.get("transparency/claims.xhtml");
    Map<String, String> f = new HashMap<>();
    f.put("custodian_input", Long.toString(DemoData.CUSTODIAN_ES));
    f.put("category_input", "travel");
    f.put("description", what);
    f.put("amount_input", amount);
    f.put("amount_hinput", amount);
    f.put("currency", "EUR");
    f.put("spentOn_input", LocalDate.now().toString());
    return who.submitWithFile(form, "claimForm", "submit", f, "receipt", "receipt.pdf", receipt);
  }

  private Page invoice(WebClient treasurer, String what, String amount) {
    Page form = treasurer.get("transparency/claims.xhtml");
    Map<String, String> f = new HashMap<>();
    f.put("custodian_input", Long.toString(DemoData.CUSTODIAN_ES));
    f.put("invoice_input", "on");
    f.put("payee", "Scaleway SAS");
    f.put("category_input", "hosting");
    f.put("description", what);
    f.put("amount_input", amount);
    f.put("amount_hinput", amount);
    f.put("currency", "EUR");
    f.put("spentOn_input", LocalDate.now().toString());
    return treasurer.submitWithFile(
        form, "claimForm", "submit", f, "receipt", "invoice.png", png());
  }

  private Page decide(WebClient who, long id, String button, Map<String, String> values) {
    Page page = who.get("transparency/expense.xhtml?id=" + id);
    return who.submit(page, "decisionForm", button, values);
  }

  /** The id of the claim described {@code what}, from the link in the list of one's claims. */
  private static long idOf(Page page, String what) {
    return page.doc().select("#mineForm a").stream()
        .filter(a -> a.text().equals(what))
        .map(a -> Long.parseLong(a.attr("href").replaceAll(".*[?&]id=(\\d+).*", "$1")))
        .findFirst()
        .orElseThrow(() -> new AssertionError(what + " is not among the claims: " + page.text()));
  }

  private static String tag() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  static byte[] pdf() {
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] png() {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
