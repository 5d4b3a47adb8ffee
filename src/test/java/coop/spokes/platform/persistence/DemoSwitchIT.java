package coop.spokes.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The shipped WAR with nothing configured about demo data, as Docker and production start it: demo
 * data is off, so it refuses the demo secret key, and on a database that holds the demo data it
 * disables the demo accounts and says so in the log. Each test starts its own Payara Micro.
 */
class DemoSwitchIT {
  static final String OWN_KEY = "an-operators-own-secret-key-" + UUID.randomUUID();

  @Test
  void theWarsDefaultRefusesTheDemoSecretKeyAndStops() throws Exception {
    Path log = Path.of("target", "demo-switch-demo-key.log");

    Process payara = start(h2Url("demo-key"), null, log);
    boolean exited = payara.waitFor(240, TimeUnit.SECONDS);
    if (!exited) {
      payara.destroyForcibly();
    }
    String output = Files.readString(log);

    assertThat(exited).as("Payara Micro stopped by itself").isTrue();
    assertThat(payara.exitValue()).isEqualTo(Migrations.EXIT_CODE);
    assertThat(output).contains("SPOKES-MIGRATIONS-FAILED").contains("SPOKES_SECRETS_KEY");
  }

  @Test
  void theWarsDefaultDisablesTheDemoAccountsOfADemoDatabase() throws Exception {
    String url = h2Url("demo-accounts");
    JdbcDataSource demoDatabase = dataSource(url);
    Migrations.schema(demoDatabase).migrate();
    Migrations.demo(demoDatabase).migrate();
    execute(demoDatabase, "SHUTDOWN");
    Path log = Path.of("target", "demo-switch-demo-accounts.log");

    Process payara = start(url, OWN_KEY, log);
    String output = awaitLog(payara, log, "SPOKES-DEMO-ACCOUNTS-DISABLED", "Payara Micro URLs");
    payara.destroy();
    if (!payara.waitFor(60, TimeUnit.SECONDS)) {
      payara.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    assertThat(output)
        .contains("SPOKES-DEMO-ACCOUNTS-DISABLED: demo data is off, so the 39 demo account(s)")
        .doesNotContain("SPOKES-MIGRATIONS-FAILED")
        .doesNotContain("SPOKES-DEMO-DATA");
    assertThat(count(dataSource(url), "where demo = TRUE and enabled = TRUE")).isZero();
    assertThat(count(dataSource(url), "where demo = TRUE")).isEqualTo(39);
  }

  /** Payara Micro with the built WAR, an H2 database at {@code url} and no demo setting. */
  private static Process start(String url, String secretKey, Path log) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        Arrays.asList(System.getProperty("spokes.jvm", "-Duser.timezone=UTC").split("\\s+")));
    command.add("-Dspokes.db.url=" + url);
    command.add("-Dspokes.mail.smtp.port=" + System.getProperty("it.smtp.port", "3025"));
    if (secretKey != null) {
      // An operator sets both of their own: the HMAC key and the keys that seal stored secrets.
      command.add("-Dspokes.secrets.key=" + secretKey);
      byte[] sealing = new byte[32];
      new java.security.SecureRandom().nextBytes(sealing);
      command.add(
          "-Dspokes.platform.secret-keys=own:"
              + java.util.Base64.getEncoder().encodeToString(sealing));
    }
    command.addAll(
        List.of(
            "-jar",
            payaraMicroJar(),
            "--deploy",
            new File(System.getProperty("spokes.war", "target/spokes.war")).getAbsolutePath(),
            "--contextroot",
            "/",
            "--nocluster",
            "--port",
            "28187",
            "--autoBindHttp",
            "--autoBindRange",
            "100"));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    // Nothing about demo data may come from this machine's environment.
    builder.environment().keySet().removeIf(k -> k.startsWith("SPOKES_"));
    return builder.redirectOutput(log.toFile()).start();
  }

  /** The log once it shows every one of {@code lines} (or the process ends, or 4 minutes pass). */
  private static String awaitLog(Process payara, Path log, String... lines) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
    String output = "";
    while (System.nanoTime() < deadline && payara.isAlive()) {
      output = Files.readString(log);
      String seen = output;
      if (Arrays.stream(lines).allMatch(seen::contains)) {
        return output;
      }
      Thread.sleep(500);
    }
    return Files.readString(log);
  }

  private static String h2Url(String name) throws Exception {
    Path dir = Path.of("target", "demo-switch-" + name + "-" + UUID.randomUUID()).toAbsolutePath();
    Files.createDirectories(dir);
    return "jdbc:h2:file:"
        + dir.resolve("spokes")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
  }

  private static JdbcDataSource dataSource(String url) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(url);
    ds.setUser("sa");
    ds.setPassword("sa");
    return ds;
  }

  private static void execute(JdbcDataSource ds, String sql) throws Exception {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static long count(JdbcDataSource ds, String where) throws Exception {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select count(*) from identity_user_account " + where)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static String payaraMicroJar() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(p -> p.matches(".*payara-micro-[0-9.]+\\.jar"))
        .findFirst()
        .orElseThrow(
            () -> new IllegalStateException("payara-micro jar not on the test class path"));
  }
}
