package coop.spokes.testing;

import java.io.File;
import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of every integration test: the built WAR (exactly what ships), deployed once per run on a
 * real Payara Micro (arquillian.xml names this class to the suite extension), called from outside
 * over HTTP. Tests share one database with demo data: each creates its own records with unique
 * names and never assumes an empty table.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class SpokesIT {

  @ArquillianResource protected URL deployed;

  /**
   * The packaged WAR from target/ (never a hand-listed set of classes), plus the test-only probe
   * page that fails on purpose and the outbox probe.
   */
  @Deployment(testable = false)
  public static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(
            WebArchive.class, new File(System.getProperty("spokes.war", "target/spokes.war")))
        .addClass(FailureProbePage.class)
        .addClass(OutboxProbe.class)
        .addClass(DatabaseProbe.class)
        .addClass(VoterProbe.class)
        .addClass(SessionProbe.class)
        .addClass(ClockProbe.class)
        .addClass(ClockProbe.OffsetClock.class)
        .addAsWebResource("probe/failure.xhtml", "probe/failure.xhtml");
  }

  private static URI base;
  private static long deadline;

  /**
   * The application's base URI on localhost. Arquillian reports the LAN address, its path depends
   * on how the suite was started, and when the port it chose was taken meanwhile Payara binds the
   * next free one: so this probes the reported port and the next few, with the reported context and
   * the root, until /api/health answers (for at most a minute in all).
   */
  protected URI base() {
    if (base == null && deadline == 0) {
      deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
    }
    while (base == null) {
      base = probe();
      if (base == null) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "Spokes does not answer at " + deployed + " or the next ports");
        }
        try {
          Thread.sleep(500);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
    }
    return base;
  }

  /**
   * Only the suite's deployment has the test-only probe page (not a dev server on a nearby port).
   */
  private static boolean isTestDeployment(java.net.http.HttpClient client, URI uri)
      throws java.io.IOException, InterruptedException {
    return client
            .send(
                java.net.http.HttpRequest.newBuilder(uri.resolve("probe/failure.xhtml"))
                    .timeout(java.time.Duration.ofSeconds(10))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.discarding())
            .statusCode()
        == 200;
  }

  private URI probe() {
    String path = deployed.getPath().endsWith("/") ? deployed.getPath() : deployed.getPath() + "/";
    var client =
        java.net.http.HttpClient.newBuilder()
            .connectTimeout(java.time.Duration.ofMillis(300))
            .build();
    for (int port = deployed.getPort(); port < deployed.getPort() + 20; port++) {
      for (String candidate : new String[] {path, "/spokes/", "/"}) {
        URI uri = URI.create("http://localhost:" + port + candidate);
        try {
          var response =
              client.send(
                  java.net.http.HttpRequest.newBuilder(uri.resolve("api/health"))
                      .timeout(java.time.Duration.ofSeconds(5))
                      .build(),
                  java.net.http.HttpResponse.BodyHandlers.ofString());
          if (response.statusCode() == 200
              && response.body().contains("\"UP\"")
              && isTestDeployment(client, uri)) {
            return uri;
          }
        } catch (java.io.IOException e) {
          // nothing there (yet): try the next
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return null;
        }
      }
    }
    return null;
  }

  /**
   * The path of the page a response ended on, relative to the application
   * ("/identity/login.xhtml").
   */
  protected String pathOf(Page page) {
    return "/" + base().relativize(page.uri()).getPath();
  }

  /**
   * Asserts that {@code who} gets the same answer for a record of someone else ({@code foreign}) as
   * for one that exists nowhere ({@code missing}): the "not found" page (or 404 from the API), with
   * the same text, so trying ids tells nothing about which records exist.
   */
  protected void assertSameAsMissing(WebClient who, String foreign, String missing) {
    Page theirs = who.get(foreign);
    Page none = who.get(missing);
    org.assertj.core.api.Assertions.assertThat(theirs.status()).as(foreign).isEqualTo(404);
    org.assertj.core.api.Assertions.assertThat(none.status()).as(missing).isEqualTo(404);
    org.assertj.core.api.Assertions.assertThat(theirs.text()).isEqualTo(none.text());
  }

  /**
   * Waits until every mail queued for {@code recipient} has reached the test SMTP server (or been
   * given up): tests that count someone's mail call this first, instead of waiting a while.
   */
  protected void awaitMailSentTo(String recipient) {
    awaitOutbox("pending", recipient, n -> n == 0, "no mail to %s left to send");
  }

  /**
   * Waits until a mail to {@code recipient} has failed a first attempt and waits for a retry (an
   * SMTP outage is on): tests of retries call this instead of waiting a while.
   */
  protected void awaitFailedAttemptTo(String recipient) {
    awaitOutbox("retrying", recipient, n -> n > 0, "a mail to %s waiting for a retry");
  }

  /** Polls the outbox probe's {@code count} of {@code recipient}'s mail until {@code done}. */
  private void awaitOutbox(
      String count, String recipient, java.util.function.LongPredicate done, String what) {
    WebClient probe = visitor();
    String path =
        "api/test-probe/outbox/"
            + count
            + "?to="
            + java.net.URLEncoder.encode(recipient, java.nio.charset.StandardCharsets.UTF_8);
    Waits.until(
        what.formatted(recipient), () -> done.test(Long.parseLong(probe.get(path).body().strip())));
  }

  /**
   * Sets the application's clock {@code offset} from real time ({@link ClockProbe}); a test that
   * moves it sets it back to {@link java.time.Duration#ZERO} in a {@code finally}.
   */
  protected void clockOffset(java.time.Duration offset) {
    WebClient probe = visitor();
    Page set =
        probe.send(
            java.net.http.HttpRequest.newBuilder(
                    probe.resolve("api/test-probe/clock?offset-seconds=" + offset.toSeconds()))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
    org.assertj.core.api.Assertions.assertThat(set.status()).as("clock probe").isEqualTo(204);
  }

  protected WebClient visitor() {
    return new WebClient(base());
  }

  /** A client signed in as {@code email} with the demo password. */
  protected WebClient signedIn(String email) {
    WebClient client = new WebClient(base());
    Page page = client.signIn(email, DemoData.PASSWORD);
    if (pathOf(page).startsWith("/identity/login")) {
      throw new IllegalStateException(
          "could not sign in as " + email + ": " + page.globalMessages());
    }
    return client;
  }
}
