package coop.spokes.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.platform.i18n.Texts;
import coop.spokes.testing.DemoData;
import coop.spokes.testing.Page;
import coop.spokes.testing.SpokesIT;
import coop.spokes.testing.WebClient;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What reports stand on: exchange rates (set or imported by treasurers of all custodians, previewed
 * and committed all or nothing, idempotent), budgets (by a custodian's treasurers only), and
 * closing months, which freezes a month's rates and its fiscal year's budgets.
 */
class LedgerIT extends SpokesIT {
  static final Locale CA = Locale.forLanguageTag("ca");
  static final Locale EN = Locale.ENGLISH;
  static final String JORDI = "treasurer.es@spokes.example";
  static final String SOPHIE = "treasurer.qc@spokes.example";

  @Test
  void ratesAreImportedAllOrNothingAndOnce() {
    WebClient teo = signedIn(DemoData.TREASURER);
    byte[] bad = csv("currency,month,inverse_rate,source\nGBP,2019-03,0.84,ECB\nABC,2019-03,1,x\n");
    Page preview = upload(teo, bad);
    assertThat(preview.doc().getElementById("importForm:lines").text())
        .contains(Texts.text(EN, "transparency.rates.line.currency"));
    // Committing anyway (a forged press of the disabled button) saves nothing.
    teo.submit(preview, "importForm", "commit", Map.of());
    assertThat(teo.get("transparency/rates.xhtml?year=2019").doc().getElementById("rates").text())
        .doesNotContain("GBP");

    byte[] good =
        csv("currency;month;inverse_rate;source\nGBP;2019-03;0,84;ECB\nCAD;2019-03;1,5;ECB\n");
    Page first = upload(teo, good);
    assertThat(first.doc().getElementById("importForm:lines").text())
        .contains(Texts.text(EN, "transparency.rates.outcome.NEW"));
    Page saved = teo.submit(first, "importForm", "commit", Map.of());
    assertThat(saved.globalMessages()).contains(Texts.text(EN, "transparency.rates.imported", 2));
    String table =
        teo.get("transparency/rates.xhtml?year=2019").doc().getElementById("rates").text();
    assertThat(table).contains("1 GBP = 1.19047619 EUR").contains("1 CAD = 0.66666667 EUR");

    Page again = upload(teo, good);
    assertThat(again.doc().getElementById("importForm:lines").text())
        .contains(Texts.text(EN, "transparency.rates.outcome.UNCHANGED"))
        .doesNotContain(Texts.text(EN, "transparency.rates.outcome.NEW"));
    assertThat(teo.submit(again, "importForm", "commit", Map.of()).globalMessages())
        .contains(Texts.text(EN, "transparency.rates.imported", 0));
  }

  @Test
  void aCustodiansTreasurerReadsRatesButSetsOnlyItsOwnBudget() {
    WebClient jordi = signedIn(JORDI);
    Page rates = jordi.get("transparency/rates.xhtml");
    assertThat(rates.status()).isEqualTo(200);
    assertThat(rates.doc().getElementById("rateForm")).isNull();
    assertThat(rates.doc().getElementById("importForm")).isNull();

    Page budget =
        jordi.get("transparency/budgets.xhtml?custodian=" + DemoData.CUSTODIAN_ES + "&year=2031");
    String hosting = amountField(budget, 0);
    Page saved =
        jordi.submit(
            budget,
            "budgetForm",
            "save",
            Map.of(hosting, "1200", hosting.replace("_input", "_hinput"), "1200"));
    assertThat(saved.globalMessages())
        .as(saved.doc().getElementById("budgetForm").outerHtml())
        .contains(Texts.text(CA, "transparency.budget.saved", "2031"));
    assertThat(renderedAmount(saved, hosting)).isEqualTo("1200");
    Page reread =
        jordi.get("transparency/budgets.xhtml?custodian=" + DemoData.CUSTODIAN_ES + "&year=2031");
    assertThat(renderedAmount(reread, hosting)).isEqualTo("1200");

    // Another custodian's treasurer: the same answer as for no custodian; a member: no page.
    assertSameAsMissing(
        signedIn(SOPHIE),
        "transparency/budgets.xhtml?custodian=" + DemoData.CUSTODIAN_ES,
        "transparency/budgets.xhtml?custodian=987654");
    assertThat(signedIn("nuria.soler@members.example").get("transparency/budgets.xhtml").status())
        .isEqualTo(403);
    assertThat(signedIn("nuria.soler@members.example").get("transparency/rates.xhtml").status())
        .isEqualTo(403);
  }

  @Test
  void closingAMonthFreezesItsRatesAndItsYearsBudget() {
    YearMonth last = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
    assertThat(
            signedIn(JORDI).get("transparency/closing.xhtml").doc().getElementById("closingForm"))
        .isNull();
    WebClient teo = signedIn(DemoData.TREASURER);
    Page closing = teo.get("transparency/closing.xhtml");
    Page closed =
        teo.submit(closing, "closingForm", "close", Map.of("through_input", last.toString()));
    assertThat(closed.doc().getElementById("closed").text())
        .contains(Integer.toString(last.getYear()));

    Page rates = teo.get("transparency/rates.xhtml?year=" + last.getYear());
    Page refused =
        teo.submit(
            rates,
            "rateForm",
            "save",
            Map.of(
                "currency", "GBP",
                "month_input", Integer.toString(last.getMonthValue()),
                "rate_input", "1.1",
                "rate_hinput", "1.1"));
    assertThat(refused.fieldMessage("rateForm:month"))
        .isEqualTo(Texts.text(EN, "transparency.rate.closed"));
    assertThat(
            teo.get(
                    "transparency/budgets.xhtml?custodian="
                        + DemoData.CUSTODIAN_ES
                        + "&year="
                        + last.getYear())
                .text())
        .contains(Texts.text(EN, "transparency.budget.frozen"));
  }

  @Test
  void treasurersReadTheReportOfTheirCustodiansOnly() {
    WebClient teo = signedIn(DemoData.TREASURER);
    Page consolidated = teo.get("transparency/report.xhtml?period=2026-Q1");
    assertThat(consolidated.doc().getElementById("report")).isNotNull();
    assertThat(consolidated.doc().getElementById("expenses").text())
        .contains(Texts.text(EN, "transparency.report.expensesBy"))
        .contains("Hosting");
    assertThat(consolidated.doc().getElementById("ratesUsed").text()).contains("1 GBP = ");

    Page own = signedIn(JORDI).get("transparency/report.xhtml?period=2026-Q1");
    assertThat(own.doc().getElementById("expenses").text()).contains("Allotjament");
    assertThat(own.doc().getElementById("ratesUsed")).isNull();

    assertSameAsMissing(
        signedIn(SOPHIE),
        "transparency/report.xhtml?period=2026-Q1&custodian=" + DemoData.CUSTODIAN_ES,
        "transparency/report.xhtml?period=2026-Q1&custodian=987654");
    // A custodian's treasurer has no consolidated report; a member no report at all.
    assertThat(signedIn(SOPHIE).get("transparency/report.xhtml?period=2026-Q1").doc().text())
        .doesNotContain(Texts.text(EN, "transparency.report.consolidated") + " ");
    assertThat(signedIn("nuria.soler@members.example").get("transparency/report.xhtml").status())
        .isEqualTo(403);
  }

  @Test
  void everyFigureOpensTheLinesBehindItAndOnlyForThoseWhoReadTheReport() {
    WebClient jordi = signedIn(JORDI);
    Page report = jordi.get("transparency/report.xhtml?period=2026");
    // Hosting: the expenses behind the figure add up to it (a year with closed months in it).
    org.jsoup.nodes.Element hosting = report.doc().select("#expenses a[href*=key=hosting]").first();
    assertThat(hosting).isNotNull();
    Page lines = jordi.get(hosting.attr("href"));
    assertThat(lines.status()).isEqualTo(200);
    assertThat(lines.doc().getElementById("figure").text()).contains("Allotjament");
    assertThat(sumOfLines(lines)).isEqualByComparingTo(amount(hosting.text()));
    assertThat(lines.doc().select("#lines tbody a[href*=expense.xhtml]")).isNotEmpty();

    // An income cell: one line per member, adding up to the cell.
    org.jsoup.nodes.Element cell = report.doc().select("#income a").first();
    Page members = jordi.get(cell.attr("href"));
    assertThat(members.doc().select("#lines tbody tr")).isNotEmpty();
    assertThat(sumOfLines(members)).isEqualByComparingTo(amount(cell.text()));

    // Volunteer hours and paid work open too.
    assertThat(jordi.get(report.doc().select("#shadow a").first().attr("href")).status())
        .isEqualTo(200);

    // Refusals: another custodian's lines, a cell of another custodian under one's own report,
    // a made-up page position, and a member who reads no report.
    String foreign = "transparency/trace.xhtml?period=2026&figure=EXPENSE&key=hosting&custodian=";
    assertSameAsMissing(signedIn(SOPHIE), foreign + DemoData.CUSTODIAN_ES, foreign + 987654);
    assertThat(
            jordi
                .get(
                    "transparency/trace.xhtml?period=2026&figure=INCOME&custodian="
                        + DemoData.CUSTODIAN_ES
                        + "&key="
                        + DemoData.CUSTODIAN_QC
                        + ":PRODUCER")
                .status())
        .isEqualTo(404);
    assertThat(jordi.get(hosting.attr("href") + "&from=7").status()).isEqualTo(404);
    assertThat(
            signedIn("nuria.soler@members.example").get(foreign + DemoData.CUSTODIAN_ES).status())
        .isEqualTo(403);
  }

  /** The sum of the amounts in the last column of the lines of a trace page. */
  private static java.math.BigDecimal sumOfLines(Page lines) {
    return lines.doc().select("#lines tbody tr td:last-child").stream()
        .map(td -> amount(td.text()))
        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
  }

  /** An amount as Catalan writes it ("1.234,56 €"). */
  private static java.math.BigDecimal amount(String text) {
    String digits = text.replaceAll("[^0-9,\\-−]", "").replace('−', '-').replace(',', '.');
    return new java.math.BigDecimal(digits);
  }

  private static Page upload(WebClient who, byte[] content) {
    Page page = who.get("transparency/rates.xhtml");
    return who.submitWithFile(
        page, "importForm", "preview", Map.of(), "file", "rates.csv", content);
  }

  private static String amountField(Page budget, int index) {
    return budget.doc().select("#budgetForm input[id$=amount_input]").get(index).attr("name");
  }

  /** The amount an input number shows (PrimeFaces renders it from its widget's settings). */
  private static String renderedAmount(Page page, String inputName) {
    String widget = inputName.replace("_input", "").replace(':', '_');
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "widget_"
                    + java.util.regex.Pattern.quote(widget)
                    + "\",\\{[^}]*valueToRender:\"([^\"]*)\"")
            .matcher(page.body());
    if (!m.find() || m.group(1).isEmpty()) {
      return "";
    }
    return new java.math.BigDecimal(m.group(1)).stripTrailingZeros().toPlainString();
  }

  private static byte[] csv(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
