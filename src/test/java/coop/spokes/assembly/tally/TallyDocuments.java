package coop.spokes.assembly.tally;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Tally documents written by hand in tests: read, count, or expect them to be invalid. */
final class TallyDocuments {

  private TallyDocuments() {}

  /**
   * A document from its parts; {@code more} holds further top-level fields (attendance, settings,
   * delegations, merged), each ending with a comma.
   */
  static String document(
      String scheme, String electorate, String motion, String more, String ballots) {
    return """
        {"format": "spokes-tally/1",
         "scheme": %s,
         "electorate": %s,
         "motion": %s,
         %s
         "ballots": [%s]}
        """
        .formatted(scheme, electorate, motion, more, ballots);
  }

  static TallyDocumentReader.TallyDocument read(String json) {
    try {
      return TallyDocumentReader.read(
          new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Outcome count(String json) {
    return Tally.count(read(json).input());
  }

  /** Asserts the document is invalid at {@code path}, with a reason containing {@code words}. */
  static void invalidAt(String json, String path, String words) {
    assertThatThrownBy(() -> count(json))
        .isInstanceOf(InvalidTallyException.class)
        .satisfies(
            e -> {
              InvalidTallyException invalid = (InvalidTallyException) e;
              org.assertj.core.api.Assertions.assertThat(invalid.path()).isEqualTo(path);
              org.assertj.core.api.Assertions.assertThat(invalid.reason()).contains(words);
            });
  }

  static Fraction f(String text) {
    return Fraction.parse(text);
  }
}
