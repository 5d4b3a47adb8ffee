package coop.spokes.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.platform.i18n.Texts;
import coop.spokes.testing.DemoData;
import coop.spokes.testing.Page;
import coop.spokes.testing.SpokesIT;
import coop.spokes.testing.WebClient;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Importing payments from a bank or payment platform (refusals first): every line's problems shown
 * after the background check; ignoring and assigning lines; all or nothing; re-importing the same
 * file adds nothing and says so; files over 25 MB refused with a message.
 */
class PaymentImportIT extends SpokesIT {
  static final Locale CA = Locale.forLanguageTag("ca");
  static final Locale EN = Locale.ENGLISH;
  static final String ES_PAGE =
      "contribution/payment-import.xhtml?custodian=" + DemoData.CUSTODIAN_ES;
  static final String DAY =
      LocalDate.now().minusDays(3).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

  @Test
  void anotherCustodiansManagerOrAMemberCannotImportNorSeeAnImport() {
    WebClient es = signedIn(DemoData.MANAGER_ES);
    String tag = UUID.randomUUID().toString().substring(0, 8);
    Page checked = upload(es, 0, bank(tag, "ES-000007", "60,00"));
    String batch = checked.uri().getQuery().replaceAll(".*batch=(\\d+).*", "$1");

    WebClient uk = signedIn(DemoData.MANAGER_UK);
    assertThat(uk.get(ES_PAGE).status()).isEqualTo(403);
    assertThat(uk.get(ES_PAGE + "&batch=" + batch).status()).isEqualTo(403);
    // Under the UK's own custodian, Spain's file answers as one that does not exist.
    assertSameAsMissing(
        uk,
        "contribution/payment-import.xhtml?custodian=2&batch=" + batch,
        "contribution/payment-import.xhtml?custodian=2&batch=987654");
    assertThat(signedIn("nuria.soler@members.example").get(ES_PAGE).status()).isEqualTo(403);
  }

  @Test
  void everyLineIsCheckedProblemsAreFixedAndTheFileIsRecordedOnceWithReceipts() {
    WebClient es = signedIn(DemoData.MANAGER_ES);
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String csv =
        "Date;Concept;Amount;Reference\n"
            + DAY
            + ";Quota ES-000007 Aina;60,00;"
            + tag
            + "-1\n"
            + DAY
            + ";Transfer from a stranger;40,00;"
            + tag
            + "-2\n"
            + DAY
            + ";Bank fees;-2,50;"
            + tag
            + "-3\n"
            + "31/02/2026;Quota ES-000008;30,00;"
            + tag
            + "-4\n"
            + DAY
            + ";Quota ES-000007 again;60,00;"
            + tag
            + "-1\n";

    Page checked = upload(es, 0, csv);
    String lines = checked.doc().getElementById("linesForm:lines").text();

    assertThat(checked.doc().getElementById("summary").text())
        .isEqualTo(Texts.text(CA, "contribution.import.summary", "payments.csv", 5, 1, 1, 3, 0));
    assertThat(lines)
        .contains(Texts.text(CA, "contribution.import.line.member"))
        .contains(Texts.text(CA, "contribution.import.line.amount"))
        .contains(Texts.text(CA, "contribution.import.line.date"))
        .contains(Texts.text(CA, "contribution.ImportOutcome.DUPLICATE"));
    // Nothing is recorded while problems remain.
    Page refused = es.submit(checked, "linesForm", "commit", Map.of());
    assertThat(refused.globalMessages())
        .contains(Texts.text(CA, "contribution.import.hasProblems", 3));

    // Assign the stranger's transfer to Irene (ES-000008), ignore the fees and the bad date.
    Page assigned =
        es.submit(refused, "linesForm", "lines:1:assign", Map.of("assignNumber", "ES-000008"));
    Page ignored = es.submit(assigned, "linesForm", "lines:2:ignore", Map.of());
    Page ready = es.submit(ignored, "linesForm", "lines:3:ignore", Map.of());
    Page committed = es.submit(ready, "linesForm", "commit", Map.of());

    assertThat(committed.globalMessages())
        .contains(Texts.text(CA, "contribution.import.committed", 2));
    String aina =
        es.get("contribution/member-contributions.xhtml?id=7")
            .doc()
            .getElementById("paymentsForm:payments")
            .text();
    assertThat(aina).contains(tag + "-1").containsPattern("ES-\\d{4}-\\d{6}");
    String irene =
        es.get("contribution/member-contributions.xhtml?id=8")
            .doc()
            .getElementById("paymentsForm:payments")
            .text();
    assertThat(irene).contains(tag + "-2");
  }

