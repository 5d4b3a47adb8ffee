package coop.spokes.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.assembly.infra.BallotKeys;
import coop.spokes.testing.DemoData;
import coop.spokes.testing.Page;
import coop.spokes.testing.SpokesIT;
import coop.spokes.testing.WebClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A thousand members cast their ballot on one motion at the same moment through the vote page, each
 * from their own signed-in session, and a hundred of them send the same ballot twice at once (a
 * double click, a retried request): when the chair has closed and published the motion, its
 * published document counts exactly one ballot per voter, and the published receipt list is exactly
 * the receipts the voters were last shown, none lost and none twice. By default each voter has the
 * vote page open and casts as its script does ({@code POST /api/assembly/ballots}, what a browser
 * sends); {@code -Dspokes.load.via=form} opens the page and sends its ballot form instead, as a
 * browser without script. The members come from {@code test-probe/voters} (their standing would
 * keep them off the roll, so the probe puts them on it, as upheld objections would).
 */
class AssemblyLoadIT extends SpokesIT {
  @org.junit.jupiter.api.BeforeAll
  static void smtp() {
    coop.spokes.testing.Mailbox.server(); // each cast mails its receipt
  }

  static final int VOTERS = Integer.getInteger("spokes.load.voters", 1000);
  static final int TWICE = VOTERS / 10;
  static final String LAIA = "laia.casals@members.example";
  static final String MOTION = "A motion a thousand members vote on at once";

  /**
   * How the voters cast: {@code script} (the default) as the vote page's script does, from the page
   * already open; {@code form} by sending the page's ballot form, as a browser without script.
   */
  static final boolean SCRIPT = !"form".equals(System.getProperty("spokes.load.via", "script"));

  /** A voter signed in. */
  record Voter(long memberId, WebClient client) {}

  /** Where the vote page's script sends a voter's ballot, and the ballot's motion and voter. */
  record Ballot(String url, String motion, String voter) {}

