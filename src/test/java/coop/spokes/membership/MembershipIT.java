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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Joining through a custodian: the public form, e-mail verification, review by that custodian's
 * managers only, approval (member, account, welcome mail) and rejection. Refusals first.
 */
class MembershipIT extends SpokesIT {
  static final Locale ES = Locale.forLanguageTag("es");
  static final Locale EN = Locale.ENGLISH;

  @Test
  void managerOfAnotherCustodianIsRefusedTheApplicationByIdAndTheQueue() {
    long id = verifiedApplication("refused-" + UUID.randomUUID());
    WebClient otherManager = signedIn(DemoData.MANAGER_UK);

    Page byId = otherManager.get("membership/review/application-review.xhtml?id=" + id);
    Page queue =
        otherManager.get("membership/review/applications.xhtml?custodian=" + DemoData.CUSTODIAN_ES);
    Page member =
        signedIn("nuria.soler@members.example")
            .get("membership/review/application-review.xhtml?id=" + id);

    // An application of another custodian answers as one that does not exist.
    assertSameAsMissing(
        otherManager,
        "membership/review/application-review.xhtml?id=" + id,
        "membership/review/application-review.xhtml?id=987654");
    assertThat(byId.status()).isEqualTo(404);
    assertThat(queue.status()).isEqualTo(403);
    assertThat(member.status()).isEqualTo(404);
    assertThat(byId.text() + queue.text()).doesNotContain("refused-");
  }

  @Test
  void visitorAppliesInSpanishVerifiesAndIsApprovedByTheCustodiansManager() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String email = "laia-" + tag + "@example.org";

    // Arrange: a visitor applies in Spanish and confirms the address
    WebClient visitor = visitor().acceptLanguage("es");
    Page applied = apply(visitor, fields("Laia Prova " + tag, email, "es"));
    assertThat(applied.doc().selectFirst("#done p").text())
        .isEqualTo(Texts.text(ES, "membership.join.submitted"));
    MimeMessage verification = Mailbox.await(email, Duration.ofSeconds(30)).orElseThrow();
    assertThat(verification.getSubject())
        .isEqualTo(Texts.text(ES, "mail.membership.verify.subject"));
    Page verified =
        visitor.get(
            "membership/verify.xhtml?token="
                + Mailbox.token(verification, "/membership/verify.xhtml"));
    assertThat(verified.doc().getElementById("verified").text())
        .isEqualTo(Texts.text(ES, "membership.verify.done"));

    // Act: the manager of that custodian finds it and approves it
    WebClient manager = signedIn(DemoData.MANAGER_ES);
    Page queue =
        manager.get("membership/review/applications.xhtml?custodian=" + DemoData.CUSTODIAN_ES);
    String href =
        queue.doc().select("#applicationsForm\\:applications a").stream()
            .filter(a -> a.text().contains(tag))
            .findFirst()
            .orElseThrow()
            .attr("href");
    Page review = manager.get(href);
    Page standingBefore = manager.get("contribution/standing.xhtml"); // computes this year's list
    Page approved = manager.submit(review, "decisionForm", "approve", Map.of());

