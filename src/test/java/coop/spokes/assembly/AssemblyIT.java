package coop.spokes.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.assembly.tally.OutcomeJson;
import coop.spokes.assembly.tally.Tally;
import coop.spokes.assembly.tally.TallyDocumentReader;
import coop.spokes.platform.i18n.Texts;
import coop.spokes.testing.DemoData;
import coop.spokes.testing.Mailbox;
import coop.spokes.testing.Page;
import coop.spokes.testing.SpokesIT;
import coop.spokes.testing.Waits;
import coop.spokes.testing.WebClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Assemblies through their pages: refusals first (a chair of one assembly is refused another by
 * URL, by view parameter and by forged form; nothing of an unpublished result is public); a member
 * votes with a receipt that is shown, mailed and checkable once published; proxies follow the rules
 * (two per holder, no proxy from Quebec, the principal overrides, no revoking once used); and a
 * chair runs an assembly with class shares from creation to its published result, which the tally
 * core recounts to the same outcome.
 */
class AssemblyIT extends SpokesIT {
  static final String AINA = "aina.roca@members.example";
  static final String NURIA = "nuria.soler@members.example";
  static final String LAIA = "laia.casals@members.example";
  static final String CHLOE = "chloe.lavoie@members.example";
  static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @org.junit.jupiter.api.BeforeAll
  static void smtp() {
    Mailbox.server(); // receipts and notices are mailed from the first test on
  }

  @Test
  void chairsMembersAndVisitorsAreRefusedWhatIsNotTheirs() {
    // Pages that need signing in send a visitor to the sign-in page.
    assertThat(pathOf(visitor().get("assembly/vote.xhtml"))).startsWith("/identity/login");
    // A member who chairs nothing sees no assembly list and no assembly's set-up.
    WebClient aina = signedIn(AINA);
    assertThat(aina.get("assembly/assemblies.xhtml").status()).isEqualTo(403);
    assertSameAsMissing(aina, "assembly/assembly.xhtml?id=2", "assembly/assembly.xhtml?id=999");
    // Laia chairs the open assembly (2), not the published one (1): by URL...
    WebClient laia = signedIn(LAIA);
    assertThat(laia.get("assembly/assembly.xhtml?id=2").status()).isEqualTo(200);
    assertSameAsMissing(laia, "assembly/assembly.xhtml?id=1", "assembly/assembly.xhtml?id=999");
    assertSameAsMissing(laia, "assembly/roll.xhtml?id=1", "assembly/roll.xhtml?id=999");
    // ... and by a form of her own assembly's page sent with the other assembly's id.
    Page own = laia.get("assembly/assembly.xhtml?id=2");
    org.jsoup.nodes.Document doc = own.doc();
    org.jsoup.nodes.Element form = doc.getElementById("attendanceForm");
    form.attr("action", form.attr("action").replaceAll("\\?.*", "") + "?id=1");
    Page forged = new Page(own.status(), own.uri(), own.headers(), doc.outerHtml());
    Page refused =
        laia.submit(forged, "attendanceForm", "markPresent", Map.of("attendee", "ES-000001"));
    assertThat(refused.status()).isEqualTo(404);
    // Nothing of an assembly whose result is not published is public.
    assertSameAsMissing(visitor(), "assembly/result.xhtml?id=2", "assembly/result.xhtml?id=999");
    assertThat(visitor().download("api/assembly/motions/4/tally.json").statusCode()).isEqualTo(404);
    assertThat(visitor().download("api/assembly/motions/4/receipts.txt").statusCode())
        .isEqualTo(404);
    assertThat(visitor().download("api/assembly/results/2.csv").statusCode()).isEqualTo(404);
    // The published one is.
    assertThat(visitor().get("assembly/result.xhtml?id=1").status()).isEqualTo(200);
    assertThat(visitor().download("api/assembly/motions/1/tally.json").statusCode()).isEqualTo(200);
  }

