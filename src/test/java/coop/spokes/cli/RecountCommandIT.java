package coop.spokes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged command as a recounting member runs it: {@code java -jar target/spokes-cli.jar} with
 * nothing else on the class path, on the documents of {@code docs/examples}.
 */
public class RecountCommandIT {

  static final Path JAR = Path.of("target", "spokes-cli.jar");

  @TempDir Path dir;

  /** What a run of the command gave. */
  public record Run(int exit, String out, String err) {}

  /** Runs the packaged command with {@code args}, in English. */
  public static Run run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Duser.language=en");
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).start();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(
        p.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void thePublishedWorkedExampleRecountsToTheSameFigures() throws Exception {
    Run run = run("recount", "docs/examples/worked-example.json");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Result: PASSED")
        .contains("The published outcome matches the recount.");
  }

  @Test
  void aChangedFigureExitsOneAndABrokenDocumentTwo() throws Exception {
    String example = Files.readString(Path.of("docs/examples/worked-example.json"));
    Path changed = Files.writeString(dir.resolve("changed.json"), example.replace("200/3", "67"));
    Path broken =
        Files.writeString(dir.resolve("broken.json"), example.replace("\"40\"", "\"41\""));

    Run differs = run("recount", changed.toString(), "--json");
    assertThat(differs.exit()).isEqualTo(1);
    assertThat(differs.out()).contains("\"matches\": false").contains("published 67");

    Run invalid = run("recount", broken.toString());
    assertThat(invalid.exit()).isEqualTo(2);
    assertThat(invalid.err()).contains("$.scheme.classShares.shares");
  }

  @Test
  void proxiesAndChangedVotesAreResolvedAsTheSettingsSay() throws Exception {
    Run run = run("recount", "docs/examples/proxies-example.json", "--json");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"setAside\"").contains("replaced by a later ballot");
  }
}
