package coop.spokes.membership;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.platform.i18n.Texts;
import coop.spokes.testing.DemoData;
import coop.spokes.testing.Mailbox;
import coop.spokes.testing.Page;
import coop.spokes.testing.SpokesIT;
import coop.spokes.testing.WebClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A member moves to another custodian: both custodians' managers approve (refusals first), the
 * member accepts the new terms, gets a new number, and both registers keep the history.
 */
class TransferIT extends SpokesIT {
  static final Locale CA = Locale.forLanguageTag("ca");
  static final String LAIA = "laia.casals@members.example";
  static final String MARC = "marc.riera@members.example";

  @Test
  void aManagerOfNeitherCustodianCannotSeeOrDecideAMove() {
    WebClient marc = signedIn(MARC);
    Page requested = ask(marc, 4, DemoData.CUSTODIAN_QC, "moving to Montréal");
    assertThat(requested.globalMessages())
        .contains(Texts.text(CA, "membership.transfer.requested"));
    WebClient nz = signedIn("manager.nz@spokes.example");

    Page page = nz.get("membership/review/transfers.xhtml?custodian=" + DemoData.CUSTODIAN_ES);
    Page ownPage = nz.get("membership/review/transfers.xhtml");

    assertThat(page.status()).isEqualTo(403);
    assertThat(ownPage.status()).isEqualTo(200);
    assertThat(ownPage.text()).doesNotContain("Marc Riera");
    // An admin reaches every custodian's moves from the menu and switches between custodians.
    WebClient admin = signedIn(DemoData.ADMIN);
    Page adminPage =
        admin.get("membership/review/transfers.xhtml?custodian=" + DemoData.CUSTODIAN_ES);
    assertThat(adminPage.status()).isEqualTo(200);
    assertThat(adminPage.text()).contains("Marc Riera");
    assertThat(adminPage.doc().select("a[href*=membership/review/transfers.xhtml]"))
        .extracting(a -> a.attr("href"))
        .anyMatch(href -> href.endsWith("/membership/review/transfers.xhtml"))
        .anyMatch(href -> href.contains("custodian=" + DemoData.CUSTODIAN_QC));
    // A member cannot reach the managers' page either, nor another member's transfers.
    assertThat(
            signedIn(LAIA)
                .get("membership/review/transfers.xhtml?custodian=" + DemoData.CUSTODIAN_ES)
                .status())
        .isEqualTo(403);

    // The Québec managers refuse with a reason, which Marc receives in Catalan.
    WebClient qc = signedIn("manager.qc@spokes.example");
    Page qcPage = qc.get("membership/review/transfers.xhtml");
    Page noReason = qc.submit(qcPage, "transfersForm", "transfers:0:reject", Map.of());
    assertThat(plain(noReason.fieldMessage("transfersForm:rejectReason")))
        .isEqualTo(plain(Texts.text(Locale.FRENCH, "membership.transfer.reasonRequired", 1000)));
    Page refused =
        qc.submit(
            noReason,
            "transfersForm",
            "transfers:0:reject",
            Map.of("rejectReason", "We only take members living in Québec."));
    assertThat(refused.globalMessages().stream().map(TransferIT::plain))
        .contains(plain(Texts.text(Locale.FRENCH, "membership.transfers.rejected")));
    assertThat(
            Mailbox.body(
                Mailbox.awaitSubject(
                        MARC,
                        Texts.text(CA, "mail.membership.transferRejected.subject"),
                        Duration.ofSeconds(30))
                    .orElseThrow()))
        .contains("We only take members living in Québec.");
    Page mine = marc.get("membership/my-membership.xhtml");
    assertThat(mine.doc().getElementById("mineForm:transfers").text())
        .contains(Texts.text(CA, "membership.TransferStatus.REJECTED"));
  }

