package coop.spokes.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.spokes.testing.TestDatabases;
import coop.spokes.testing.TestDatabases.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Demo data off: the demo secret key is refused, and demo accounts left in a database are disabled
 * (the start-up decisions {@link Migrations} applies), on H2 and PostgreSQL.
 */
class DemoSwitchTest {
  static final String OWN_KEY = "Zk3v9q0m-an-operators-own-secret-of-48-characters";

  static String shippedKey() throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        DemoSwitchTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
      p.load(in);
    }
    return p.getProperty("spokes.secrets.key");
  }

  @Test
  void shippedDemoKeyIsRefusedWhenDemoIsOff() throws IOException {
    String demoKey = shippedKey();

    assertThatThrownBy(() -> DemoSwitch.requireOwnSecret(false, demoKey))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SPOKES_SECRETS_KEY");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "a-secret-of-31-characters-only!",
        "demo-only-but-long-enough-to-pass-the-length-rule",
        "  demo-only-secret-key-change-me-0123456789  "
      })
  void missingShortOrDemoKeysAreRefusedWhenDemoIsOff(String key) {
    assertThatThrownBy(() -> DemoSwitch.requireOwnSecret(false, key))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anOperatorsOwnKeyIsAcceptedWhenDemoIsOff() {
    assertThatCode(() -> DemoSwitch.requireOwnSecret(false, OWN_KEY)).doesNotThrowAnyException();
  }

  @Test
  void theDemoKeyServesTheDemo() throws IOException {
    String demoKey = shippedKey();

    assertThatCode(() -> DemoSwitch.requireOwnSecret(true, demoKey)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void demoOffDisablesEveryDemoAccountAndNoOtherOn(Kind kind) {
    DataSource ds = TestDatabases.fresh(kind);
    Migrations.demo(ds).migrate();
    insertAccount(ds, 5000, "real.person@example.org");

    int disabled = DemoSwitch.disableDemoAccounts(ds);
    int again = DemoSwitch.disableDemoAccounts(ds);

    assertThat(disabled).isEqualTo(39);
    assertThat(again).isZero();
    assertThat(count(ds, "where enabled = TRUE and email like '%.example'")).isZero();
    assertThat(count(ds, "where enabled = TRUE and email = 'real.person@example.org'"))
        .isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void demoAccountsLoadedBeforeTheMarkerExistedAreDisabledToo(Kind kind) {
    DataSource ds = TestDatabases.freshUnmigrated(kind);
    migrations(ds, "db/migration", "flyway_schema_history", lastVersionBefore(ds, "20"));
    // The accounts come with V1; the timesheet scripts (V5 on) follow the current schema (V22).
    migrations(ds, "db/demo", "flyway_demo_history", "4");
    Migrations.schema(ds).migrate();

    int disabled = DemoSwitch.disableDemoAccounts(ds);

    assertThat(disabled).isEqualTo(39);
    assertThat(count(ds, "where enabled = TRUE")).isZero();
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aDatabaseWithoutDemoDataKeepsEveryAccount(Kind kind) {
    DataSource ds = TestDatabases.fresh(kind);
    insertAccount(ds, 5000, "real.person@example.org");

    assertThat(DemoSwitch.disableDemoAccounts(ds)).isZero();
    assertThat(count(ds, "where enabled = TRUE")).isEqualTo(1);
  }

  /** The last schema migration before {@code version} (whichever numbers other changes took). */
  private static String lastVersionBefore(DataSource ds, String version) {
    MigrationVersion limit = MigrationVersion.fromVersion(version);
    return Arrays.stream(Migrations.schema(ds).info().all())
        .map(MigrationInfo::getVersion)
        .filter(v -> v.isNewerThan(MigrationVersion.fromVersion("0")) && limit.isNewerThan(v))
        .max(MigrationVersion::compareTo)
        .orElseThrow()
        .getVersion();
  }

  private static void migrations(DataSource ds, String location, String table, String target) {
    Flyway.configure()
        .dataSource(ds)
        .locations("classpath:" + location)
        .table(table)
        .baselineOnMigrate(table.equals("flyway_demo_history"))
        .baselineVersion("0")
        .target(target)
        .load()
        .migrate();
  }

  private static void insertAccount(DataSource ds, long id, String email) {
    TestDatabases.execute(
        ds,
        "insert into identity_user_account (id, email, display_name, language, time_zone, enabled,"
            + " created_at) values ("
            + id
            + ", '"
            + email
            + "', 'Real Person', 'en', 'UTC', TRUE, current_timestamp)");
  }

  private static long count(DataSource ds, String where) {
    return TestDatabases.number(ds, "select count(*) from identity_user_account " + where)
        .longValue();
  }
}
