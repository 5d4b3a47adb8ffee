package coop.spokes.assembly.tally;

import static coop.spokes.assembly.tally.TallyDocuments.count;
import static coop.spokes.assembly.tally.TallyDocuments.document;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The tally's reasons in every language: each pattern a valid {@link MessageFormat} with the
 * English pattern's arguments and no apostrophe lost, English whatever the JVM's language, numbers
 * never grouped.
 */
class TallyTextsTest {

  static final Path I18N = Path.of("i18n");
  static final List<String> LANGUAGES = List.of("", "_es", "_ca", "_fr");
  static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)\\}");

  /** An apostrophe not doubled: MessageFormat would drop it and quote what follows. */
  static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

  static Map<String, String> load(String suffix) throws IOException {
    Properties p = new Properties();
    try (Reader r =
        Files.newBufferedReader(
            I18N.resolve("assembly" + suffix + ".properties"), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    Map<String, String> map = new TreeMap<>();
    p.forEach((k, v) -> map.put((String) k, (String) v));
    return map;
  }

  static Set<String> arguments(String pattern) {
    Set<String> found = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(pattern);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  @Test
  void everyPatternKeepsItsApostrophesAndTheEnglishArguments() throws IOException {
    Map<String, String> english = load("");
    List<String> problems = new ArrayList<>();
    for (String suffix : LANGUAGES) {
      for (var e : load(suffix).entrySet()) {
        String pattern = e.getValue();
        String where = "assembly" + suffix + ": " + e.getKey();
        if (LONE_APOSTROPHE.matcher(pattern).find()) {
          problems.add(where + " has a lone apostrophe (write it as two)");
        }
        try {
          new MessageFormat(pattern);
        } catch (IllegalArgumentException ex) {
          problems.add(where + " is not a MessageFormat pattern: " + ex.getMessage());
        }
        if (!arguments(pattern).equals(arguments(english.getOrDefault(e.getKey(), "")))) {
          problems.add(where + " has arguments " + arguments(pattern) + ", unlike English");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyTallyKeyIsUsedByTheTally() throws IOException {
    StringBuilder code = new StringBuilder();
    try (Stream<Path> files = Files.list(Path.of("src/main/java/coop/spokes/assembly/tally"))) {
      for (Path f : files.toList()) {
        code.append(Files.readString(f));
      }
    }
    List<String> unused =
        load("").keySet().stream()
            .filter(k -> k.startsWith("assembly.tally."))
            .filter(k -> !code.toString().contains("\"" + k + "\""))
            .toList();
    assertThat(unused).isEmpty();
  }

  @Test
  void theReasonIsEnglishWhateverTheJvmLanguageAndTranslatedOnRequest() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("es"));
      InvalidTallyException e =
          new InvalidTallyException(
              "$.scheme.classShares.shares.producer",
              "assembly.tally.invalid.shareOutOfBounds",
              Fraction.of(60),
              Fraction.parse("3/5"),
              Fraction.parse("1/10"),
              Fraction.parse("1/2"));

      assertThat(e.reason())
          .isEqualTo("the share 60 is 3/5 of the total, outside its bounds 1/10 to 1/2");
      assertThat(e.getMessage()).isEqualTo("$.scheme.classShares.shares.producer: " + e.reason());
      assertThat(e.reason(Locale.ENGLISH)).isEqualTo(e.reason());
      assertThat(e.reason(Locale.GERMAN)).isEqualTo(e.reason());
      assertThat(e.reason(Locale.forLanguageTag("es")))
          .isEqualTo("la cuota 60 es 3/5 del total, fuera de sus límites de 1/10 a 1/2");
      assertThat(e.reason(Locale.forLanguageTag("ca")))
          .isEqualTo("la quota 60 és 3/5 del total, fora dels seus límits de 1/10 a 1/2");
      assertThat(e.reason(Locale.FRENCH))
          .isEqualTo("la part 60 représente 3/5 du total, hors de ses bornes 1/10 à 1/2");
      assertThat(e.key()).isEqualTo("assembly.tally.invalid.shareOutOfBounds");
      assertThat(e.args()).containsExactly("60", "3/5", "1/10", "1/2");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void apostrophesSurviveInEveryLanguage() {
    InvalidTallyException e =
        new InvalidTallyException("$.ballots[0]", "assembly.tally.invalid.differsFromRoll", "m-1");

    assertThat(e.reason()).isEqualTo("class, kind or raw weight differ from the roll's for m-1");
    assertThat(
            new InvalidTallyException("$.motion.seats", "assembly.tally.invalid.seatsRange")
                .reason(Locale.forLanguageTag("ca")))
        .isEqualTo("els llocs han d'anar d'1 al nombre d'opcions");
    assertThat(
            new InvalidTallyException("$.motion.options", "assembly.tally.invalid.noOption", "x")
                .reason(Locale.FRENCH))
        .isEqualTo("la motion n'a pas d'option x");
  }

  @Test
  void countsAreNeverGroupedInAnyLanguage() {
    String json =
        document(
            "{}",
            "{\"classes\": {\"members\": {\"eligible\": \"1000\"}}}",
            "{\"kind\": \"yes-no\", \"threshold\": {\"fraction\": \"1/2\", \"comparison\": \">\"}}",
            "",
            "{\"class\": \"members\", \"choices\": {\"yes\": \"1\"}, \"count\": \"1500\"}");

    assertThatThrownBy(() -> count(json))
        .isInstanceOfSatisfying(
            InvalidTallyException.class,
            e -> {
              assertThat(e.path()).isEqualTo("$.ballots");
              assertThat(e.reason())
                  .isEqualTo(
                      "1500 ballots count in class members, which has 1000 eligible members");
              assertThat(e.reason(Locale.FRENCH))
                  .isEqualTo(
                      "1500 bulletins comptent dans le collège members, qui a 1000 inscrits");
              assertThat(e.reason(Locale.forLanguageTag("es"))).startsWith("1500 papeletas");
              assertThat(e.args()).containsExactly("1500", "members", "1000");
            });
  }

  @Test
  void setAsideBallotsAndChecksNotMadeCarryTheirKeysAndEnglishText() {
    String json =
        document(
            "{}",
            "{\"classes\": {\"members\": {\"eligible\": \"10\"}}}",
            "{\"kind\": \"yes-no\", \"threshold\": {\"fraction\": \"1/2\", \"comparison\": \">\"}}",
            "\"settings\": {\"changingVotes\": true},"
                + " \"merged\": [{\"class\": \"members\", \"ballots\": \"1\","
                + " \"weight\": {\"no\": \"1\"}, \"heads\": {\"no\": \"1\"}}],",
            """
            {"receipt": "r1", "class": "members", "voter": "v", "sequence": "1", "choices": {"no": "1"}},
            {"receipt": "r2", "class": "members", "voter": "v", "sequence": "2", "choices": {"yes": "1"}}""");

    Outcome o = count(json);

    assertThat(o.setAside())
        .singleElement()
        .returns("replaced by a later ballot", Outcome.SetAside::reason)
        .returns("assembly.tally.setAside.replaced", Outcome.SetAside::key);
    assertThat(o.checksNotMadeKeys()).containsExactly("assembly.tally.notChecked.merged");
    assertThat(o.checksNotMade())
        .containsExactly(
            "merged ballots: receipts, each voter's weight and choices, proxies and changed votes"
                + " are taken as written");
    assertThat(OutcomeJson.write(o).getJsonArray("setAside").getJsonObject(0).getString("key"))
        .isEqualTo("assembly.tally.setAside.replaced");
  }
}
