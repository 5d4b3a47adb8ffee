package coop.spokes.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The shipped defaults that security and durability depend on. */
class ConfigDefaultsTest {

  static Properties defaults() throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        ConfigDefaultsTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
      p.load(in);
    }
    return p;
  }

  @Test
  void passwordsAreHashedWithSixHundredThousandIterationsByDefault() throws IOException {
    assertThat(defaults().getProperty("spokes.identity.pbkdf2.iterations")).isEqualTo("600000");
  }

  @Test
  void embeddedH2NeverLosesAcknowledgedCommits() throws IOException {
    String url = defaults().getProperty("spokes.db.url");

    assertThat(url)
        .startsWith("jdbc:h2:file:./data/")
        .contains(";WRITE_DELAY=0")
        .contains("MODE=PostgreSQL");
  }

  @Test
  void productionStageIsTheDefaultAndAMigrationFailureStopsTheServer() throws IOException {
    Properties p = defaults();

    assertThat(p.getProperty("spokes.stage")).isEqualTo("Production");
    assertThat(p.getProperty("spokes.db.migrations.exit-on-failure")).isEqualTo("true");
  }

  @Test
  void sessionsHaveAnIdleAndAnAbsoluteLimit() throws IOException {
    Properties p = defaults();

    assertThat(Integer.parseInt(p.getProperty("spokes.identity.session.idle-minutes")))
        .isBetween(5, 60);
    assertThat(Integer.parseInt(p.getProperty("spokes.identity.session.absolute-minutes")))
        .isBetween(60, 24 * 60);
  }

  @Test
  void everyConfigurationKeyIsDocumentedWithItsEnvironmentVariable() throws IOException {
    String operations = Files.readString(Path.of("docs/operations.md"));

    for (String key : defaults().stringPropertyNames()) {
      String env = key.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
      assertThat(operations).as(key).contains("`" + key + "`").contains("`" + env + "`");
    }
  }

  @Test
  void demoDataIsOffUnlessTheRunCommandAsksForIt() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"));
    String runCommand =
        pom.substring(
            pom.indexOf("<artifactId>payara-micro-maven-plugin</artifactId>"),
            pom.indexOf("</javaCommandLineOptions>"));

    assertThat(defaults().getProperty("spokes.demo.enabled")).isEqualTo("false");
    assertThat(runCommand).contains("<value>-Dspokes.demo.enabled=true</value>");
    assertThat(Files.readString(Path.of("docker/Dockerfile")))
        .contains("SPOKES_DEMO_ENABLED=false");
    assertThat(Files.readString(Path.of("docker/compose.yaml")))
        .contains("SPOKES_DEMO_ENABLED: \"false\"");
  }

  @Test
  void runCommandAndDockerKeepClusteringOff() throws IOException {
    assertThat(Files.readString(Path.of("pom.xml"))).contains("<key>--nocluster</key>");
    assertThat(Files.readString(Path.of("docker/Dockerfile"))).contains("--nocluster");
  }
}
