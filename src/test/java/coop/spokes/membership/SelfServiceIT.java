package coop.spokes.membership;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.platform.i18n.Texts;
import coop.spokes.testing.DemoData;
import coop.spokes.testing.Page;
import coop.spokes.testing.SpokesIT;
import coop.spokes.testing.WebClient;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Members on their own: their memberships, a certificate, the public list, resigning. */
class SelfServiceIT extends SpokesIT {
  static final Locale CA = Locale.forLanguageTag("ca");

  @Test
  void memberIsRefusedAnotherMembersCertificate() {
    WebClient nuria = signedIn("nuria.soler@members.example");

    assertThat(nuria.download("api/membership/certificate/2.pdf").statusCode()).isEqualTo(404);
    assertThat(nuria.download("api/membership/certificate/987654.pdf").statusCode()).isEqualTo(404);
    assertThat(visitor().download("api/membership/certificate/1.pdf").statusCode()).isIn(401, 403);
    assertThat(
            signedIn(DemoData.MANAGER_UK).download("api/membership/certificate/1.pdf").statusCode())
        .isEqualTo(404);
  }

  @Test
  void memberDownloadsACertificateInTheirLanguage() throws Exception {
    WebClient nuria = signedIn("nuria.soler@members.example");
    Page mine = nuria.get("membership/my-membership.xhtml");
    String href =
        mine.doc().select("#mineForm\\:memberships tbody tr").stream()
            .filter(r -> r.text().contains("ES-000001"))
            .findFirst()
            .orElseThrow()
            .select("a[id$=certificate]")
            .attr("href");

    var pdf = nuria.download(href);
    String text;
    int images;
    try (var doc = Loader.loadPDF(pdf.body())) {
      text = new PDFTextStripper().getText(doc);
      images = 0;
      for (var name : doc.getPage(0).getResources().getXObjectNames()) {
        images += doc.getPage(0).getResources().isImageXObject(name) ? 1 : 0;
      }
    }

    assertThat(mine.doc().getElementById("mineForm:memberships").text()).contains("ES-000001");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/pdf");
    assertThat(text)
        .contains(Texts.text(CA, "membership.certificate.title"))
        .contains("Núria Soler")
        .contains("ES-000001")
        .contains("Xarxa Comuna SCCL");
    assertThat(images).as("the custodian's logo").isEqualTo(1);
  }

  @Test
  void representativeTakesTheirOrganisationOffThePublicListAndBack() {
    WebClient pau = signedIn("pau.ferrer@members.example");
    Page mine = pau.get("membership/my-membership.xhtml");
    int row = rowOf(mine, "Associació Veïnal del Raval");

    Page unlisted = pau.submit(mine, "mineForm", "memberships:" + row + ":unlist", Map.of());
    boolean hiddenMeanwhile =
        !visitor()
            .get("membership/organisations.xhtml")
            .text()
            .contains("Associació Veïnal del Raval");
    pau.submit(unlisted, "mineForm", "memberships:" + row + ":list", Map.of());

    assertThat(hiddenMeanwhile).isTrue();
    assertThat(visitor().get("membership/organisations.xhtml").text())
        .contains("Associació Veïnal del Raval")
        .contains("Forge Lane Community Trust");
  }

  @Test
  void memberResignsAndTheManagerSeesWhy() {
    WebClient irene = signedIn("irene.navarro@members.example");
    Page mine = irene.get("membership/my-membership.xhtml");

    Page left =
        irene.submit(
            mine, "mineForm", "memberships:0:resign", Map.of("resignReason", "moving abroad"));

    assertThat(left.doc().getElementById("mineForm:memberships").text())
        .contains(Texts.text(Locale.forLanguageTag("es"), "membership.MemberStatus.LEFT"));
    WebClient manager = signedIn(DemoData.MANAGER_ES);
    Page list =
        manager.submit(
            manager.get("membership/review/members.xhtml"),
            "membersForm",
            "filter",
            Map.of("name", "irene"));
    Page member = manager.get(list.doc().select("#membersForm\\:members a").first().attr("href"));
    assertThat(member.doc().getElementById("history").text()).contains("moving abroad");
  }

  private static int rowOf(Page page, String name) {
    var rows = page.doc().select("#mineForm\\:memberships tbody tr");
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).text().contains(name)) {
        return i;
      }
    }
    throw new AssertionError(name + " not on " + page.uri());
  }
}
