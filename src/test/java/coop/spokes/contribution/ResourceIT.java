package coop.spokes.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.platform.i18n.Texts;
import coop.spokes.testing.DemoData;
import coop.spokes.testing.Page;
import coop.spokes.testing.SpokesIT;
import coop.spokes.testing.WebClient;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * In-kind contributions: a member declares a resource; two ops members validate it (never someone
 * of the member's own, refusals first); it then counts in the member's standing.
 */
class ResourceIT extends SpokesIT {
  static final Locale CA = Locale.forLanguageTag("ca");
  static final Locale ES = Locale.forLanguageTag("es");
  static final String MARC = "marc.riera@members.example";

  @Test
  void twoOpsMembersValidateAResourceAndItCountsInTheStanding() {
    String what = "Meeting room for the assembly " + UUID.randomUUID().toString().substring(0, 6);
    WebClient marc = signedIn(MARC);
    Map<String, String> f = new HashMap<>();
    f.put("kind_input", "OTHER");
    f.put("description", what);
    f.put("providedOn_input", LocalDate.now().minusDays(1).toString());
    f.put("amount_input", "30");
    f.put("amount_hinput", "30");
    Page declared =
        marc.submit(
            marc.get("contribution/my-contributions.xhtml?member=4"),
            "resourceForm",
            "declareResource",
            f);
    assertThat(declared.globalMessages())
        .contains(Texts.text(CA, "contribution.resource.declared"));

    // Not an ops member: refused. Marc (an ops member himself) is not offered his own resource.
    assertThat(marc.get("contribution/resources.xhtml").text()).doesNotContain(what);
    assertThat(signedIn("nuria.soler@members.example").get("contribution/resources.xhtml").status())
        .isEqualTo(403);

    approve("pau.ferrer@members.example", what, CA);
    approve("aina.roca@members.example", what, CA);

    Page mine = marc.get("contribution/my-contributions.xhtml?member=4");
    assertThat(mine.doc().getElementById("resources").text())
        .contains(what)
        .contains(Texts.text(CA, "contribution.ResourceStatus.APPROVED"));
    assertThat(mine.doc().getElementById("parts").text()).contains("30,00");
  }

  @Test
  void aManagerRecordsAResourceForAMemberOfTheirCustodianOnly() {
    String what = "Projector lent for the assembly " + UUID.randomUUID().toString().substring(0, 6);
    Map<String, String> f = new HashMap<>();
    f.put("kind_input", "OTHER");
    f.put("description", what);
    f.put("providedOn_input", LocalDate.now().minusDays(2).toString());
    f.put("amount_input", "45");
    f.put("amount_hinput", "45");

    // Carmen (member 5) is a member of Xarxa Comuna: the UK managers may not open her page.
    assertSameAsMissing(
        signedIn(DemoData.MANAGER_UK),
        "contribution/member-contributions.xhtml?id=5",
        "contribution/member-contributions.xhtml?id=987654");
    WebClient es = signedIn(DemoData.MANAGER_ES);
    Page recorded =
        es.submit(
            es.get("contribution/member-contributions.xhtml?id=5"),
            "resourceForm",
            "declareResource",
            f);

    assertThat(recorded.globalMessages())
        .contains(Texts.text(CA, "contribution.resource.declared"));
    assertThat(recorded.doc().getElementById("resources").text())
        .contains(what)
        .contains(Texts.text(CA, "contribution.ResourceStatus.SUBMITTED"));
    assertThat(signedIn("pau.ferrer@members.example").get("contribution/resources.xhtml").text())
        .contains(what);
  }

  private void approve(String who, String what, Locale locale) {
    WebClient ops = signedIn(who);
    Page list = ops.get("contribution/resources.xhtml");
    var rows = list.doc().select("#resourcesForm\\:resources tbody tr");
    int row = -1;
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).text().contains(what)) {
        row = i;
      }
    }
    assertThat(row).as(what + " on the list of " + who).isNotNegative();
    Page done = ops.submit(list, "resourcesForm", "resources:" + row + ":approve", Map.of());
    assertThat(done.globalMessages())
        .contains(Texts.text(locale, "contribution.resource.approved"));
  }
}