  @Test
  void theDemosPublishedAssemblyRecountsWithTheCommand(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    // The demo's general assembly 2026 (motions 1 to 3) as anyone downloads it, recounted by the
    // built spokes-cli.jar: each published outcome matches its recount.
    for (int motion = 1; motion <= 3; motion++) {
      var download = visitor().download("api/assembly/motions/" + motion + "/tally.json");
      assertThat(download.statusCode()).isEqualTo(200);
      java.nio.file.Path file = dir.resolve("motion-" + motion + ".json");
      java.nio.file.Files.write(file, download.body());
      coop.spokes.cli.RecountCommandIT.Run run =
          coop.spokes.cli.RecountCommandIT.run("recount", file.toString());
      assertThat(run.exit()).as(run.out() + run.err()).isZero();
      assertThat(run.out()).contains("The published outcome matches the recount.");
    }
    // A documented receipt code of the demo is found on the result page, typed in any form; a
    // changed one is not.
    WebClient anyone = visitor();
    Page result = anyone.get("assembly/result.xhtml?id=1");
    Page found =
        anyone.submit(
            result, "receiptForm", "check", Map.of("receipt", "9cma pxhc 8mhq vc8b faqm xn7a"));
    assertThat(found.doc().getElementById("receiptForm:found").text())
        .contains("Approve the accounts of the year 2025/26");
    Page notFound =
        anyone.submit(
            found, "receiptForm", "check", Map.of("receipt", "9CMA-PXHC-8MHQ-VC8B-FAQM-XN7B"));
    assertThat(notFound.fieldMessage("receiptForm:receipt"))
        .isEqualTo(text(notFound, "assembly.receipt.notFound"));
  }

  @Test
  void aMemberVotesKeepsAReceiptAndMayChangeTheirVote() throws Exception {
    WebClient aina = signedIn(AINA);
    Page vote = aina.get("assembly/vote.xhtml");
    String form = ballotFormOf(vote, "Aina Roca");
    // The scheme and the motion's rules are shown in words above the choices.
    assertThat(vote.text()).contains(text(vote, "assembly.words.secret"));
    // Nothing chosen: a message next to the choices, nothing recorded.
    Page none = aina.submit(vote, form, "cast", Map.of());
    assertThat(none.doc().select("[role=alert]:not(.spokes-cast-error)").text())
        .isEqualTo(text(none, "assembly.vote.choice.none"));
    Page cast = aina.submit(vote, form, "cast", Map.of("choice", "yes"));
    String receipt = cast.doc().select("code.spokes-receipt").text();
    assertThat(receipt).matches("[A-Z0-9]{4}(-[A-Z0-9]{4}){5}");
    // The receipt is mailed (sealed in the outbox until it is sent).
    coop.spokes.testing.Waits.until(
        "the receipt mail to Aina",
        () ->
            java.util.Arrays.stream(Mailbox.server().getReceivedMessages())
                .map(AssemblyIT::plainText)
                .anyMatch(text -> text.contains(receipt)));
    assertThat(tablesHolding(receipt)).isEmpty();
    assertThat(tablesHolding(receipt.replace("-", ""))).isEmpty();
    assertThat(tablesHolding(coop.spokes.assembly.infra.BallotKeys.receiptHash(receipt)))
        .containsExactly("assembly_ballot");
    // The motion may be changed: a new receipt replaces the first.
    Page again = aina.get("assembly/vote.xhtml");
    Page changed =
        aina.submit(again, ballotFormOf(again, "Aina Roca"), "cast", Map.of("choice", "no"));
    assertThat(changed.globalMessages()).contains(text(changed, "assembly.vote.changed"));
    assertThat(changed.doc().select("code.spokes-receipt").text()).isNotEqualTo(receipt);
  }