  @Test
  void importingTheSameFileAgainAddsNothingAndSaysSo() {
    WebClient es = signedIn(DemoData.MANAGER_ES);
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String csv =
        "id,created,amount,currency,customer_email,description\n"
            + tag
            + "-a,"
            + LocalDate.now().minusDays(2)
            + ",60.00,EUR,nuria.soler@members.example,2026\n"
            + tag
            + "-b,"
            + LocalDate.now().minusDays(2)
            + ",40.00,EUR,pau.ferrer@members.example,2026\n";

    Page first = upload(es, 1, csv);
    Page recorded = es.submit(first, "linesForm", "commit", Map.of());
    Page again = upload(es, 1, csv);
    Page nothing = es.submit(again, "linesForm", "commit", Map.of());

    assertThat(recorded.globalMessages())
        .contains(Texts.text(CA, "contribution.import.committed", 2));
    assertThat(again.doc().getElementById("linesForm:lines").text())
        .contains(Texts.text(CA, "contribution.ImportOutcome.DUPLICATE"))
        .doesNotContain(Texts.text(CA, "contribution.ImportOutcome.NEW"));
    assertThat(nothing.globalMessages())
        .contains(Texts.text(CA, "contribution.import.nothingNew", 2));
  }

  @Test
  void aDiscardedFileRecordsNothing() {
    WebClient es = signedIn(DemoData.MANAGER_ES);
    String tag = UUID.randomUUID().toString().substring(0, 8);
    Page checked = upload(es, 0, bank(tag, "ES-000007", "10,00"));

    Page discarded = es.submit(checked, "linesForm", "discard", Map.of());
    Page commitAfter = es.submit(discarded, "linesForm", "commit", Map.of());

    assertThat(discarded.globalMessages())
        .contains(Texts.text(CA, "contribution.import.discarded"));
    assertThat(discarded.doc().getElementById("state").text())
        .isEqualTo(Texts.text(CA, "contribution.import.status.DISCARDED"));
    assertThat(commitAfter.doc().getElementById("linesForm:commit")).isNull();
    assertThat(
            es.get("contribution/member-contributions.xhtml?id=7")
                .doc()
                .getElementById("paymentsForm:payments")
                .text())
        .doesNotContain(tag + "-x");
  }

  @Test
  void aFileOver25MegabytesIsRefusedWithAMessage() {
    WebClient es = signedIn(DemoData.MANAGER_ES);
    byte[] big = new byte[26 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) 'x');

    Page refused =
        es.submitWithFile(
            es.get(ES_PAGE), "uploadForm", "upload", Map.of(), "file", "big.csv", big);

    assertThat(refused.fieldMessage("uploadForm:file"))
        .isEqualTo(Texts.text(CA, "contribution.import.file.tooBig", 25));
  }

  private static String bank(String tag, String number, String amount) {
    return "Date;Concept;Amount;Reference\n"
        + DAY
        + ";Quota "
        + number
        + ";"
        + amount
        + ";"
        + tag
        + "-x\n";
  }

  /** Uploads with format {@code formatIndex} (0 bank, 1 platform) and waits for the check. */
  private static Page upload(WebClient manager, int formatIndex, String csv) {
    Page form = manager.get(ES_PAGE);
    String format =
        form.doc().select("#uploadForm\\:format_input option").get(formatIndex).attr("value");
    Page uploaded =
        manager.submitWithFile(
            form,
            "uploadForm",
            "upload",
            Map.of("format_input", format),
            "file",
            "payments.csv",
            csv.getBytes(StandardCharsets.UTF_8));
    String batch =
        uploaded
            .doc()
            .select("#recent a")
            .first()
            .attr("href")
            .replaceAll(".*batch=(\\d+).*", "$1");
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline) {
      Page page = manager.get(ES_PAGE + "&batch=" + batch);
      if (page.doc().getElementById("linesForm") != null) {
        return page;
      }
      try {
        Thread.sleep(300);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new AssertionError("import " + batch + " was not checked in time");
  }
}
