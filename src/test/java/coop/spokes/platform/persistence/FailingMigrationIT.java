package coop.spokes.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * A failing migration stops Spokes with a clear log line and a non-zero exit, instead of leaving
 * Payara Micro up and answering 404 everywhere. Starts its own Payara Micro with a WAR that has one
 * broken migration more.
 */
class FailingMigrationIT {

  @Test
  void brokenMigrationStopsTheServerWithExitCode3AndAClearLogLine() throws Exception {
    Path target = Path.of("target");
    File war = target.resolve("spokes-broken-migration.war").toFile();
    ShrinkWrap.createFromZipFile(
            WebArchive.class, new File(System.getProperty("spokes.war", "target/spokes.war")))
        .addAsWebInfResource(
            new StringAsset("CREATE TABLE broken_on_purpose (;"),
            "classes/db/migration/V999__broken.sql")
        .as(ZipExporter.class)
        .exportTo(war, true);
    Path log = target.resolve("failing-migration.log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        Arrays.asList(System.getProperty("spokes.jvm", "-Duser.timezone=UTC").split("\\s+")));
    command.addAll(
        List.of(
            "-Dspokes.db.url=jdbc:h2:mem:broken;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
            "-Dspokes.demo.enabled=true",
            "-jar",
            payaraMicroJar(),
            "--deploy",
            war.getAbsolutePath(),
            "--contextroot",
            "/",
            "--nocluster",
            "--port",
            "28087",
            "--autoBindHttp",
            "--autoBindRange",
            "100"));
    Process payara =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();

    boolean exited = payara.waitFor(240, TimeUnit.SECONDS);
    if (!exited) {
      payara.destroyForcibly();
    }
    String output = Files.readString(log);

    assertThat(exited).as("Payara Micro stopped by itself").isTrue();
    assertThat(payara.exitValue()).isEqualTo(3);
    assertThat(output).contains("SPOKES-MIGRATIONS-FAILED").contains("V999__broken.sql");
  }

  private static String payaraMicroJar() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(p -> p.matches(".*payara-micro-[0-9.]+\\.jar"))
        .findFirst()
        .orElseThrow(
            () -> new IllegalStateException("payara-micro jar not on the test class path"));
  }
}