  @Test
  void aThousandVotersCastingAtOnceAreEachRecordedOnce() throws Exception {
    List<String> created = createVoters();
    List<String> emails = created.subList(0, VOTERS);
    List<Long> ids =
        created.subList(VOTERS + 1, created.size()).stream().map(Long::parseLong).toList();
    String assembly =
        Assemblies.open(this::signedIn, LAIA, "Assembly of a thousand at once", "2", MOTION);
    assertThat(
            probe(
                    "api/test-probe/voters/eligible?assembly=%s&from=%d&to=%d"
                        .formatted(assembly, ids.get(0), ids.get(ids.size() - 1)))
                .strip())
        .isEqualTo(Integer.toString(VOTERS));

    // Each voter signs in, sixteen at a time.
    ExecutorService preparing = Executors.newFixedThreadPool(16);
    List<Future<Voter>> signingIn = new ArrayList<>();
    for (int i = 0; i < VOTERS; i++) {
      String email = emails.get(i);
      long id = ids.get(i);
      signingIn.add(preparing.submit(() -> signIn(email, id)));
    }
    List<Voter> voters = new ArrayList<>();
    for (Future<Voter> f : signingIn) {
      voters.add(f.get(10, TimeUnit.MINUTES));
    }

    // By the page's script (as a browser casts): each voter has the vote page open (sixteen load
    // at a time), then all cast at once, the first hundred twice at once. By the form (as without
    // script): all open the vote page and send the ballot form at once, the first hundred twice.
    Map<Voter, Ballot> open = new java.util.HashMap<>();
    if (SCRIPT) {
      List<Future<Ballot>> opening = new ArrayList<>();
      for (Voter v : voters) {
        opening.add(preparing.submit(() -> ballotOf(v)));
      }
      for (int i = 0; i < VOTERS; i++) {
        open.put(voters.get(i), opening.get(i).get(10, TimeUnit.MINUTES));
      }
    }
    ExecutorService everyone = Executors.newFixedThreadPool(VOTERS + TWICE);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Set<String>>> shown = new ArrayList<>();
    for (int i = 0; i < VOTERS; i++) {
      Voter v = voters.get(i);
      Ballot ballot = open.get(v);
      String choice = i % 3 == 0 ? "no" : "yes";
      boolean twice = i < TWICE;
      shown.add(
          everyone.submit(
              () -> {
                go.await();
                return SCRIPT
                    ? castByScript(v, ballot, choice, twice, everyone)
                    : vote(v, choice, twice, everyone);
              }));
    }
    long start = System.nanoTime();
    go.countDown();
    List<Set<String>> receiptsShown = new ArrayList<>();
    for (int i = 0; i < VOTERS; i++) {
      Set<String> mine = shown.get(i).get(10, TimeUnit.MINUTES);
      assertThat(mine).as("receipts shown to voter %d", i).isNotEmpty();
      receiptsShown.add(mine);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "[spokes] %d voters %s at once (%d of them twice): all answered in %.1f s, %.0f ballots a"
            + " second; %d requests sent again after the server dropped them unanswered%n",
        VOTERS,
        SCRIPT
            ? "with the vote page open cast by its script"
            : "opened the vote page and sent its ballot form",
        TWICE,
        seconds,
        VOTERS / seconds,
        RESENT.get());
    everyone.shutdown();

    // The chair closes and publishes.
    WebClient laia = signedIn(LAIA);
    String page = "assembly/assembly.xhtml?id=" + assembly;
    laia.submit(laia.get(page), "agendaForm", "motions:0:closeMotion", Map.of());
    laia.submit(laia.get(page), "stateForm", "close", Map.of());
    Page published = laia.submit(laia.get(page), "stateForm", "publish", Map.of());
    assertThat(published.globalMessages())
        .contains(Assemblies.text(published, "assembly.published"));
    String motionId =
        visitor()
            .get("assembly/result.xhtml?id=" + assembly)
            .doc()
            .select("a[href*=/tally.json]")
            .first()
            .attr("href")
            .replaceAll(".*motions/(\\d+)/.*", "$1");

    // One ballot per voter in the published document...
    JsonObject document =
        Json.createReader(
                new StringReader(download("api/assembly/motions/" + motionId + "/tally.json")))
            .readObject();
    long ballots = 0;
    for (JsonValue b : document.getJsonArray("ballots")) {
      JsonObject ballot = b.asJsonObject();
      ballots += ballot.containsKey("count") ? Long.parseLong(ballot.getString("count")) : 1;
    }
    assertThat(ballots).isEqualTo(VOTERS);
    // ...and its receipts are exactly those the voters were last shown: one of each voter's.
    Set<String> hashes =
        Set.of(download("api/assembly/motions/" + motionId + "/receipts.txt").strip().split("\n"));
    assertThat(hashes).hasSize(VOTERS);
    for (int i = 0; i < VOTERS; i++) {
      long counted =
          receiptsShown.get(i).stream()
              .map(BallotKeys::receiptHash)
              .filter(hashes::contains)
              .count();
      assertThat(counted).as("published receipts of voter %d", i).isEqualTo(1);
    }

    // Everyone signs out, so their sessions end with the test.
    ExecutorService leaving = Executors.newFixedThreadPool(16);
    List<Future<Page>> left = new ArrayList<>();
    for (Voter v : voters) {
      left.add(leaving.submit(() -> v.client().signOut(v.client().get("assembly/vote.xhtml"))));
    }
    for (Future<Page> f : left) {
      f.get(10, TimeUnit.MINUTES);
    }
    preparing.shutdown();
    leaving.shutdown();
  }

  /** Signs in, trying again while the server is busy checking other passwords. */
  private Voter signIn(String email, long memberId) {
    WebClient client = new WebClient(base()).timeout(Duration.ofMinutes(5));
    for (int attempt = 0; ; attempt++) {
      Page page = client.signIn(email, DemoData.PASSWORD);
      if (!pathOf(page).startsWith("/identity/login")) {
        return new Voter(memberId, client);
      }
      assertThat(attempt)
          .as("sign-in attempts of %s: %s", email, page.globalMessages())
          .isLessThan(50);
      pause();
    }
  }

