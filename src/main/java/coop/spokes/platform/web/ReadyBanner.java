package coop.spokes.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Prints where Spokes answers (and the demo logins when demo data is on) once {@code /api/health}
 * answers 200, so the person who typed the run command knows when to open the browser. Polls the
 * configured local base URL for at most three minutes, then gives up quietly.
 */
@ApplicationScoped
public class ReadyBanner {
  private static final Logger LOG = Logger.getLogger(ReadyBanner.class.getName());

  @Inject
  @ConfigProperty(name = "spokes.base.url")
  String baseUrl;

  @Inject
  @ConfigProperty(name = "spokes.demo.enabled", defaultValue = "false")
  boolean demo;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    Thread t = new Thread(this::waitAndPrint, "spokes-ready-banner");
    t.setDaemon(true);
    t.start();
  }

  private void waitAndPrint() {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    URI health = URI.create(baseUrl.replaceAll("/+$", "") + "/api/health");
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        var response =
            client.send(
                HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          LOG.info(banner());
          return;
        }
      } catch (java.io.IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private String banner() {
    StringBuilder b = new StringBuilder("\n\n  Spokes is ready: ").append(baseUrl).append("\n");
    if (demo) {
      b.append("  Demo logins (password for all: ").append(DemoLogins.PASSWORD).append(")\n");
      for (String[] login : DemoLogins.LOGINS) {
        b.append(String.format("    %-34s %s%n", login[0], login[1]));
      }
    }
    return b.append("\n").toString();
  }
}
