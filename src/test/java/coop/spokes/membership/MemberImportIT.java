package coop.spokes.membership;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.platform.i18n.Texts;
import coop.spokes.testing.DemoData;
import coop.spokes.testing.Mailbox;
import coop.spokes.testing.Page;
import coop.spokes.testing.SpokesIT;
import coop.spokes.testing.WebClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A custodian's managers take over their existing register from a spreadsheet: refused to anyone
 * else; every line's problems shown before anything is saved; all or nothing; a second run adds
 * nothing.
 */
class MemberImportIT extends SpokesIT {
  static final Locale EN = Locale.ENGLISH;
  static final Locale CA = Locale.forLanguageTag("ca");
  static final String NZ_MANAGER = "manager.nz@spokes.example";
  static final String PAGE =
      "membership/review/member-import.xhtml?custodian=" + DemoData.CUSTODIAN_NZ;
  static final String ES_PAGE =
      "membership/review/member-import.xhtml?custodian=" + DemoData.CUSTODIAN_ES;
  static final String INVITATION = "/membership/invitation.xhtml";
  static final String HEADER = "name,email,class,country,joined_on\n";

  @Test
  void onlyTheCustodiansManagersAndAdminsMayImport() {
    assertThat(signedIn(DemoData.MANAGER_UK).get(PAGE).status()).isEqualTo(403);
    assertThat(signedIn("hana.kim@members.example").get(PAGE).status()).isEqualTo(403);
    assertThat(visitor().get(PAGE).uri().getPath()).endsWith("/identity/login.xhtml");
    // A manager posting their own page's form with another custodian as view parameter is refused.
    WebClient uk = signedIn(DemoData.MANAGER_UK);
    Page own = uk.get("membership/review/member-import.xhtml");
    String action = own.doc().getElementById("importForm").attr("action");
    Page forged =
        new Page(
            own.status(),
            own.uri(),
            own.headers(),
            own.body()
                .replace("action=\"" + action + "\"", "action=\"" + action + "?custodian=4\""));
    Page refused =
        uk.submit(forged, "importForm", "read", Map.of("pasted", "name,email\nA,a@example.org\n"));
    assertThat(own.status()).isEqualTo(200);
    assertThat(own.text()).contains("Steel City Workers Co-operative");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(signedIn(NZ_MANAGER).get(PAGE).status()).isEqualTo(200);
    assertThat(signedIn(DemoData.ADMIN).get(PAGE).status()).isEqualTo(200);
  }

  @Test
  void everyProblemIsShownAndNothingIsSavedUntilTheFileIsClean() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String bad =
        "Nom;Correu;Classe;País;Data d'alta\n"
            + "Rewi Tane "
            + tag
            + ";rewi-"
            + tag
            + "@example.org;consumer;NZ;2024-05-01\n"
            + "Broken "
            + tag
            + ";not-an-address;boss;New Zealand;31/02/2024\n";
    WebClient manager = signedIn(NZ_MANAGER);

    Page mapped = read(manager, bad);
    Page checked = manager.submit(mapped, "importForm", "check", Map.of());
    String lines = checked.doc().getElementById("importForm:lines").text();