    // Assert: a welcome mail in Spanish with the member number and a link to set the password
    assertThat(approved.globalMessages()).anyMatch(m -> m.contains("Laia Prova " + tag));
    MimeMessage welcome = awaitSubject(email, Texts.text(ES, "mail.membership.welcome.subject"));
    assertThat(Mailbox.body(welcome)).containsPattern("ES-\\d{6}");
    // The new member has a line in the custodian's standing list at once.
    Page listed =
        manager.submit(
            manager.get("contribution/standing.xhtml"),
            "standingForm",
            "filter",
            Map.of("text", tag));
    assertThat(standingBefore.text()).doesNotContain(tag);
    assertThat(listed.doc().getElementById("standingForm:members").text())
        .contains("Laia Prova " + tag);
    WebClient member = visitor();
    Page setPassword =
        member.get(
            "identity/reset-password.xhtml?token="
                + Mailbox.token(welcome, "/identity/reset-password.xhtml"));
    member.submit(
        setPassword,
        "resetForm",
        "submit",
        Map.of(
            "password",
            "violet kettle under olive trees",
            "confirmation",
            "violet kettle under olive trees"));
    Page dashboard = member.signIn(email, "violet kettle under olive trees");
    assertThat(dashboard.title()).isEqualTo(Texts.text(ES, "platform.dashboard.title"));
    assertThat(dashboard.text()).contains(Texts.text(ES, "platform.Role.MEMBER"));
  }

  @Test
  void rejectionIsMailedWithTheReasonInTheApplicantsLanguage() throws Exception {
    String tag = "rejected-" + UUID.randomUUID().toString().substring(0, 8);
    long id = verifiedApplication(tag);
    WebClient manager = signedIn(DemoData.MANAGER_ES);
    Page review = manager.get("membership/review/application-review.xhtml?id=" + id);

    Page noReason = manager.submit(review, "decisionForm", "reject", Map.of("reason", " "));
    Page rejected =
        manager.submit(
            review,
            "decisionForm",
            "reject",
            Map.of("reason", "Només admetem residents a Catalunya."));

    assertThat(noReason.fieldMessage("decisionForm:reason"))
        .isEqualTo(
            Texts.text(Locale.forLanguageTag("ca"), "membership.review.reason.invalid", 2000));
    assertThat(rejected.globalMessages()).isNotEmpty();
    MimeMessage mail =
        awaitSubject(
            tag + "@example.org",
            Texts.text(Locale.forLanguageTag("ca"), "mail.membership.rejected.subject"));
    assertThat(Mailbox.body(mail)).contains("Només admetem residents a Catalunya.");
  }

  @Test
  void knownAddressGetsTheSameAnswerAndAnAlreadyHaveAnAccountMail() throws Exception {
    Page known = apply(visitor(), fields("Oliver Again", "oliver.bennett@members.example", "en"));

    assertThat(known.doc().selectFirst("#done p").text())
        .isEqualTo(Texts.text(EN, "membership.join.submitted"));
    awaitSubject(
        "oliver.bennett@members.example", Texts.text(EN, "mail.membership.alreadyMember.subject"));
  }

  @Test
  void aNameWithALinkAndLineBreaksReachesTheAlreadyMemberMailAsOneLineOfPlainText()
      throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String known = "samir.haddad@members.example";
    String name =
        "Eve "
            + tag
            + "\r\nYour account is locked, unlock it at https://evil.example/unlock\nwww.evil.example";

    Page answered = apply(visitor(), fields(name, known, "en"));
    MimeMessage mail = awaitSubject(known, Texts.text(EN, "mail.membership.alreadyMember.subject"));

    jakarta.mail.Multipart parts = (jakarta.mail.Multipart) mail.getContent();
    String text = (String) parts.getBodyPart(0).getContent();
    String html = (String) parts.getBodyPart(1).getContent();
    assertThat(answered.doc().selectFirst("#done p").text())
        .isEqualTo(Texts.text(EN, "membership.join.submitted"));
    assertThat(text.lines().findFirst().orElseThrow())
        .startsWith("Hello Eve " + tag + " Your account is locked, unlock it at https:")
        .endsWith(",");
    assertThat(text).doesNotContain("https://evil", "evil.example", "www.evil");
    assertThat(html)
        .contains("Eve " + tag + " Your account is locked, unlock it at")
        .doesNotContain("https://evil", "evil.example", "www.evil");
    assertThat(org.jsoup.Jsoup.parse(html).select("a").eachAttr("href"))
        .isNotEmpty()
        .allMatch(href -> href.endsWith("/identity/forgot-password.xhtml"));
  }

  @Test
  void filledHoneypotGetsTheSameAnswerAndNothingHappens() {
    String email = "robot-" + UUID.randomUUID() + "@example.org";
    Map<String, String> f = fields("Robot", email, "en");
    f.put("website", "http://spam.example");

    Page answered = apply(visitor(), f);

    assertThat(answered.doc().selectFirst("#done p").text())
        .isEqualTo(Texts.text(EN, "membership.join.submitted"));
    assertThat(Mailbox.await(email, Duration.ofSeconds(3))).isEmpty();
  }

  @Test
  void badInputIsShownAtEachFieldAndNothingIsSent() {
    String email = "bad-" + UUID.randomUUID() + "@example";
    Map<String, String> f = fields("x".repeat(10), email, "en");
    Page refused = apply(visitor(), f);
    Map<String, String> noTerms =
        fields("Without Terms", "terms-" + UUID.randomUUID() + "@example.org", "en");
    noTerms.remove("termsAccepted_input");
    Page refusedTerms = apply(visitor(), noTerms);

    assertThat(refused.fieldMessage("joinForm:email"))
        .isEqualTo(Texts.text(EN, "membership.join.email.invalid"));
    assertThat(refusedTerms.doc().select("#joinForm\\:terms .ui-message").text())
        .isEqualTo(Texts.text(EN, "membership.join.terms.required"));
    assertThat(Mailbox.await(email, Duration.ofSeconds(2))).isEmpty();
  }

  @Test
  void markupInANameIsShownAsText() {
    String tag = "<b>Bold</b> " + UUID.randomUUID().toString().substring(0, 8);
    long id = verifiedApplication(tag);

    Page review =
        signedIn(DemoData.MANAGER_ES).get("membership/review/application-review.xhtml?id=" + id);

    assertThat(review.body()).doesNotContain("<b>Bold</b>").contains("&lt;b&gt;Bold&lt;/b&gt;");
  }

  @Test
  void eightManagersApprovingAtOnceMakeExactlyOneMember() throws Exception {
    String tag = "race-" + UUID.randomUUID().toString().substring(0, 8);
    long id = verifiedApplication(tag);
    int n = 8;
    List<WebClient> managers = new ArrayList<>();
    List<Page> pages = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      WebClient m = signedIn(i % 2 == 0 ? DemoData.MANAGER_ES : "manager2.es@spokes.example");
      managers.add(m);
      pages.add(m.get("membership/review/application-review.xhtml?id=" + id));
    }
    ExecutorService pool = Executors.newFixedThreadPool(n);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Page>> results = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int k = i;
      results.add(
          pool.submit(
              () -> {
                start.await();
                return managers.get(k).submit(pages.get(k), "decisionForm", "approve", Map.of());
              }));
    }
    start.countDown();
    int approvedCount = 0;
    for (Future<Page> f : results) {
      Page p = f.get(120, TimeUnit.SECONDS);
      if (p.globalMessages().stream().anyMatch(m -> m.contains(tag))) {
        approvedCount++;
      }
    }
    pool.shutdown();

    WebClient admin = signedIn(DemoData.ADMIN);
    Page log =
        admin.submit(
            admin.get("audit/audit-log.xhtml"),
            "auditForm",
            "filter",
            Map.of("action", "application.approved"));
    long events =
        log.doc().select("#auditForm\\:events tbody tr").stream()
            .filter(r -> r.text().contains("application " + id + " "))
            .count();
    assertThat(approvedCount).isEqualTo(1);
    assertThat(events).isEqualTo(1);
    awaitMailSentTo(tag + "@example.org");
    assertThat(Mailbox.count(tag + "@example.org")).isLessThanOrEqualTo(2);
  }

  @Test
  void firstApprovalAtANewCustodianGetsItsFirstNumber() throws Exception {
    WebClient admin = signedIn(DemoData.ADMIN);
    String code = shortCode();
    Page form = admin.get("custodian/custodian-edit.xhtml");
    Map<String, String> custodian = new HashMap<>();
    custodian.put("shortCode", code);
    custodian.put("name", "New Custodian " + code);
    custodian.put("jurisdiction", "PT");
    custodian.put("currency", "EUR");
    custodian.put("defaultLanguage_input", "en");
    custodian.put("theme_input", "default");
    custodian.put("contactEmail", "hello@" + code.toLowerCase(Locale.ROOT) + ".example");
    custodian.put("contactAddress", "Rua 1, Lisboa");
    custodian.put("termsVersion", "1");
    Page saved = admin.submit(form, "custodianForm", "save", custodian);
    String custodianId = saved.uri().getQuery().replaceAll(".*id=(\\d+).*", "$1");
    String email = "first-" + code.toLowerCase(Locale.ROOT) + "@example.org";
    Map<String, String> f = fields("First Member " + code, email, "en");
    f.put("residenceCountry_input", "PT");
    f.put("custodian_input", custodianId);
    apply(visitor(), f);
    visitor()
        .get(
            "membership/verify.xhtml?token="
                + Mailbox.token(
                    Mailbox.await(email, Duration.ofSeconds(30)).orElseThrow(),
                    "/membership/verify.xhtml"));
    Page queue = admin.get("membership/review/applications.xhtml?custodian=" + custodianId);
    Page review =
        admin.get(
            queue
                .doc()
                .select("#applicationsForm\\:applications a[href*=application-review.xhtml]")
                .first()
                .attr("href"));

    admin.submit(review, "decisionForm", "approve", Map.of());

    MimeMessage welcome = awaitSubject(email, Texts.text(EN, "mail.membership.welcome.subject"));
    assertThat(Mailbox.body(welcome)).contains(code + "-000001");
  }

  /**
   * Submits an application to the Barcelona custodian in Catalan and opens its verification link.
   */
  private long verifiedApplication(String tag) {
    return new Applications(this::visitor, signedIn(DemoData.MANAGER_ES))
        .application()
        .named(tag)
        .email(tag.replaceAll("[^A-Za-z0-9-]", "") + "@example.org")
        .to(DemoData.CUSTODIAN_ES)
        .verified();
  }

  private Page apply(WebClient client, Map<String, String> values) {
    return client.submit(client.get("membership/join.xhtml"), "joinForm", "submit", values);
  }

  private Map<String, String> fields(String name, String email, String language) {
    return new Applications(this::visitor, null)
        .application()
        .named(name)
        .email(email)
        .language(language)
        .to(DemoData.CUSTODIAN_ES)
        .fields();
  }

  private static MimeMessage awaitSubject(String recipient, String subject) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      for (MimeMessage m : Mailbox.server().getReceivedMessages()) {
        if (m.getAllRecipients()[0].toString().equalsIgnoreCase(recipient)
            && subject.equals(m.getSubject())) {
          return m;
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no mail «" + subject + "» to " + recipient);
  }

  /** A fresh custodian short code of 6 capital letters. */
  private static String shortCode() {
    StringBuilder b = new StringBuilder();
    java.util.Random random = new java.util.Random();
    for (int i = 0; i < 6; i++) {
      b.append((char) ('A' + random.nextInt(26)));
    }
    return b.toString();
  }
}