  @Test
  void proxiesFollowTheRules() {
    // Chloé's custodian is in Quebec, whose law forbids voting by proxy: no form, a sentence.
    Page chloe = signedIn(CHLOE).get("assembly/vote.xhtml");
    assertThat(chloe.text()).contains(text(chloe, "assembly.proxy.notHere"));
    // An open assembly whose members may hold one proxy each.
    String id = openAssembly("Assembly of proxies", "1");
    // Aina gives her proxy to Núria; the school Laia represents cannot: Núria holds the most.
    WebClient aina = signedIn(AINA);
    Page given = giveProxy(aina, id, "ES-000001");
    assertThat(given.globalMessages()).contains(text(given, "assembly.proxy.given"));
    Page full = giveProxy(signedIn(LAIA), id, "ES-000001");
    assertThat(full.text()).contains(text(full, "assembly.proxy.holderFull", 1));
    // Núria casts for Aina, separately from her own vote.
    WebClient nuria = signedIn(NURIA);
    Page vote = nuria.get("assembly/vote.xhtml");
    Page forAina =
        nuria.submit(
            vote, ballotFormOf(vote, PROXY_MOTION, "Aina Roca"), "cast", Map.of("choice", "yes"));
    assertThat(forAina.globalMessages()).contains(text(forAina, "assembly.vote.cast"));
    // Aina votes herself: her own ballot replaces Núria's for her (principal overrides).
    Page hers = aina.get("assembly/vote.xhtml");
    Page own =
        aina.submit(
            hers, ballotFormOf(hers, PROXY_MOTION, "Aina Roca"), "cast", Map.of("choice", "no"));
    assertThat(own.globalMessages()).contains(text(own, "assembly.vote.changed"));
    // The proxy was used: it can no longer be revoked, and Núria's page says Aina voted herself.
    Page after = aina.get("assembly/vote.xhtml");
    assertThat(after.doc().select("form[id^=membership_" + id + "_] [id$=:revoke]")).isEmpty();
    Page nuriaAfter = nuria.get("assembly/vote.xhtml");
    assertThat(
            nuriaAfter.doc().select("article.spokes-ballot").stream()
                .filter(a -> a.selectFirst("h3").text().contains(PROXY_MOTION))
                .findFirst()
                .orElseThrow()
                .text())
        .contains(text(nuriaAfter, "assembly.vote.castByOther"));
  }

  static final String RECEIPT_MOTION = "A motion closed while its receipts wait";

  @Test
  void closingAMotionSendsItsWaitingReceiptsFirstAndSaysHowManyItCouldNot() throws Exception {
    // The mail server comes back while the chair's closing waits: the receipt goes out first.
    String first =
        Assemblies.open(this::signedIn, LAIA, "Assembly whose receipt waits", "1", RECEIPT_MOTION);
    WebClient laia = signedIn(LAIA);
    String agenda = "assembly/assembly.xhtml?id=" + first;
    AtomicReference<Page> closed = new AtomicReference<>();
    AtomicReference<String> receipt = new AtomicReference<>();
    Thread closing = new Thread(() -> closed.set(closeFirstMotion(laia, agenda)));
    Mailbox.outage(
        () -> {
          receipt.set(castReceiptMotion(NURIA));
          awaitFailedAttemptTo(NURIA);
          closing.start();
          pauseMillis(1500);
        });
    closing.join(30_000);
    assertThat(closed.get().globalMessages())
        .containsExactly(text(closed.get(), "assembly.motion.closed"));
    Waits.until(
        "Núria's receipt mail",
        () ->
            java.util.Arrays.stream(Mailbox.server().getReceivedMessages())
                .map(AssemblyIT::plainText)
                .anyMatch(mail -> mail.contains(receipt.get())));

    // The mail server stays down for the whole wait: the motion closes all the same, and the chair
    // is told how many receipts could not be sent (their key is gone: they never will be).
    String second =
        Assemblies.open(
            this::signedIn, LAIA, "Assembly whose receipt cannot go", "1", RECEIPT_MOTION);
    String unsent = "assembly/assembly.xhtml?id=" + second;
    Mailbox.outage(
        () -> {
          receipt.set(castReceiptMotion(NURIA));
          awaitFailedAttemptTo(NURIA);
          Page page = closeFirstMotion(laia, unsent);
          assertThat(page.globalMessages())
              .containsExactlyInAnyOrder(
                  text(page, "assembly.motion.closed"), text(page, "assembly.receipts.unsent", 1));
        });
    awaitMailSentTo(NURIA); // given up once the server is back: it cannot be opened any more
    assertThat(
            java.util.Arrays.stream(Mailbox.server().getReceivedMessages())
                .map(AssemblyIT::plainText)
                .noneMatch(mail -> mail.contains(receipt.get())))
        .isTrue();
  }

  /** Casts yes on {@link #RECEIPT_MOTION} as {@code who} from the vote page; the receipt shown. */
  private String castReceiptMotion(String who) {
    WebClient voter = signedIn(who);
    Page vote = voter.get("assembly/vote.xhtml");
    Page cast =
        voter.submit(
            vote,
            ballotFormOf(vote, RECEIPT_MOTION, "Núria Soler"),
            "cast",
            Map.of("choice", "yes"));
    String code = cast.doc().select("code.spokes-receipt").text();
    assertThat(code).as(cast.text()).matches("[A-Z0-9]{4}(-[A-Z0-9]{4}){5}");
    return code;
  }