    assertThat(checked.doc().getElementById("summary").text())
        .isEqualTo(Texts.text(EN, "membership.import.summary", 1, 0, 1));
    assertThat(lines)
        .contains(Texts.text(EN, "membership.import.email.invalid", "not-an-address"))
        .contains(Texts.text(EN, "membership.import.memberClass.invalid", "boss"))
        .contains(Texts.text(EN, "membership.import.country.invalid", "New Zealand"))
        .contains(Texts.text(EN, "membership.import.date.invalid", "31/02/2024"));
    assertThat(checked.doc().getElementById("importForm:commit")).isNull();
    // Posting the import anyway (a forged button) saves nothing.
    Page forced = manager.submit(checked, "importForm", "commit", Map.of());
    assertThat(forced.text()).doesNotContain(Texts.text(EN, "membership.import.done", 1, 0, 1));
    assertThat(directory(manager, tag)).doesNotContain("Rewi Tane " + tag);
  }

  @Test
  void aCleanFileImportsOnceKeepingNumbersAndASecondRunAddsNothing() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    int seq = 500 + (int) (Math.random() * 100_000);
    String csv =
        "member_number,name,email,class,kind,country,joined_on,status,left_on,representative email\n"
            + "NZ-"
            + seq
            + ",Aroha Imported "
            + tag
            + ",aroha-"
            + tag
            + "@example.org,Producer,person,NZ,2023-02-01,,,\n"
            + ",Kauri Trust "
            + tag
            + ",trust-"
            + tag
            + "@example.org,consumer,organisation,NZ,15/06/2022,,,rep-"
            + tag
            + "@example.org\n"
            + ",Former Member "
            + tag
            + ",former-"
            + tag
            + "@example.org,individual,,NZ,2020-01-01,left,2021-12-31,\n";
    WebClient manager = signedIn(NZ_MANAGER);

    Page mapped =
        manager.submitWithFile(
            manager.get(PAGE),
            "importForm",
            "read",
            Map.of(),
            "file",
            "register.csv",
            csv.getBytes(StandardCharsets.UTF_8));
    Page checked = manager.submit(mapped, "importForm", "check", Map.of());
    Page imported = manager.submit(checked, "importForm", "commit", Map.of());

    assertThat(checked.doc().getElementById("summary").text())
        .isEqualTo(Texts.text(EN, "membership.import.summary", 3, 0, 0));
    assertThat(imported.globalMessages())
        .contains(Texts.text(EN, "membership.import.done", 3, 0, 2));
    // Former members are in the register only: not invited.
    String members = directory(manager, tag);
    assertThat(members).contains("NZ-" + String.format("%06d", seq)).contains("Kauri Trust " + tag);
    // The representative is invited; accepting opens their account, they choose a password and act
    // for the organisation.
    var invitation =
        Mailbox.await("rep-" + tag + "@example.org", Duration.ofSeconds(30)).orElseThrow();
    assertThat(Mailbox.body(invitation)).contains("Kauri Trust " + tag).contains("Harbour Tech");
    WebClient rep = visitor();
    Page offer = rep.get(link(invitation));
    assertThat(offer.doc().getElementById("state").text())
        .isEqualTo(Texts.text(EN, "membership.invitation.State.CHOOSE_PASSWORD"));
    Page password = rep.submit(offer, "invitationForm", "accept", Map.of());
    assertThat(pathOf(password)).isEqualTo("/identity/reset-password.xhtml");
    Page chosen =
        rep.submit(
            password,
            "resetForm",
            "submit",
            Map.of(
                "password",
                "harbour lanterns glow at dusk",
                "confirmation",
                "harbour lanterns glow at dusk"));
    assertThat(chosen.globalMessages()).contains(Texts.text(EN, "identity.reset.done"));
    WebClient acting = visitor();
    Page home = acting.signIn("rep-" + tag + "@example.org", "harbour lanterns glow at dusk");
    assertThat(pathOf(home)).doesNotStartWith("/identity/login");
    assertThat(acting.get("membership/my-membership.xhtml").text()).contains("Kauri Trust " + tag);
    assertThat(Mailbox.await("former-" + tag + "@example.org", Duration.ofSeconds(2))).isEmpty();
    // The former member is in the statutory register with their dates.
    String register =
        manager.get("api/membership/register/" + DemoData.CUSTODIAN_NZ + ".csv").body();
    assertThat(register.lines().filter(l -> l.contains("Former Member " + tag)))
        .singleElement()
        .satisfies(l -> assertThat(l).contains("2020-01-01,2021-12-31,LEFT"));

    // The same file again: everything is already here, nothing is added.
    Page again = manager.submit(read(manager, csv), "importForm", "check", Map.of());
    assertThat(again.doc().getElementById("summary").text())
        .isEqualTo(Texts.text(EN, "membership.import.summary", 0, 3, 0));
    assertThat(again.doc().getElementById("importForm:commit")).isNull();
    assertThat(directory(manager, tag).split("Kauri Trust " + tag, -1)).hasSize(2);
  }

  /**
   * The Barcelona manager imports a line with the address of Priya Patel, a Sheffield member with
   * validated hours and a pending reset link: no second membership, no hours shown, the link still
   * works, and the manager sees exactly what a brand-new address gives.
   */
  @Test
  void anotherCustodiansMemberIsOnlyInvitedAndTheManagerCannotTellTheAddressHasAnAccount() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String priya = "priya.patel@members.example";
    String fresh = "fresh-" + tag + "@example.org";
    WebClient asking = visitor();
    Page asked =
        asking.submit(
            asking.get("identity/forgot-password.xhtml"),
            "forgotForm",
            "submit",
            Map.of("email", priya));
    assertThat(asked.status()).isEqualTo(200);
    var reset =
        Mailbox.awaitSubject(
                priya, Texts.text(EN, "mail.passwordReset.subject"), Duration.ofSeconds(30))
            .orElseThrow();
    String pending = Mailbox.token(reset, "/identity/reset-password.xhtml");
    WebClient manager = signedIn(DemoData.MANAGER_ES);

    Page[] known =
        importOnce(
            manager, HEADER + "Priya Imported " + tag + "," + priya + ",consumer,GB,2024-01-10\n");
    Page[] unknown =
        importOnce(
            manager, HEADER + "Fresh Person " + tag + "," + fresh + ",consumer,ES,2024-01-10\n");

    // The manager sees the same preview, outcome and message for both lines.
    assertThat(summary(known[0])).isEqualTo(summary(unknown[0]));
    assertThat(outcomes(known[0]))
        .isEqualTo(outcomes(unknown[0]))
        .isEqualTo(Texts.text(CA, "membership.import.Outcome.NEW"));
    assertThat(known[1].globalMessages())
        .isEqualTo(unknown[1].globalMessages())
        .containsExactly(Texts.text(CA, "membership.import.done", 1, 0, 1));
    // No second membership: Priya holds nothing at Barcelona, and the manager sees none of her
    // hours on the new member's standing.
    long imported = memberId(manager, "Priya Imported " + tag);
    WebClient priyaClient = signedIn(priya);
    assertThat(priyaClient.get("membership/review/member.xhtml?id=" + imported).status())
        .isEqualTo(404);
    String hours =
        manager
            .get("contribution/member-contributions.xhtml?id=" + imported)
            .doc()
            .select("[id$=parts] tbody td:nth-child(4)")
            .text();
    assertThat(hours).startsWith("0 h");
    // Her pending link still works, and her mail is an invitation with no password link.
    assertThat(
            visitor()
                .get("identity/reset-password.xhtml?token=" + pending)
                .doc()
                .getElementById("resetForm"))
        .isNotNull();
    var invitation =
        Mailbox.awaitSubject(
                priya, Texts.text(CA, "mail.membership.imported.subject"), Duration.ofSeconds(30))
            .orElseThrow();
    assertThat(Mailbox.body(invitation)).doesNotContain("reset-password");
    // Signed in, she is offered to move her Sheffield membership instead; nothing is attached.
    Page offer = priyaClient.get(link(invitation));
    assertThat(offer.doc().getElementById("state").text())
        .isEqualTo(
            Texts.text(
                EN,
                "membership.invitation.State.MOVE",
                "UK-000002",
                "Steel City Workers Co-operative",
                "Xarxa Comuna SCCL"));
    assertThat(offer.doc().getElementById("invitationForm:accept")).isNull();
    // A stranger who holds the link (here: the Barcelona manager) cannot take it either.
    Page stranger = manager.get(link(invitation));
    assertThat(stranger.doc().getElementById("invitationForm:accept")).isNull();
    assertThat(priyaClient.get("membership/review/member.xhtml?id=" + imported).status())
        .isEqualTo(404);
  }

  /**
   * An applicant whose address took up a membership elsewhere meanwhile (an import's invitation,
   * accepted) is not given a second live one by approving their application.
   */
  @Test
  void anApplicantWhoTookUpAMembershipMeanwhileIsNotApprovedASecondOne() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String email = "twice-" + tag + "@example.org";
    WebClient applicant = visitor();
    Map<String, String> join = new HashMap<>();
    join.put("memberClass", "CONSUMER");
    join.put("kind", "PERSON");
    join.put("personName", "Twice " + tag);
    join.put("email", email);
    join.put("residenceCountry_input", "ES");
    join.put("language_input", "en");
    join.put("custodian_input", Long.toString(DemoData.CUSTODIAN_ES));
    join.put("termsAccepted_input", "on");
    join.put("website", "");
    applicant.submit(applicant.get("membership/join.xhtml"), "joinForm", "submit", join);
    var verification = Mailbox.await(email, Duration.ofSeconds(30)).orElseThrow();
    visitor()
        .get(
            "membership/verify.xhtml?token="
                + Mailbox.token(verification, "/membership/verify.xhtml"));
    // Meanwhile New Zealand imports the same address and the person accepts its invitation.
    WebClient nz = signedIn(NZ_MANAGER);
    Page checked =
        nz.submit(
            read(nz, HEADER + "Twice " + tag + "," + email + ",consumer,NZ,2024-01-10\n"),
            "importForm",
            "check",
            Map.of());
    nz.submit(checked, "importForm", "commit", Map.of());
    var invitation =
        Mailbox.awaitSubject(
                email,
                java.util.Set.of(
                    Texts.text(EN, "mail.membership.imported.subject"),
                    Texts.text(CA, "mail.membership.imported.subject"),
                    Texts.text(Locale.forLanguageTag("es"), "mail.membership.imported.subject"),
                    Texts.text(Locale.FRENCH, "mail.membership.imported.subject")),
                Duration.ofSeconds(30))
            .orElseThrow();
    WebClient person = visitor();
    Page password =
        person.submit(person.get(link(invitation)), "invitationForm", "accept", Map.of());
    assertThat(pathOf(password)).isEqualTo("/identity/reset-password.xhtml");
    WebClient manager = signedIn(DemoData.MANAGER_ES);
    Page queue =
        manager.submit(
            manager.get("membership/review/applications.xhtml?custodian=" + DemoData.CUSTODIAN_ES),
            "applicationsForm",
            "find",
            Map.of("search", email));
    String href =
        queue
            .doc()
            .select("#applicationsForm\\:applications a[href*=application-review.xhtml]")
            .stream()
            .findFirst()
            .orElseThrow()
            .attr("href");

    Page refused = manager.submit(manager.get(href), "decisionForm", "approve", Map.of());

    assertThat(refused.globalMessages())
        .containsExactly(Texts.text(CA, "membership.review.holdsMembership"));
  }

  /**
   * Someone whose address has an account but no membership (here: an organisation's representative)
   * accepts a person's invitation by signing in, and then holds exactly that membership.
   */
  @Test
  void anAccountHolderWithoutAMembershipAcceptsBySigningIn() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String holder = "holder-" + tag + "@example.org";
    WebClient nz = signedIn(NZ_MANAGER);
    nz.submit(
        nz.submit(
            read(
                nz,
                "name,email,class,kind,country,joined_on,representative email\n"
                    + "Holder Org "
                    + tag
                    + ",org-"
                    + tag
                    + "@example.org,consumer,organisation,NZ,2022-06-15,"
                    + holder
                    + "\n"),
            "importForm",
            "check",
            Map.of()),
        "importForm",
        "commit",
        Map.of());
    WebClient person = visitor();
    Page password =
        person.submit(person.get(link(invitationTo(holder))), "invitationForm", "accept", Map.of());
    person.submit(
        password,
        "resetForm",
        "submit",
        Map.of(
            "password",
            "copper kettle on the stove",
            "confirmation",
            "copper kettle on the stove"));
    WebClient signedIn = visitor();
    signedIn.signIn(holder, "copper kettle on the stove");
    WebClient manager = signedIn(DemoData.MANAGER_ES);
    importOnce(
        manager, HEADER + "Holder Person " + tag + "," + holder + ",consumer,ES,2024-01-10\n");
    long member = memberId(manager, "Holder Person " + tag);
    var invitation =
        Mailbox.awaitSubject(
                holder, Texts.text(CA, "mail.membership.imported.subject"), Duration.ofSeconds(30))
            .orElseThrow();

    Page offer = signedIn.get(link(invitation));
    Page accepted = signedIn.submit(offer, "invitationForm", "accept", Map.of());

    assertThat(offer.doc().getElementById("state").text())
        .isEqualTo(Texts.text(EN, "membership.invitation.State.ACCEPT"));
    assertThat(pathOf(accepted)).isEqualTo("/membership/my-membership.xhtml");
    assertThat(accepted.globalMessages())
        .contains(Texts.text(EN, "membership.invitation.accepted"));
    assertThat(signedIn.get("membership/review/member.xhtml?id=" + member).status()).isEqualTo(200);
    // The link is spent.
    assertThat(signedIn.get(link(invitation)).doc().getElementById("state").text())
        .isEqualTo(Texts.text(EN, "membership.invitation.State.INVALID"));
  }

  /** The newest invitation mail to {@code address}, in whichever language. */
  private static jakarta.mail.internet.MimeMessage invitationTo(String address) {
    java.util.Set<String> subjects = new java.util.HashSet<>();
    for (String lang : new String[] {"en", "es", "ca", "fr"}) {
      subjects.add(Texts.text(Locale.forLanguageTag(lang), "mail.membership.imported.subject"));
      subjects.add(
          Texts.text(Locale.forLanguageTag(lang), "mail.membership.importedOrganisation.subject"));
    }
    return Mailbox.awaitSubject(address, subjects, Duration.ofSeconds(30)).orElseThrow();
  }

  private Page[] importOnce(WebClient manager, String csv) {
    Map<String, String> fields = new HashMap<>();
    fields.put("pasted", csv);
    Page mapped = manager.submit(manager.get(ES_PAGE), "importForm", "read", fields);
    Page checked = manager.submit(mapped, "importForm", "check", Map.of());
    // (invite_input: the invitation box earlier versions had, ticked by default; ignored now)
    Page imported = manager.submit(checked, "importForm", "commit", Map.of("invite_input", "on"));
    return new Page[] {checked, imported};
  }

  /** The invitation page of the link in {@code mail}. */
  private static String link(jakarta.mail.internet.MimeMessage mail) {
    return INVITATION.substring(1) + "?token=" + Mailbox.token(mail, INVITATION);
  }

  private static String summary(Page checked) {
    return checked.doc().getElementById("summary").text();
  }

  private static String outcomes(Page checked) {
    return checked.doc().select("[id='importForm:lines'] tbody tr td:nth-child(5)").text();
  }

  private static long memberId(WebClient manager, String name) {
    Page list =
        manager.submit(
            manager.get("membership/review/members.xhtml?custodian=" + DemoData.CUSTODIAN_ES),
            "membersForm",
            "filter",
            Map.of("name", name));
    String href =
        list.doc().select("[id='membersForm:members'] a[href*=member.xhtml]").stream()
            .filter(a -> a.text().equals(name))
            .findFirst()
            .orElseThrow()
            .attr("href");
    return Long.parseLong(href.replaceAll(".*[?&]id=(\\d+).*", "$1"));
  }

  private static Page read(WebClient manager, String csv) {
    Map<String, String> fields = new HashMap<>();
    fields.put("pasted", csv);
    return manager.submit(manager.get(PAGE), "importForm", "read", fields);
  }

  private static String directory(WebClient manager, String tag) {
    Page list =
        manager.submit(
            manager.get("membership/review/members.xhtml?custodian=" + DemoData.CUSTODIAN_NZ),
            "membersForm",
            "filter",
            Map.of("name", tag));
    return list.doc().getElementById("membersForm:members").text();
  }
}