  @Test
  void bothCustodiansApproveAndTheMemberTakesANumberAtTheNewOne() throws Exception {
    WebClient laia = signedIn(LAIA);
    Page withoutTerms = askWithoutTerms(laia, 3, DemoData.CUSTODIAN_UK, "I live in Bristol now");
    assertThat(withoutTerms.text()).contains(Texts.text(CA, "membership.transfer.termsRequired"));
    Page requested = ask(laia, 3, DemoData.CUSTODIAN_UK, "I live in Bristol now");
    assertThat(requested.globalMessages())
        .contains(Texts.text(CA, "membership.transfer.requested"));
    Page again = ask(laia, 3, DemoData.CUSTODIAN_UK, "twice");
    assertThat(again.text()).contains(Texts.text(CA, "membership.transfer.pendingExists"));

    // The UK managers approve first; nothing moves yet.
    WebClient uk = signedIn(DemoData.MANAGER_UK);
    Page ukPage = uk.get("membership/review/transfers.xhtml");
    int row = rowOf(ukPage, "Laia Casals");
    Page ukApproved = uk.submit(ukPage, "transfersForm", "transfers:" + row + ":approve", Map.of());
    assertThat(ukApproved.globalMessages())
        .contains(Texts.text(Locale.ENGLISH, "membership.transfers.approved"));
    assertThat(uk.get("membership/review/member.xhtml?id=3").status()).isEqualTo(404);

    // Both custodians' standing lists of this year are computed before the move ...
    WebClient es = signedIn(DemoData.MANAGER_ES);
    assertThat(es.get("contribution/standing.xhtml").text()).contains("Laia Casals");
    assertThat(uk.get("contribution/standing.xhtml").text()).doesNotContain("Laia Casals");

    // Then Spain approves: the move completes with a UK number.
    Page esPage = es.get("membership/review/transfers.xhtml");
    Page done =
        es.submit(
            esPage,
            "transfersForm",
            "transfers:" + rowOf(esPage, "Laia Casals") + ":approve",
            Map.of());
    assertThat(String.join(" ", done.globalMessages())).containsPattern("UK-\\d{6}");
    String welcome =
        Mailbox.body(
            Mailbox.awaitSubject(
                    LAIA,
                    Texts.text(CA, "mail.membership.transferred.subject"),
                    Duration.ofSeconds(30))
                .orElseThrow());
    assertThat(welcome).contains("ES-000003").containsPattern("UK-\\d{6}");

    // The UK managers now hold the member, with the move in its history; Spain no longer does.
    Page member = uk.get("membership/review/member.xhtml?id=3");
    assertThat(member.status()).isEqualTo(200);
    assertThat(member.doc().getElementById("number").text()).startsWith("UK-");
    assertThat(member.doc().getElementById("history").text()).contains("ES-000003 →");
    assertThat(member.doc().getElementById("transfers").text()).contains("ES-000003");
    assertThat(es.get("membership/review/member.xhtml?id=3").status()).isEqualTo(404);
    // ... and follow it at once: she leaves Spain's list and joins the UK's.
    assertThat(es.get("contribution/standing.xhtml").text()).doesNotContain("Laia Casals");
    assertThat(uk.get("contribution/standing.xhtml").text()).contains("Laia Casals");

    // Both registers keep her: Spain's under the old number, left on the day of the move.
    String esRegister = es.get("api/membership/register/" + DemoData.CUSTODIAN_ES + ".csv").body();
    String ukRegister = uk.get("api/membership/register/" + DemoData.CUSTODIAN_UK + ".csv").body();
    assertThat(esRegister.lines().filter(l -> l.contains("Laia Casals")))
        .singleElement()
        .satisfies(l -> assertThat(l).startsWith("ES-000003,").contains(",MOVED,,UK-"));
    assertThat(ukRegister.lines().filter(l -> l.contains("Laia Casals")))
        .singleElement()
        .satisfies(l -> assertThat(l).startsWith("UK-").endsWith(",ES-000003,"));
    assertThat(
            laia.get("membership/my-membership.xhtml")
                .doc()
                .getElementById("mineForm:memberships")
                .text())
        .containsPattern("UK-\\d{6}");
  }

  private Page ask(WebClient member, long memberId, long custodian, String reason) {
    Map<String, String> fields = new HashMap<>();
    fields.put("transferMember_input", "" + memberId);
    fields.put("reason", reason);
    fields.put("transferTerms_input", "on");
    fields.put("custodian_input", "" + custodian);
    return member.submit(
        member.get("membership/my-membership.xhtml"), "mineForm", "requestTransfer", fields);
  }

  /** Asks without ticking the terms. */
  private static Page askWithoutTerms(
      WebClient member, long memberId, long custodian, String reason) {
    return member.submit(
        member.get("membership/my-membership.xhtml"),
        "mineForm",
        "requestTransfer",
        Map.of(
            "transferMember_input", "" + memberId,
            "custodian_input", "" + custodian,
            "reason", reason));
  }

  /** Text with no-break spaces (French punctuation) as plain ones, as the page shows them. */
  private static String plain(String text) {
    return text.replace('\u00a0', ' ').replace('\u202f', ' ');
  }

  private static int rowOf(Page page, String name) {
    var rows = page.doc().select("#transfersForm\\:transfers tbody tr");
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).text().contains(name)) {
        return i;
      }
    }
    throw new AssertionError(name + " not on " + page.uri() + ": " + page.text());
  }
}