  /**
   * Opens the vote page and casts the voter's ballot (twice at once from the same page when asked);
   * answers the receipt codes the page then showed.
   */
  private static Set<String> vote(Voter v, String choice, boolean twice, ExecutorService pool)
      throws Exception {
    Page page = resent(() -> v.client().get("assembly/vote.xhtml"));
    String form =
        page.doc().select("form[id^=ballot_][id$=_" + v.memberId() + "]").stream()
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("no ballot for " + v.memberId() + ": " + page.text()))
            .id();
    Future<List<String>> second = twice ? pool.submit(() -> cast(v, page, form, choice)) : null;
    Set<String> receipts = new HashSet<>(cast(v, page, form, choice));
    if (second != null) {
      receipts.addAll(second.get(10, TimeUnit.MINUTES));
    }
    return receipts;
  }

  /** Opens the vote page and finds the voter's ballot as its script sends it. */
  private static Ballot ballotOf(Voter v) {
    Page page = resent(() -> v.client().get("assembly/vote.xhtml"));
    org.jsoup.nodes.Element form =
        page.doc().select("form[id^=ballot_][id$=_" + v.memberId() + "]").stream()
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("no ballot for " + v.memberId() + ": " + page.text()));
    return new Ballot(form.attr("data-cast"), form.attr("data-motion"), form.attr("data-voter"));
  }

  /**
   * Casts as the vote page's script does (twice at once when asked); answers the receipt codes
   * shown. A second cast of a vote that cannot be changed is refused with a sentence, no receipt.
   */
  private static Set<String> castByScript(
      Voter v, Ballot ballot, String choice, boolean twice, ExecutorService pool) throws Exception {
    Future<Set<String>> second = twice ? pool.submit(() -> castByScript(v, ballot, choice)) : null;
    Set<String> receipts = new HashSet<>(castByScript(v, ballot, choice));
    if (second != null) {
      receipts.addAll(second.get(10, TimeUnit.MINUTES));
    }
    return receipts;
  }

  private static Set<String> castByScript(Voter v, Ballot ballot, String choice) {
    Page answer =
        resent(
            () ->
                v.client()
                    .post(
                        v.client().resolve(ballot.url()),
                        Map.of(
                            "motion", ballot.motion(), "voter", ballot.voter(), "choice", choice),
                        Map.of("X-Spokes-Page", "1")));
    JsonObject json = Json.createReader(new StringReader(answer.body())).readObject();
    if (answer.status() == 400) {
      assertThat(json.getString("key")).isEqualTo("assembly.vote.alreadyCast");
      return Set.of();
    }
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return Set.of(json.getString("receipt"));
  }

  private static List<String> cast(Voter v, Page page, String form, String choice) {
    Page after = resent(() -> v.client().submit(page, form, "cast", Map.of("choice", choice)));
    assertThat(after.status()).as(after.text()).isEqualTo(200);
    return after.doc().select("code.spokes-receipt").eachText();
  }

  /**
   * Sends a request; when the server drops the connection before answering (it closes one whose
   * request has waited for a worker longer than its keep-alive timeout), sends it again, as a voter
   * whose page did not load would.
   */
  private static Page resent(java.util.function.Supplier<Page> request) {
    for (int attempt = 1; ; attempt++) {
      try {
        return request.get();
      } catch (IllegalStateException dropped) {
        if (!(dropped.getCause() instanceof java.io.IOException) || attempt == 5) {
          throw dropped;
        }
        RESENT.incrementAndGet();
      }
    }
  }

  /** Requests sent again after the server dropped them unanswered. */
  private static final java.util.concurrent.atomic.AtomicInteger RESENT =
      new java.util.concurrent.atomic.AtomicInteger();

  private List<String> createVoters() {
    WebClient probe = visitor();
    Page answer =
        probe.send(
            HttpRequest.newBuilder(probe.resolve("api/test-probe/voters?count=" + VOTERS))
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return List.of(answer.body().split("\n", -1));
  }

  private String probe(String path) {
    WebClient probe = visitor();
    Page answer =
        probe.send(
            HttpRequest.newBuilder(probe.resolve(path)).POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.body();
  }

  private String download(String path) {
    return new String(visitor().download(path).body(), StandardCharsets.UTF_8);
  }

  /** The server asked to try again in a moment. */
  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
