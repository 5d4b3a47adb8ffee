package coop.spokes.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * For {@code mvn verify -Ppostgres}: empties the PostgreSQL schema under test before the
 * integration suite starts Payara, so each run starts clean (the application migrates it and loads
 * the demo data). Does nothing unless {@code it.db.clean=true}.
 */
public class CleanDatabase implements LauncherSessionListener {

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (!Boolean.getBoolean("it.db.clean")) {
      return;
    }
    String url = System.getProperty("it.db.url");
    try (Connection c =
            DriverManager.getConnection(
                url, System.getProperty("it.db.user"), System.getProperty("it.db.password"));
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS public CASCADE");
      s.execute("CREATE SCHEMA public");
      System.out.println("[spokes] emptied schema public of " + url);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot clean the test database at " + url, e);
    }
  }
}