  private static Page closeFirstMotion(WebClient chair, String agenda) {
    return chair.submit(chair.get(agenda), "agendaForm", "motions:0:closeMotion", Map.of());
  }

  private static void pauseMillis(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static final String SCRIPT_MOTION = "A motion cast from the page's script";

  @Test
  void theVotePagesScriptCastsAndNothingElseCastsThroughIt() {
    Assemblies.open(
        this::signedIn, LAIA, "Assembly cast from the page's script", "1", SCRIPT_MOTION);
    WebClient nuria = signedIn(NURIA);
    Page vote = nuria.get("assembly/vote.xhtml");
    org.jsoup.nodes.Element form =
        vote.doc().getElementById(ballotFormOf(vote, SCRIPT_MOTION, "Núria Soler"));
    String url = form.attr("data-cast");
    Map<String, String> yes =
        Map.of(
            "motion", form.attr("data-motion"), "voter", form.attr("data-voter"), "choice", "yes");
    Map<String, String> page = Map.of("X-Spokes-Page", "1");
    // Without the pages' header (another site's form or script), or from another site: refused.
    assertThat(castThrough(nuria, url, yes, Map.of()).status()).isEqualTo(403);
    assertThat(
            castThrough(
                    nuria, url, yes, Map.of("X-Spokes-Page", "1", "Origin", "https://evil.example"))
                .status())
        .isEqualTo(403);
    // A visitor: refused.
    assertThat(castThrough(visitor(), url, yes, page).status()).isEqualTo(403);
    // Aina's own ballot, whose proxy Núria does not hold: as if it did not exist.
    Page aina = signedIn(AINA).get("assembly/vote.xhtml");
    String ainaVoter =
        aina.doc()
            .getElementById(ballotFormOf(aina, SCRIPT_MOTION, "Aina Roca"))
            .attr("data-voter");
    Map<String, String> forAina = new HashMap<>(yes);
    forAina.put("voter", ainaVoter);
    assertThat(castThrough(nuria, url, forAina, page).status()).isEqualTo(404);
    // Nothing chosen, or a choice the motion does not have: the translated sentence for the
    // choices.
    Map<String, String> none = new HashMap<>(yes);
    none.remove("choice");
    Page empty = castThrough(nuria, url, none, page);
    assertThat(empty.status()).isEqualTo(400);
    JsonObject refused = json(empty);
    assertThat(refused.getString("field")).isEqualTo("choices");
    assertThat(refused.getString("message")).isEqualTo(text(vote, "assembly.vote.choice.none"));
    Map<String, String> maybe = new HashMap<>(yes);
    maybe.put("choice", "maybe");
    assertThat(json(castThrough(nuria, url, maybe, page)).getString("message"))
        .isEqualTo(text(vote, "assembly.vote.choice.invalid"));
    // Her vote: a receipt and the page's sentence in her language; nothing before it was stored.
    Page cast = castThrough(nuria, url, yes, page);
    assertThat(cast.status()).as(cast.body()).isEqualTo(200);
    JsonObject receipt = json(cast);
    assertThat(receipt.getString("receipt")).matches("[A-Z0-9]{4}(-[A-Z0-9]{4}){5}");
    assertThat(receipt.getBoolean("replaced")).isFalse();
    assertThat(receipt.getString("message")).isEqualTo(text(vote, "assembly.vote.cast"));
    // This motion's votes cannot be changed: a second cast is refused with its sentence, and the
    // page then says her vote is cast.
    assertThat(receipt.getBoolean("changeable")).isFalse();
    Map<String, String> no = new HashMap<>(yes);
    no.put("choice", "no");
    Page again = castThrough(nuria, url, no, page);
    assertThat(again.status()).isEqualTo(400);
    assertThat(json(again).getString("message")).isEqualTo(text(vote, "assembly.vote.alreadyCast"));
    Page after = nuria.get("assembly/vote.xhtml");
    assertThat(after.doc().getElementById(ballotFormOf(after, SCRIPT_MOTION, "Núria Soler")).text())
        .contains(text(after, "assembly.vote.alreadyVoted"));
  }

  @Test
  void anOrganisationSplitsItsVoteThroughThePagesScriptAndItsForm() {
    // Laia represents the Escola Lliure Gràcia, whose vote the open demo assembly lets it split.
    WebClient laia = signedIn(LAIA);
    Page vote = laia.get("assembly/vote.xhtml");
    String id = ballotFormOf(vote, "Escola Lliure Gràcia");
    org.jsoup.nodes.Element form = vote.doc().getElementById(id);
    assertThat(form.select("input[data-option]").eachAttr("data-option"))
        .containsExactly("yes", "no", "abstain");
    // By the script: a part that is not a number is refused with its sentence, and parts that do
    // not add up to the weight (2) too; then half and a half of it (a comma is a decimal point).
    Map<String, String> page = Map.of("X-Spokes-Page", "1");
    Map<String, String> ballot = new HashMap<>();
    ballot.put("motion", form.attr("data-motion"));
    ballot.put("voter", form.attr("data-voter"));
    ballot.put("split:yes", "half");
    Page notANumber = castThrough(laia, form.attr("data-cast"), ballot, page);
    assertThat(notANumber.status()).isEqualTo(400);
    assertThat(json(notANumber).getString("message"))
        .isEqualTo(text(vote, "assembly.vote.choice.invalid"));
    ballot.put("split:yes", "1/2");
    ballot.put("split:no", "1/2");
    assertThat(json(castThrough(laia, form.attr("data-cast"), ballot, page)).getString("message"))
        .isEqualTo(text(vote, "assembly.vote.choice.invalid"));
    ballot.put("split:no", "1,5");
    Page split = castThrough(laia, form.attr("data-cast"), ballot, page);
    assertThat(split.status()).as(split.body()).isEqualTo(200);
    assertThat(json(split).getString("receipt")).matches("[A-Z0-9]{4}(-[A-Z0-9]{4}){5}");

    // By the form, without script: parts that do not add up get the sentence next to the
    // choices; a valid split replaces the ballot (the demo motion lets a vote be changed).
    Page again = laia.get("assembly/vote.xhtml");
    // (Names with a colon are sent as they are: the repeated inputs' names are given whole.)
    Page wrong =
        laia.submit(again, id, "cast", Map.of(id + ":o:0:votes", "1/2", id + ":o:1:votes", "1/2"));
    assertThat(wrong.doc().select("#" + id + " .ui-message-error").text())
        .isEqualTo(text(vote, "assembly.vote.choice.invalid"));
    assertThat(wrong.doc().select(".spokes-receipt")).isEmpty();
    Page byForm =
        laia.submit(wrong, id, "cast", Map.of(id + ":o:0:votes", "1", id + ":o:1:votes", "1"));
    assertThat(byForm.doc().select(".spokes-receipt").text())
        .matches("[A-Z0-9]{4}(-[A-Z0-9]{4}){5}");
    assertThat(byForm.doc().text()).contains(text(vote, "assembly.vote.changed"));
  }

  /** Posts a ballot as the vote page's script does, with {@code headers}. */
  private static Page castThrough(
      WebClient who, String url, Map<String, String> fields, Map<String, String> headers) {
    return who.post(who.resolve(url), fields, headers);
  }

  private static JsonObject json(Page answer) {
    return Json.createReader(new StringReader(answer.body())).readObject();
  }

  static final String PROXY_MOTION = "A motion voted by proxy";

  /** An open assembly chaired by Laia with {@link #PROXY_MOTION} open; returns its id. */
  private String openAssembly(String title, String proxyLimit) {
    return Assemblies.open(this::signedIn, LAIA, title, proxyLimit, PROXY_MOTION);
  }

  @Test
  void aChairRunsAnAssemblyWithClassSharesToAResultTheTallyRecounts() throws Exception {
    ZoneId madrid = ZoneId.of("Europe/Madrid");
    ZonedDateTime now = ZonedDateTime.now(madrid);
    String id =
        Assemblies.draft(
            signedIn(DemoData.ADMIN),
            LAIA,
            "Assembly of the integration test",
            now.toLocalDate().toString(),
            now.plusHours(2),
            now.minusHours(1),
            now.plusDays(1));

    WebClient laia = signedIn(LAIA);
    String page = "assembly/assembly.xhtml?id=" + id;
    Map<String, String> scheme = new HashMap<>();
    scheme.put("rule_input", "one-member-one-vote");
    scheme.put("classShares_input", "on");
    scheme.put("redistribute_input", "on");
    for (String[] share :
        new String[][] {{"PRODUCER", "50"}, {"CONSUMER", "30"}, {"INDIVIDUAL", "20"}}) {
      scheme.put("share" + share[0] + "_input", share[1]);
      scheme.put("share" + share[0] + "_hinput", share[1]);
    }
    Page saved = laia.submit(laia.get(page), "schemeForm", "saveScheme", scheme);
    assertThat(saved.doc().getElementById("schemeWords").text())
        .contains(text(saved, "assembly.words.share", text(saved, "assembly.code.PRODUCER"), "50"));
    Page motion =
        laia.submit(
            laia.get(page),
            "motionForm",
            "addMotion",
            Map.of(
                "title", "Adopt the integration test", "kind_input", "yes-no", "threshold", "1/2"));
    assertThat(motion.globalMessages()).contains(text(motion, "assembly.motion.added"));
    laia.submit(laia.get(page), "rollForm", "build", Map.of());
    Page convened = laia.submit(laia.get(page), "stateForm", "convene", Map.of());
    // The notice goes to every eligible member (the demo roll at today's date has a dozen).
    String notices = convened.globalMessages().get(0).replaceAll("\\D+", " ").strip();
    assertThat(convened.globalMessages())
        .containsExactly(text(convened, "assembly.convened", Integer.parseInt(notices)));
    assertThat(Integer.parseInt(notices)).isGreaterThan(2);
    laia.submit(laia.get(page), "stateForm", "open", Map.of());
    Page opened =
        laia.submit(
            laia.get(page),
            "agendaForm",
            "motions:0:openMotion",
            Map.of("agendaForm:motions:0:call_input", "1"));
    assertThat(opened.globalMessages()).contains(text(opened, "assembly.motion.opened"));

    // Aina (individual) votes yes, Núria (consumer) no; no producer votes.
    for (String[] voter :
        new String[][] {{AINA, "Aina Roca", "yes"}, {NURIA, "Núria Soler", "no"}}) {
      WebClient member = signedIn(voter[0]);
      Page vote = member.get("assembly/vote.xhtml");
      Page cast =
          member.submit(
              vote,
              ballotFormOf(vote, "Adopt the integration test", voter[1]),
              "cast",
              Map.of("choice", voter[2]));
      assertThat(cast.globalMessages()).contains(text(cast, "assembly.vote.cast"));
    }
    // While the motion is open, its chair sees the turnout per class, never the choices.
    Page live = laia.get(page);
    assertThat(live.doc().getElementById("turnoutForm:turnoutPanel").text()).doesNotContain("yes");
    // Results stay hidden until published.
    assertThat(visitor().get("assembly/result.xhtml?id=" + id).status()).isEqualTo(404);

    laia.submit(laia.get(page), "agendaForm", "motions:0:closeMotion", Map.of());
    laia.submit(laia.get(page), "stateForm", "close", Map.of());
    Page published = laia.submit(laia.get(page), "stateForm", "publish", Map.of());
    assertThat(published.globalMessages()).contains(text(published, "assembly.published"));

    Page result = visitor().get("assembly/result.xhtml?id=" + id);
    assertThat(result.status()).isEqualTo(200);
    // Producers cast nothing, so their 50 points go to the others pro rata: consumers 60,
    // individuals 40.
    assertThat(result.text()).contains(text(result, "assembly.result.FAILED"));
    String motionId =
        result
            .doc()
            .select("a[href*=/tally.json]")
            .first()
            .attr("href")
            .replaceAll(".*motions/(\\d+)/.*", "$1");
    String document =
        new String(
            visitor().download("api/assembly/motions/" + motionId + "/tally.json").body(),
            java.nio.charset.StandardCharsets.UTF_8);
    JsonObject outcome =
        Json.createReader(
                new StringReader(
                    new String(
                        visitor()
                            .download("api/assembly/motions/" + motionId + "/outcome.json")
                            .body(),
                        java.nio.charset.StandardCharsets.UTF_8)))
            .readObject();
    var recount =
        OutcomeJson.write(
            Tally.count(
                TallyDocumentReader.read(
                        new ByteArrayInputStream(
                            document.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .input()));
    assertThat(OutcomeJson.differences(outcome, recount)).isEmpty();
    // Worked by hand: producers cast nothing, so their 50 points go to the classes that voted in
    // proportion to their shares (30 : 20): consumers weigh 60 points, individuals 40. Aina's yes
    // is all the individuals cast, Núria's no all the consumers': yes 40 %, no 60 %.
    JsonObject classes = outcome.getJsonObject("classes");
    assertThat(classes.getJsonObject("consumer").getString("share"))
        .as(outcome.toString())
        .isEqualTo("60");
    assertThat(classes.getJsonObject("individual").getString("share")).isEqualTo("40");
    var yes =
        coop.spokes.assembly.tally.Fraction.parse(
            outcome.getJsonObject("options").getJsonObject("yes").getString("weight"));
    var no =
        coop.spokes.assembly.tally.Fraction.parse(
            outcome.getJsonObject("options").getJsonObject("no").getString("weight"));
    assertThat(yes.dividedBy(yes.plus(no))).isEqualTo(coop.spokes.assembly.tally.Fraction.of(2, 5));
    assertThat(document).doesNotContain("receipt");
    String receipts =
        new String(
            visitor().download("api/assembly/motions/" + motionId + "/receipts.txt").body(),
            java.nio.charset.StandardCharsets.UTF_8);
    assertThat(receipts.strip().split("\n")).hasSize(2);
  }

  @Test
  void membersObjectToTheRollAndChairsDecide() {
    // A draft assembly with a roll at today's date, chaired by Laia.
    ZonedDateTime now = ZonedDateTime.now(ZoneId.of("Europe/Madrid"));
    // Liam Thompson was suspended on 2026-11-01 (demo history): not eligible, whatever his
    // standing.
    String id =
        Assemblies.draft(
            signedIn(DemoData.ADMIN),
            LAIA,
            "Assembly with objections",
            "2026-11-01",
            now.plusDays(2),
            now.plusDays(2),
            now.plusDays(3));
    WebClient laia = signedIn(LAIA);
    String page = "assembly/assembly.xhtml?id=" + id;
    laia.submit(
        laia.get(page),
        "motionForm",
        "addMotion",
        Map.of("title", "A motion", "kind_input", "yes-no", "threshold", "1/2"));
    laia.submit(laia.get(page), "rollForm", "build", Map.of());
    // Raw weights from a file: a wrong line stops the whole import; a right file is imported once.
    Page wrong =
        laia.submit(
            laia.get(page),
            "weightsForm",
            "previewWeights",
            Map.of("pasted", "member;weight\nES-000001;12\nXX-999999;4\nES-000007;-1\n"));
    assertThat(wrong.doc().getElementById("weightsForm"))
        .as(wrong.status() + " " + wrong.uri() + " " + wrong.text())
        .isNotNull();
    assertThat(wrong.doc().getElementById("weightsForm").text())
        .contains(text(wrong, "assembly.weights.unknownMember", "XX-999999"))
        .contains(text(wrong, "assembly.weight.invalid"));
    assertThat(wrong.doc().getElementById("weightsForm:importWeights").hasAttr("disabled"))
        .isTrue();
    Page preview =
        laia.submit(
            laia.get(page),
            "weightsForm",
            "previewWeights",
            Map.of("pasted", "Member number,Weight\nES-000001,12\nES-000007,3.5\n"));
    Page imported = laia.submit(preview, "weightsForm", "importWeights", Map.of());
    assertThat(imported.globalMessages()).contains(text(imported, "assembly.weights.imported", 2));
    Page again =
        laia.submit(
            laia.submit(
                laia.get(page),
                "weightsForm",
                "previewWeights",
                Map.of("pasted", "Member number,Weight\nES-000001,12\nES-000007,3.5\n")),
            "weightsForm",
            "importWeights",
            Map.of());
    assertThat(again.globalMessages()).contains(text(again, "assembly.weights.imported", 0));
    Page weighed = laia.get("assembly/roll.xhtml?id=" + id);
    assertThat(weighed.doc().select("tr:contains(ES-000007)").text()).containsPattern("3[.,]5");
    Page opened =
        laia.submit(
            laia.get(page),
            "rollForm",
            "openObjections",
            Map.of("objectionsUntil_input", MINUTE.format(now.plusHours(1))));
    assertThat(opened.globalMessages())
        .as(opened.text())
        .contains(text(opened, "assembly.objections.opened"));

    // Liam is on the roll, not eligible, and says why he should be.
    WebClient liam = signedIn("liam.thompson@members.example");
    Page places = liam.get("assembly/vote.xhtml");
    String form =
        places.doc().select("form[id^=place_" + id + "_]").stream()
            .filter(f -> f.text().contains("Liam Thompson"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no place on the roll: " + places.text()))
            .id();
    assertThat(places.doc().getElementById(form).text())
        .contains(text(places, "assembly.roll.reason.notActive"));
    Page empty = liam.submit(places, form, "objectEligibility", Map.of());
    assertThat(empty.doc().select("[role=alert]").text())
        .isEqualTo(text(empty, "assembly.objection.claim.invalid", 2000));
    Page objected =
        liam.submit(
            liam.get("assembly/vote.xhtml"),
            form,
            "objectEligibility",
            Map.of(
                "claim", "I paid in cash at the general assembly; the receipt is ES-2026-0117."));
    assertThat(objected.globalMessages()).contains(text(objected, "assembly.objection.raised"));

    // Convening waits for the window and the decision; Laia upholds it: Liam is on the roll.
    Page early = laia.submit(laia.get(page), "stateForm", "convene", Map.of());
    assertThat(early.globalMessages()).contains(text(early, "assembly.convene.objectionsOpen"));
    Page withObjection = laia.get(page);
    Page upheld = laia.submit(withObjection, "objectionsForm", "objections:0:approve", Map.of());
    assertThat(upheld.globalMessages()).contains(text(upheld, "assembly.objection.upheld"));
    Page roll = laia.get("assembly/roll.xhtml?id=" + id);
    assertThat(roll.doc().select("tr:contains(NZ-000003)").text())
        .contains(text(roll, "assembly.roll.yes"));
    // The objection window is over an hour later: the assembly convenes.
    clockOffset(Duration.ofHours(2));
    try {
      Page convened = laia.submit(laia.get(page), "stateForm", "convene", Map.of());
      assertThat(convened.globalMessages()).hasSize(1);
      assertThat(convened.globalMessages().get(0))
          .doesNotContain(text(convened, "assembly.convene.objectionsOpen"));
    } finally {
      clockOffset(Duration.ZERO);
    }
    // Liam's place on the roll now says he may vote.
    Page after = liam.get("assembly/vote.xhtml");
    assertThat(after.doc().getElementById(form).text())
        .contains(text(after, "assembly.place.eligible"));
  }

  /** The text of {@code key} in the language {@code page} is shown in. */
  private static String text(Page page, String key, Object... args) {
    return Texts.text(
        Locale.forLanguageTag(page.doc().selectFirst("html").attr("lang")), key, args);
  }

  /** The decoded plain text of a mail (its text/plain parts). */
  private static String plainText(MimeMessage message) {
    try {
      Object content = message.getContent();
      if (content instanceof jakarta.mail.Multipart parts) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.getCount(); i++) {
          if (parts.getBodyPart(i).isMimeType("text/plain")) {
            text.append(parts.getBodyPart(i).getContent());
          }
        }
        return text.toString();
      }
      return String.valueOf(content);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** The tables with a row holding {@code text} in any column, once per row. */
  private java.util.List<String> tablesHolding(String text) {
    String found =
        visitor()
            .get(
                "api/test-probe/database/find?text="
                    + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8))
            .body()
            .strip();
    return found.isEmpty() ? java.util.List.of() : java.util.List.of(found.split("\n"));
  }

  /** Gives the signed-in member's proxy at assembly {@code id} to the member numbered so. */
  private Page giveProxy(WebClient who, String id, String holder) {
    Page vote = who.get("assembly/vote.xhtml");
    String form =
        vote.doc().select("form[id^=membership_" + id + "_]").stream()
            .filter(f -> f.getElementById(f.id() + ":give") != null)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no proxy form on " + vote.text()))
            .id();
    return who.submit(vote, form, "give", Map.of("holder", holder));
  }

  /** The id of the ballot form for {@code voter} (a name in its legend) on the open demo motion. */
  private static String ballotFormOf(Page vote, String voter) {
    return ballotFormOf(vote, "Join the Solar Commons federation", voter);
  }

  private static String ballotFormOf(Page vote, String motion, String voter) {
    return vote.doc().select("article.spokes-ballot").stream()
        .filter(a -> a.selectFirst("h3").text().contains(motion))
        .flatMap(a -> a.select("form[id^=ballot_]").stream())
        .filter(f -> f.selectFirst("legend").text().contains(voter))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError("no ballot of " + voter + " on " + motion + ": " + vote.text()))
        .id();
  }
}
