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
import java.util.List;
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
    Page saved = saveAmount(jordi, budget, hosting, "1200");
    assertThat(saved.globalMessages())
        .as(saved.doc().getElementById("budgetForm").outerHtml())
        .contains(Texts.text(CA, "transparency.budget.saved", "2031"));
    assertThat(renderedAmount(saved, hosting)).isEqualTo("1200");
    Page reread =
        jordi.get("transparency/budgets.xhtml?custodian=" + DemoData.CUSTODIAN_ES + "&year=2031");
    assertThat(renderedAmount(reread, hosting)).isEqualTo("1200");

    // Jordi posts his own budget form with Quebec's id in its address: answered as an unknown
    // custodian, nothing saved in Quebec's budget.
    org.jsoup.nodes.Document doc = reread.doc();
    org.jsoup.nodes.Element form = doc.getElementById("budgetForm");
    form.attr(
        "action",
        form.attr("action").replaceAll("\\?.*", "")
            + "?custodian="
            + DemoData.CUSTODIAN_QC
            + "&year=2031");
    Page forged = new Page(reread.status(), reread.uri(), reread.headers(), doc.outerHtml());
    Page refused = saveAmount(jordi, forged, hosting, "9999");
    assertThat(refused.status()).isEqualTo(404);
    Page qcBudget =
        signedIn(SOPHIE)
            .get("transparency/budgets.xhtml?custodian=" + DemoData.CUSTODIAN_QC + "&year=2031");
    assertThat(qcBudget.status()).isEqualTo(200);
    assertThat(qcBudget.body()).doesNotContain("9999");

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
    // a made-up page position, and a member who reads no report (as if none of them existed).
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
        .isEqualTo(404);
  }

  @Test
  void aTreasurerExportsTheYearInTheBackgroundAndOnlyTheyFetchTheFiles() throws Exception {
    WebClient teo = signedIn(DemoData.TREASURER);
    Page report = teo.get("transparency/report.xhtml?period=2026");
    String income = report.doc().getElementById("incomeTotal").text();
    String expenses = report.doc().getElementById("expensesTotal").text();

    java.net.URI following = teo.submit(report, "exportForm", "exportPdf", Map.of()).uri();
    assertThat(following.getQuery()).contains("export=");
    String pdfHref = readyExport(teo, following);
    var pdf = teo.download(pdfHref);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
      assertThat(text)
          .contains(Texts.text(EN, "transparency.report.income") + " " + income)
          .contains(Texts.text(EN, "transparency.report.expenses") + " " + expenses)
          .contains(Texts.text(EN, "transparency.pdf.ledger"))
          .contains("page 1 of " + doc.getNumberOfPages());
    }

    String csvHref =
        readyExport(
            teo,
            teo.submit(
                    teo.get("transparency/report.xhtml?period=2026"),
                    "exportForm",
                    "exportCsv",
                    Map.of())
                .uri());
    var csv = teo.download(csvHref);
    String lines = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(lines).startsWith("\uFEFFsection,day,custodian,group,who,reference,hours,amount");
    assertThat(lines).contains("\nincome,2026-").contains("\nexpense,2026-");

    // Another treasurer can neither fetch the files nor follow the export.
    WebClient jordi = signedIn(JORDI);
    assertThat(jordi.download(pdfHref).statusCode()).isEqualTo(404);
    String token = following.getQuery().replaceAll(".*export=([^&]*).*", "$1");
    assertThat(
            jordi
                .get(
                    "transparency/report.xhtml?period=2026&custodian="
                        + DemoData.CUSTODIAN_ES
                        + "&export="
                        + token)
                .status())
        .isEqualTo(404);
  }

  @Test
  void anyoneReadsThePublicFiguresInTheirLanguageAndAsDescribedJson() {
    WebClient visitor = visitor();
    assertThat(visitor.get("").doc().getElementById("transparency")).isNotNull(); // home links it
    Page page = visitor.get("transparency/public.xhtml?period=2026");
    assertThat(page.status()).isEqualTo(200);
    String income = page.doc().getElementById("incomeTotal").text();
    assertThat(page.doc().getElementById("expenses").text()).contains("Hosting");
    // No personal data: neither a payee nor a member is named.
    assertThat(page.text()).doesNotContain("Carmen Ortega").doesNotContain("Núria Soler");

    for (String language : List.of("es", "ca", "fr")) {
      Page translated =
          visitor().acceptLanguage(language).get("transparency/public.xhtml?period=2026");
      assertThat(translated.doc().select("h1").text())
          .isEqualTo(Texts.text(Locale.forLanguageTag(language), "transparency.public.title"));
    }

    Page json = visitor.get("api/transparency/2026");
    assertThat(json.status()).isEqualTo(200);
    java.util.regex.Matcher total =
        java.util.regex.Pattern.compile("\"incomeTotal\":([0-9.]+)").matcher(json.body());
    assertThat(total.find()).isTrue();
    assertThat(new java.math.BigDecimal(total.group(1)))
        .isEqualByComparingTo(income.replaceAll("[^0-9.]", ""));
    assertThat(json.body()).contains("\"foldBelow\":3").doesNotContain("Carmen");

    assertThat(visitor.get("transparency/public.xhtml?period=2026-13").status()).isEqualTo(404);
    assertThat(visitor.get("api/transparency/1999").status()).isEqualTo(404);
    assertThat(visitor.get("api/transparency/2026-01-01..2026-02-01").status()).isEqualTo(404);

    Page openApi = visitor.get("/openapi");
    assertThat(openApi.status()).isEqualTo(200);
    assertThat(openApi.body()).contains("transparency/{period}");
  }

  @Test
  void adminsNameCategoriesInEveryLanguageAndOthersCannot() {
    WebClient admin = signedIn(DemoData.ADMIN);
    Page page = admin.get("transparency/categories.xhtml");
    assertThat(page.status()).isEqualTo(200);
    // The first category's names: a blank Catalan name is refused at its field, nothing saved.
    String prefix = "categoriesForm:rows:0:langs:";
    Page refused =
        admin.submit(page, "categoriesForm", "rows:0:save", Map.of(prefix + "2:name", " "));
    assertThat(refused.fieldMessage(prefix + "2:name"))
        .as("%s %s", refused.uri(), refused.globalMessages())
        .isEqualTo(Texts.text(EN, "transparency.category.name", 80));
    Page saved =
        admin.submit(
            admin.get("transparency/categories.xhtml"),
            "categoriesForm",
            "rows:0:save",
            Map.of(prefix + "0:name", "Hosting and storage"));
    assertThat(saved.globalMessages()).contains(Texts.text(EN, "transparency.categories.saved"));
    assertThat(visitor().get("transparency/public.xhtml?period=2026").text())
        .contains("Hosting and storage");
    admin.submit(
        admin.get("transparency/categories.xhtml"),
        "categoriesForm",
        "rows:0:save",
        Map.of(prefix + "0:name", "Hosting"));

    assertThat(signedIn(DemoData.TREASURER).get("transparency/categories.xhtml").status())
        .isEqualTo(403);
  }

  @Test
  void aMemberChoosesToBeNamedForTheirPaidWorkAndTakesItBack() {
    WebClient aina = signedIn("aina.roca@members.example");
    Page claims = aina.get("transparency/claims.xhtml");
    Page named = aina.submit(claims, "namedForm", "saveNamed", Map.of("named_input", "on"));
    assertThat(named.globalMessages()).contains(Texts.text(CA, "transparency.claims.namedNow"));
    assertThat(
            aina.get("transparency/claims.xhtml")
                .doc()
                .getElementById("namedForm:named_input")
                .hasAttr("checked"))
        .isTrue();
    Page unnamed =
        aina.submit(
            aina.get("transparency/claims.xhtml"),
            "namedForm",
            "saveNamed",
            Map.of("named_input", ""));
    assertThat(unnamed.globalMessages()).contains(Texts.text(CA, "transparency.claims.unnamedNow"));
  }

  /** Follows an export's progress on the report page until its file is ready: the file's link. */
  private static String readyExport(WebClient who, java.net.URI page) {
    String[] href = {null};
    coop.spokes.testing.Waits.until(
        "the export is ready",
        () -> {
          var link = who.get(page.toString()).doc().getElementById("exportFile");
          href[0] = link == null ? null : link.attr("href");
          return href[0] != null;
        });
    return href[0];
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

  /** Saves the budget form of {@code page} with {@code amount} in the input named {@code field}. */
  private static Page saveAmount(WebClient client, Page page, String field, String amount) {
    return client.submit(
        page,
        "budgetForm",
        "save",
        Map.of(field, amount, field.replace("_input", "_hinput"), amount));
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
