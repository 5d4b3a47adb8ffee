package coop.spokes.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import coop.spokes.testing.DemoData;
import coop.spokes.testing.Page;
import coop.spokes.testing.SpokesIT;
import coop.spokes.testing.WebClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The database can restart under Spokes (issue #13): PostgreSQL ends every connection of the
 * application's pool (as a restart or an administrator's {@code pg_terminate_backend} does), and
 * the next page that reads the database answers correctly at once, because the pool checks each
 * connection before handing it out and drops them all at the first dead one. Runs in the PostgreSQL
 * pass ({@code -Ppostgres}); skipped on H2, which lives inside the application.
 */
class DatabaseRestartIT extends SpokesIT {

  @Test
  void afterPostgresqlEndsEveryConnectionTheNextPageAnswersAtOnce() throws Exception {
    String url = System.getProperty("it.db.url", "");
    assumeTrue(url.startsWith("jdbc:postgresql:"), "only on PostgreSQL");
    WebClient manager = signedIn(DemoData.MANAGER_ES);
    assertThat(manager.get("membership/review/members.xhtml").status()).isEqualTo(200);

    int ended = terminateOtherConnections(url);

    long started = System.nanoTime();
    Page members = manager.get("membership/review/members.xhtml");
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertThat(ended).as("the pool's connections were ended").isPositive();
    System.out.println(
        "DatabaseRestartIT: first page after the restart took " + took.toMillis() + " ms");
    assertThat(members.status()).isEqualTo(200);
    assertThat(members.doc().getElementById("membersForm:members").text()).contains("ES-0000");
    // The old pool stalled 5-10 s on its dead connections; now about 0.4 s (a second is the aim,
    // two the bound here so a busy machine does not fail it).
    assertThat(took).isLessThan(Duration.ofSeconds(2));
  }

  /** Ends every connection to the test database but this one; returns how many were ended. */
  private static int terminateOtherConnections(String url) throws Exception {
    try (Connection c =
            DriverManager.getConnection(
                url, System.getProperty("it.db.user"), System.getProperty("it.db.password"));
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "select count(*) from (select pg_terminate_backend(pid) from pg_stat_activity"
                    + " where datname = current_database() and pid <> pg_backend_pid()) ended")) {
      r.next();
      return r.getInt(1);
    }
  }
}
