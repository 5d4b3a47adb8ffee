package coop.spokes.custodian;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.platform.i18n.Texts;
import coop.spokes.testing.DemoData;
import coop.spokes.testing.Page;
import coop.spokes.testing.SpokesIT;
import coop.spokes.testing.WebClient;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Admins create and edit custodians and appoint their managers; bad input is refused at the field.
 */
class CustodianIT extends SpokesIT {
  static final Locale EN = Locale.ENGLISH;
  static final Random RANDOM = new Random();

  @Test
  void adminCreatesACustodianAndTheChangeIsAudited() {
    WebClient admin = signedIn(DemoData.ADMIN);
    String code = code();

    Page saved = create(admin, fields(code, "Cooperativa " + code, "ca-qc", "cad"));
    Page audit = admin.get("audit/audit-log.xhtml");

    assertThat(saved.globalMessages())
        .containsExactly(Texts.text(EN, "custodian.saved", "Cooperativa " + code));
    assertThat(saved.doc().getElementById("custodianForm:jurisdiction").attr("value"))
        .isEqualTo("CA-QC");
    assertThat(saved.doc().getElementById("custodianForm:currency").attr("value")).isEqualTo("CAD");
    assertThat(audit.text()).contains("custodian.created").contains("shortCode=" + code);
  }

  @Test
  void badJurisdictionIsRefusedAtItsFieldAndNothingIsSaved() {
    WebClient admin = signedIn(DemoData.ADMIN);
    String code = code();

    Page refused = create(admin, fields(code, "Nowhere " + code, "XX", "EUR"));
    Page list = admin.get("custodian/custodians.xhtml");

    assertThat(refused.fieldMessage("custodianForm:jurisdiction"))
        .isEqualTo(Texts.text(EN, "custodian.jurisdiction.invalid"));
    assertThat(list.text()).doesNotContain("Nowhere " + code);
  }

  @Test
  void badCurrencyIsRefusedAtItsField() {
    WebClient admin = signedIn(DemoData.ADMIN);
    Page form = admin.get("custodian/custodian-edit.xhtml");
    Map<String, String> values = fields(code(), "Moneda " + code(), "ES", "EUX");

    Page refused = admin.submit(form, "custodianForm", "save", values);

    assertThat(refused.fieldMessage("custodianForm:currency"))
        .isEqualTo(Texts.text(EN, "custodian.currency.invalid"));
  }

  @Test
  void duplicateShortCodeIsRefused() {
    WebClient admin = signedIn(DemoData.ADMIN);

    Page refused = create(admin, fields("ES", "Another Spanish co-op " + code(), "ES", "EUR"));

    assertThat(refused.fieldMessage("custodianForm:shortCode"))
        .isEqualTo(Texts.text(EN, "custodian.shortCode.taken"));
  }

  @Test
  void scriptTypedInANameIsShownAsText() {
    WebClient admin = signedIn(DemoData.ADMIN);
    String code = code();
    String name = "<script>alert('x')</script> Coop " + code;

    create(admin, fields(code, name, "NZ", "NZD"));
    Page list = admin.get("custodian/custodians.xhtml?x=" + code);
    Page dashboard = admin.get("index.xhtml");

    assertThat(list.body())
        .doesNotContain("<script>alert('x')</script>")
        .contains("&lt;script&gt;alert");
    assertThat(list.doc().select("a").eachText()).anyMatch(t -> t.equals(name));
    assertThat(dashboard.body()).doesNotContain("<script>alert('x')</script>");
  }

  @Test
  void adminAppointsAndRemovesAManager() {
    WebClient admin = signedIn(DemoData.ADMIN);
    String code = code();
    Page saved = create(admin, fields(code, "Managed " + code, "GB", "GBP"));

    Page appointed =
        admin.submit(
            saved,
            "managersForm",
            "appoint",
            Map.of("managerEmail", "grace.wilson@members.example"));
    Page unknown =
        admin.submit(
            appointed, "managersForm", "appoint", Map.of("managerEmail", "nobody@nowhere.example"));
    Page removed = admin.submit(appointed, "managersForm", "managers:0:remove", Map.of());

    assertThat(appointed.doc().getElementById("managersForm:managers").text())
        .contains("grace.wilson@members.example");
    assertThat(unknown.fieldMessage("managersForm:managerEmail"))
        .isEqualTo(Texts.text(EN, "custodian.manager.unknownAccount"));
    assertThat(removed.doc().getElementById("managersForm:managers").text())
        .doesNotContain("grace.wilson@members.example");
    assertThat(admin.get("audit/audit-log.xhtml").text())
        .contains("manager.appointed")
        .contains("manager.removed");
  }

  @Test
  void aNewManagerSeesTheirCustodianInTheMenu() {
    WebClient admin = signedIn(DemoData.ADMIN);
    String code = code();
    Page saved = create(admin, fields(code, "Menu " + code, "FR", "EUR"));
    admin.submit(
        saved, "managersForm", "appoint", Map.of("managerEmail", "hana.kim@members.example"));

    Page dashboard = signedIn("hana.kim@members.example").get("index.xhtml");

    assertThat(dashboard.doc().select("#menuForm a").eachAttr("href"))
        .anyMatch(h -> h.contains("custodian-edit.xhtml?id="));
    // Their custodian's page leads them home, not to the list of all custodians (admins only).
    WebClient manager = signedIn("hana.kim@members.example");
    String own =
        dashboard.doc().select("#menuForm a[href*=custodian-edit.xhtml]").first().attr("href");
    Page page = manager.get(own);
    assertThat(page.doc().select("a[href*=custodians.xhtml]")).isEmpty();
    assertThat(manager.get("custodian/custodians.xhtml").status()).isEqualTo(403);
    assertThat(admin.get(own).doc().select("a[href*=custodians.xhtml]").eachAttr("href"))
        .isNotEmpty();
  }

  private static Page create(WebClient admin, Map<String, String> values) {
    Page form = admin.get("custodian/custodian-edit.xhtml");
    return admin.submit(form, "custodianForm", "save", values);
  }

  private static Map<String, String> fields(
      String code, String name, String jurisdiction, String currency) {
    Map<String, String> f = new HashMap<>();
    f.put("shortCode", code);
    f.put("name", name);
    f.put("jurisdiction", jurisdiction);
    f.put("currency", currency);
    f.put("defaultLanguage_input", "en");
    f.put("theme_input", "default");
    f.put("contactEmail", "hello@" + code.toLowerCase(Locale.ROOT) + ".example");
    f.put("contactAddress", "1 Test Street");
    return f;
  }

  /** A fresh short code of 6 capital letters. */
  static String code() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      b.append((char) ('A' + RANDOM.nextInt(26)));
    }
    return b.toString();
  }
}
