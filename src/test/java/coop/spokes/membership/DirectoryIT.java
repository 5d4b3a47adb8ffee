package coop.spokes.membership;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.platform.i18n.Texts;
import coop.spokes.testing.DemoData;
import coop.spokes.testing.Mailbox;
import coop.spokes.testing.Page;
import coop.spokes.testing.SpokesIT;
import coop.spokes.testing.WebClient;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The member directory and its exports: a custodian's managers see only that custodian's members
 * (pages, CSV and register alike), admins see everyone; filters and sorting happen in the database;
 * status changes are kept in a dated history.
 */
class DirectoryIT extends SpokesIT {

  @Test
  void managerOfAnotherCustodianIsRefusedTheDirectoryTheExportsAndTheMemberPages() {
    WebClient otherManager = signedIn(DemoData.MANAGER_UK);

    assertThat(
            otherManager
                .get("membership/review/members.xhtml?custodian=" + DemoData.CUSTODIAN_ES)
                .status())
        .isEqualTo(403);
    assertThat(
            otherManager
                .get("api/membership/members.csv?custodian=" + DemoData.CUSTODIAN_ES)
                .status())
        .isEqualTo(403);
    assertThat(otherManager.get("api/membership/members.csv").status()).isEqualTo(403);
    assertThat(
            otherManager.get("api/membership/register/" + DemoData.CUSTODIAN_ES + ".csv").status())
        .isEqualTo(403);
    assertSameAsMissing(
        otherManager,
        "membership/review/member.xhtml?id=1",
        "membership/review/member.xhtml?id=987654");
    assertThat(
            visitor().get("api/membership/members.csv?custodian=" + DemoData.CUSTODIAN_ES).status())
        .isIn(401, 403);
  }

  @Test
  void managerSeesOnlyTheirCustodiansMembersSortedByName() {
    Page page = signedIn(DemoData.MANAGER_UK).get("membership/review/members.xhtml");

    var numbers = page.doc().select("#membersForm\\:members tbody tr td:nth-child(2)").eachText();
    var names = page.doc().select("#membersForm\\:members tbody tr td:nth-child(1)").eachText();
    assertThat(numbers).isNotEmpty().allMatch(n -> n.startsWith("UK-"));
    assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
  }

