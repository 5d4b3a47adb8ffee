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
   * page that fails on purpose.
   */
  @Deployment(testable = false)
  public static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(
            WebArchive.class, new File(System.getProperty("spokes.war", "target/spokes.war")))
        .addClass(FailureProbePage.class)
        .addAsWebResource("probe/failure.xhtml", "probe/failure.xhtml");
  }

  private static URI base;

  /**
   * The application's base URI on localhost (Arquillian reports the LAN address, and its path
   * depends on how the suite was started): the first of the reported context and the root where
   * /api/health answers.
   */
  protected URI base() {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
    while (base == null) {
      try {
        base = probe();
      } catch (IllegalStateException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        try {
          Thread.sleep(500);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
    return base;
  }

  private URI probe() {
    String path = deployed.getPath().endsWith("/") ? deployed.getPath() : deployed.getPath() + "/";
    StringBuilder tried = new StringBuilder();
    for (String candidate : new String[] {path, "/spokes/", "/"}) {
      URI uri = URI.create("http://localhost:" + deployed.getPort() + candidate);
      try {
        var response =
            java.net.http.HttpClient.newHttpClient()
                .send(
                    java.net.http.HttpRequest.newBuilder(uri.resolve("api/health")).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return uri;
        }
        tried.append(uri).append(" -> ").append(response.statusCode()).append("; ");
      } catch (java.io.IOException e) {
        tried.append(uri).append(" -> ").append(e).append("; ");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new IllegalStateException("Spokes does not answer at " + deployed + ": " + tried);
  }

  /**
   * The path of the page a response ended on, relative to the application
   * ("/identity/login.xhtml").
   */
  protected String pathOf(Page page) {
    return "/" + base().relativize(page.uri()).getPath();
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
