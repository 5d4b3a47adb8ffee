package coop.spokes.platform.persistence;

import coop.spokes.platform.security.SecretBox;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Migrates the database with Flyway when the application is deployed, before Payara routes the
 * first request to it, then loads the demo data once when demo data is on ({@code
 * spokes.demo.enabled}, off unless asked for), or disables any demo accounts when it is off. With
 * demo data off, the demo secret key is refused before anything else ({@link DemoSwitch}).
 *
 * <p>A failing migration must stop the application: Payara Micro otherwise stays up and answers
 * every URL with its own 404 page. The failure is logged with the marker {@code
 * SPOKES-MIGRATIONS-FAILED} and the JVM exits with code 3 (unless {@code
 * spokes.db.migrations.exit-on-failure} is false).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class Migrations {
  private static final Logger LOG = Logger.getLogger(Migrations.class.getName());
  static final int EXIT_CODE = 3;

  @Resource(lookup = DataSourceConfig.JNDI_NAME)
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "spokes.demo.enabled", defaultValue = "false")
  boolean demoEnabled;

  @Inject
  @ConfigProperty(name = "spokes.db.migrations.exit-on-failure", defaultValue = "true")
  boolean exitOnFailure;

  @Inject
  @ConfigProperty(name = "spokes.secrets.key")
  String secretsKey;

  @Inject
  @ConfigProperty(name = SecretBox.CONFIG_KEY)
  java.util.List<String> secretBoxKeys;

  @PostConstruct
  void migrate() {
    try {
      DemoSwitch.requireOwnSecret(demoEnabled, secretsKey);
      SecretBox.refuseDemoKeys(secretBoxKeys, demoEnabled);
      var result = schema(dataSource).migrate();
      LOG.info(
          () ->
              "SPOKES-MIGRATIONS-OK: schema at version "
                  + (result.targetSchemaVersion == null
                      ? "(unchanged)"
                      : result.targetSchemaVersion)
                  + ", "
                  + result.migrationsExecuted
                  + " migration(s) applied");
      if (demoEnabled) {
        var demo = demo(dataSource).migrate();
        LOG.info(() -> "SPOKES-DEMO-DATA: " + demo.migrationsExecuted + " demo script(s) applied");
      } else {
        disableDemoAccounts();
      }
    } catch (RuntimeException e) {
      LOG.log(
          Level.SEVERE,
          "SPOKES-MIGRATIONS-FAILED: database migration failed, the application will not start: "
              + e.getMessage(),
          e);
      if (exitOnFailure) {
        // Exit from another thread: System.exit inside deployment would block on the deployer.
        new Thread(() -> System.exit(EXIT_CODE), "spokes-exit").start();
      }
      throw e;
    }
  }

  private void disableDemoAccounts() {
    int disabled = DemoSwitch.disableDemoAccounts(dataSource);
    if (disabled > 0) {
      LOG.warning(
          () ->
              "SPOKES-DEMO-ACCOUNTS-DISABLED: demo data is off, so the "
                  + disabled
                  + " demo account(s) in this database (published password) were disabled");
    }
  }

  /** The schema migrations in {@code db/migration}, shared by the server and the tests. */
  public static Flyway schema(DataSource dataSource) {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .failOnMissingLocations(true)
        .load();
  }

  /**
   * The demo data in {@code db/demo}, tracked in its own history table so it loads once. A demo
   * script describes a fresh demo on the current schema and follows it when a table moves (V5's
   * approvals, after V22); a database that loaded the earlier text keeps its data, so the applied
   * scripts' checksums are not compared.
   */
  public static Flyway demo(DataSource dataSource) {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/demo")
        .table("flyway_demo_history")
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .validateOnMigrate(false)
        .load();
  }
}
