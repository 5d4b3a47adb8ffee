package coop.spokes.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * What "demo data off" ({@code spokes.demo.enabled=false}, the WAR's default) means at start: the
 * demo secret key, published in the repository, is refused, and the demo accounts a database may
 * still hold, whose password is published too, are disabled. {@link Migrations} applies both before
 * the application serves anything.
 */
public final class DemoSwitch {
  /** The demo default of {@code spokes.secrets.key} starts with this. */
  static final String DEMO_SECRET_PREFIX = "demo-only";

  /** The shortest secret key accepted when demo data is off. */
  static final int MIN_SECRET_LENGTH = 32;

  private DemoSwitch() {}

  /**
   * Refuses the secret key when demo data is off and the key is missing, the demo one or shorter
   * than 32 characters: tokens and keyed hashes made with a published key protect nothing.
   *
   * @throws IllegalStateException saying which setting to change
   */
  public static void requireOwnSecret(boolean demoEnabled, String secretKey) {
    if (demoEnabled) {
      return;
    }
    if (secretKey == null
        || secretKey.strip().startsWith(DEMO_SECRET_PREFIX)
        || secretKey.strip().length() < MIN_SECRET_LENGTH) {
      throw new IllegalStateException(
          "spokes.secrets.key (SPOKES_SECRETS_KEY) must be set to a secret of at least "
              + MIN_SECRET_LENGTH
              + " characters, not the demo key, when demo data is off (spokes.demo.enabled=false)");
    }
  }

  /**
   * Disables every enabled demo account (marked {@code demo} by the demo data, see migration V20)
   * and returns how many it disabled; the accounts and what they recorded stay. Run at each start
   * with demo data off, so a demo account an admin enabled again is disabled again.
   */
  public static int disableDemoAccounts(DataSource dataSource) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      if (!c.getAutoCommit()) {
        int disabled = s.executeUpdate(DISABLE);
        c.commit();
        return disabled;
      }
      return s.executeUpdate(DISABLE);
    } catch (SQLException e) {
      throw new IllegalStateException("could not disable the demo accounts", e);
    }
  }

  private static final String DISABLE =
      "UPDATE identity_user_account SET enabled = FALSE WHERE demo = TRUE AND enabled = TRUE";
}