  @Test
  void filtersWorkInTheDatabaseAndTheExportFollowsThem() {
    WebClient manager = signedIn(DemoData.MANAGER_UK);
    Page page = manager.get("membership/review/members.xhtml");

    Page organisations =
        manager.submit(page, "membersForm", "filter", Map.of("kind_input", "ORGANISATION"));
    String href = organisations.doc().getElementById("membersForm:export").attr("href");
    Page csv = manager.get(href);

    assertThat(organisations.doc().select("#membersForm\\:members tbody tr").eachText())
        .hasSize(1)
        .allMatch(r -> r.contains("Forge Lane Community Trust"));
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.header("Content-Disposition").orElseThrow())
        .startsWith("attachment; filename=\"members-");
    assertThat(csv.body().lines().toList())
        .hasSize(2)
        .element(1)
        .asString()
        .contains("UK-")
        .contains("Forge Lane Community Trust");
  }

  @Test
  void adminSeesEveryCustodiansMembers() {
    Page csv = signedIn(DemoData.ADMIN).get("api/membership/members.csv");

    assertThat(csv.body()).contains("ES-").contains("UK-").contains("QC-").contains("NZ-");
  }

  @Test
  void statusChangeIsKeptInTheHistoryAndTheRegisterShowsTheLeaveDate() {
    WebClient manager = signedIn(DemoData.MANAGER_UK);
    Page list =
        manager.submit(
            manager.get("membership/review/members.xhtml"),
            "membersForm",
            "filter",
            Map.of("name", "samir"));
    Page member = manager.get(list.doc().select("#membersForm\\:members a").first().attr("href"));

    Page noReason =
        manager.submit(
            member, "statusForm", "change", Map.of("newStatus_input", "LEFT", "reason", ""));
    Page left =
        manager.submit(
            member,
            "statusForm",
            "change",
            Map.of("newStatus_input", "LEFT", "reason", "resigned by letter"));
    Page register = manager.get("api/membership/register/" + DemoData.CUSTODIAN_UK + ".csv");

    assertThat(noReason.fieldMessage("statusForm:reason"))
        .isEqualTo(Texts.text(Locale.ENGLISH, "membership.member.status.reasonRequired", 1000));
    assertThat(left.doc().getElementById("status").text())
        .isEqualTo(Texts.text(Locale.ENGLISH, "membership.MemberStatus.LEFT"));
    assertThat(left.doc().getElementById("history").text()).contains("resigned by letter");
    assertThat(
            register
                .body()
                .lines()
                .filter(l -> l.contains("Samir Haddad"))
                .findFirst()
                .orElseThrow())
        .contains(",LEFT")
        .containsPattern("\\d{4}-\\d{2}-\\d{2},LEFT");
  }

  @Test
  void aRepresentativeIsInvitedAcceptsAndTheOrganisationKeepsAtLeastOne() {
    String samuel = "samuel.cote@members.example";
    String nobody = "nobody-" + java.util.UUID.randomUUID() + "@example.org";
    WebClient manager = signedIn("manager.qc@spokes.example");
    Page list =
        manager.submit(
            manager.get("membership/review/members.xhtml"),
            "membersForm",
            "filter",
            Map.of("kind_input", "ORGANISATION"));
    String orgPath = list.doc().select("#membersForm\\:members a").first().attr("href");
    Page org = manager.get(orgPath);

    Page refused = manager.submit(org, "representativesForm", "representatives:0:remove", Map.of());
    Page invited =
        manager.submit(org, "representativesForm", "add", Map.of("representativeEmail", samuel));
    Page invitedNobody =
        manager.submit(
            manager.get(orgPath),
            "representativesForm",
            "add",
            Map.of("representativeEmail", nobody));

    assertThat(refused.globalMessages())
        .contains(Texts.text(Locale.FRENCH, "membership.representative.last"));
    // The same answer whether or not the address has an account, and nobody is attached yet.
    assertThat(invited.globalMessages())
        .containsExactly(Texts.text(Locale.FRENCH, "membership.representative.invited", samuel));
    assertThat(invitedNobody.globalMessages())
        .containsExactly(Texts.text(Locale.FRENCH, "membership.representative.invited", nobody));
    assertThat(invited.doc().getElementById("representativesForm:representatives").text())
        .doesNotContain(samuel);

    // Samuel accepts, signed in with that address: now he represents the organisation.
    MimeMessage mail =
        Mailbox.awaitSubject(samuel, representativeSubjects(), Duration.ofSeconds(30))
            .orElseThrow();
    WebClient him = signedIn(samuel);
    String invitation = "membership/invitation.xhtml";
    Page offer = him.get(invitation + "?token=" + Mailbox.token(mail, "/" + invitation));
    him.submit(offer, "invitationForm", "accept", Map.of());
    Page accepted = manager.get(orgPath);
    assertThat(accepted.doc().getElementById("representativesForm:representatives").text())
        .contains(samuel);
    Page removed =
        manager.submit(accepted, "representativesForm", "representatives:0:remove", Map.of());
    assertThat(
            removed.doc().getElementById("representativesForm:representatives").select("tbody tr"))
        .hasSize(1);
  }

  private static java.util.Set<String> representativeSubjects() {
    java.util.Set<String> subjects = new java.util.HashSet<>();
    for (String lang : new String[] {"en", "es", "ca", "fr"}) {
      subjects.add(
          Texts.text(Locale.forLanguageTag(lang), "mail.membership.representativeInvited.subject"));
    }
    return subjects;
  }
}
