package coop.spokes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.assembly.tally.TallyTest;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recount command's exit codes and outputs, run in-process on documents in files. */
class SpokesCliTest {

  @TempDir Path dir;

  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int run(Locale locale, String... args) {
    return new SpokesCli(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            locale)
        .run(args);
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  Path write(String name, String json) throws IOException {
    return Files.writeString(dir.resolve(name), json);
  }

  static String worked() {
    return TallyTest.worked("{\"fraction\": \"2/3\", \"comparison\": \">=\"}");
  }

  static String published(String yes) {
    return worked()
        .replace(
            "\"ballots\"",
            "\"outcome\": {\"result\": \"PASSED\", \"options\": {\"yes\": {\"weight\": \""
                + yes
                + "\"}}}, \"ballots\"");
  }

  @Test
  void aCountPrintsEveryFigureAndExitsZero() throws IOException {
    Path file = write("worked.json", worked());

    assertThat(run(Locale.ENGLISH, "recount", file.toString())).isZero();
    assertThat(out())
        .contains("Result: PASSED")
        .contains("yes: 200/3 (≈ 66.6667)")
        .contains("share 50 (COUNTED)")
        .contains("Threshold for yes: 200/3 (≈ 66.6667) of 100")
        .contains("no published outcome");
  }

  @Test
  void jsonOutputHoldsTheFiguresAsExactStrings() throws IOException {
    Path file = write("worked.json", worked());

    assertThat(run(Locale.ENGLISH, "recount", file.toString(), "--json")).isZero();
    JsonObject json = JsonProvider.provider().createReader(new StringReader(out())).readObject();
    assertThat(json.getString("format")).isEqualTo("spokes-recount/1");
    assertThat(json.getString("result")).isEqualTo("PASSED");
    assertThat(json.getJsonObject("options").getJsonObject("yes").getString("weight"))
        .isEqualTo("200/3");
    assertThat(
            json.getJsonObject("classes")
                .getJsonObject("consumer")
                .getJsonObject("turnout")
                .getString("heads"))
        .isEqualTo("1/2");
    assertThat(json.getJsonArray("thresholds").getJsonObject(0).getString("share"))
        .isEqualTo("2/3");
    assertThat(json.getJsonObject("units").getString("tally")).isEqualTo("points of 100");
  }

  @Test
  void aPublishedOutcomeThatDiffersExitsOneAndSaysWhere() throws IOException {
    assertThat(run(Locale.ENGLISH, "recount", write("ok.json", published("200/3")).toString()))
        .isZero();
    assertThat(out()).contains("The published outcome matches the recount.");

    out.reset();
    assertThat(run(Locale.ENGLISH, "recount", write("bad.json", published("66")).toString()))
        .isEqualTo(1);
    assertThat(out())
        .contains("differs from the recount in 1 figures")
        .contains("$.outcome.options.yes.weight: published 66, recount 200/3");
  }

  @Test
  void anInvalidDocumentExitsTwoNamingThePath() throws IOException {
    String outOfBounds =
        worked()
            .replace(
                "\"denominator\"",
                "\"bounds\": {\"producer\": {\"max\": \"2/5\"}}, \"denominator\"");

    assertThat(run(Locale.ENGLISH, "recount", write("bad.json", outOfBounds).toString()))
        .isEqualTo(2);
    assertThat(err())
        .contains("Invalid tally document at $.scheme.classShares.shares.producer")
        .contains("outside its bounds");

    err.reset();
    assertThat(run(Locale.ENGLISH, "recount", write("bad.json", outOfBounds).toString(), "--json"))
        .isEqualTo(2);
    JsonObject json = JsonProvider.provider().createReader(new StringReader(out())).readObject();
    assertThat(json.getJsonObject("invalid").getString("path"))
        .isEqualTo("$.scheme.classShares.shares.producer");
  }

  @Test
  void theReasonIsInTheReadersLanguageAndTheJsonKeepsEnglishWithItsKey() throws IOException {
    Path bad =
        write(
            "bad.json",
            worked()
                .replace(
                    "\"denominator\"",
                    "\"bounds\": {\"producer\": {\"max\": \"2/5\"}}, \"denominator\""));

    assertThat(run(Locale.FRENCH, "recount", bad.toString())).isEqualTo(2);
    assertThat(err())
        .contains(
            "Document de dépouillement non valide en $.scheme.classShares.shares.producer : la part"
                + " 50 représente 1/2 du total, hors de ses bornes 0 à 2/5");

    err.reset();
    assertThat(run(Locale.FRENCH, "recount", bad.toString(), "--json")).isEqualTo(2);
    JsonObject invalid =
        JsonProvider.provider()
            .createReader(new StringReader(out()))
            .readObject()
            .getJsonObject("invalid");
    assertThat(invalid.getString("reason"))
        .isEqualTo("the share 50 is 1/2 of the total, outside its bounds 0 to 2/5");
    assertThat(invalid.getString("key")).isEqualTo("assembly.tally.invalid.shareOutOfBounds");
    assertThat(invalid.getJsonArray("args").getValuesAs(jakarta.json.JsonString::getString))
        .containsExactly("50", "1/2", "0", "2/5");
    assertThat(err()).contains("hors de ses bornes");
  }

  @Test
  void setAsideBallotsAreExplainedInTheReadersLanguage() throws IOException {
    Path file =
        write(
            "changed.json",
            worked()
                .replace(
                    "{\"class\": \"individual\", \"receipt\": \"9f2c\", \"choices\": {\"yes\": \"1\"}}",
                    "{\"class\": \"individual\", \"receipt\": \"9f2c\", \"voter\": \"i1\","
                        + " \"sequence\": \"1\", \"choices\": {\"no\": \"1\"}},"
                        + " {\"class\": \"individual\", \"receipt\": \"9f2d\", \"voter\": \"i1\","
                        + " \"sequence\": \"2\", \"choices\": {\"yes\": \"1\"}}")
                .replace("\"ballots\"", "\"settings\": {\"changingVotes\": true}, \"ballots\""));

    assertThat(run(Locale.FRENCH, "recount", file.toString())).isZero();
    assertThat(out()).contains("bulletin 4, pour i1 : remplacé par un bulletin ultérieur");

    out.reset();
    assertThat(run(Locale.FRENCH, "recount", file.toString(), "--json")).isZero();
    JsonObject row =
        JsonProvider.provider()
            .createReader(new StringReader(out()))
            .readObject()
            .getJsonArray("setAside")
            .getJsonObject(0);
    assertThat(row.getString("reason")).isEqualTo("replaced by a later ballot");
    assertThat(row.getString("key")).isEqualTo("assembly.tally.setAside.replaced");
  }

  @Test
  void misuseAndMissingFilesExitTwoWithUsage() {
    assertThat(run(Locale.ENGLISH)).isEqualTo(2);
    assertThat(err()).contains("java -jar spokes-cli.jar recount FILE [--json]");

    err.reset();
    assertThat(run(Locale.ENGLISH, "recount", dir.resolve("none.json").toString())).isEqualTo(2);
    assertThat(err()).contains("No such file");
  }

  @Test
  void theReportSpeaksTheReadersLanguage() throws IOException {
    Path file = write("worked.json", worked());

    assertThat(run(Locale.FRENCH, "recount", file.toString())).isZero();
    assertThat(out()).contains("Résultat : PASSED").contains("Collège producer :");
    out.reset();
    assertThat(run(Locale.forLanguageTag("ca"), "recount", file.toString())).isZero();
    assertThat(out()).contains("Resultat: PASSED");
  }

  @Test
  void whatIfShowsEachClassVoterWeightAtTheChosenTurnouts() throws IOException {
    Path file = write("worked.json", worked());

    assertThat(run(Locale.ENGLISH, "what-if", file.toString(), "producer=1/2", "consumer=1/4"))
        .isZero();
    assertThat(out())
        .contains("producer, member: at turnout 1/2 (≈ 0.5), one voter weighs 50/3 (≈ 16.6667)")
        .contains("consumer, member: at turnout 1/4 (≈ 0.25), one voter weighs 4/3 (≈ 1.3333)");
  }
}
