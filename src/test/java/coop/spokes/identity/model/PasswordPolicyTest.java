package coop.spokes.identity.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  private static final PasswordPolicy POLICY = PasswordPolicy.standard();
  private static final List<String> NO_CONTEXT = List.of();

  private static List<String> problems(String candidate) {
    return POLICY.problems(candidate, NO_CONTEXT);
  }

  // --- length -------------------------------------------------------------------------------

  @Test
  void elevenCharactersIsTooShort() {
    assertThat(problems("violet tram")).containsExactly(PasswordPolicy.TOO_SHORT);
  }

  @Test
  void twelveCharactersOfAnUncommonPhraseIsAccepted() {
    assertThat("violet trams".length()).isEqualTo(12);
    assertThat(problems("violet trams")).isEmpty();
  }

  @Test
  void nullIsTooShort() {
    assertThat(POLICY.problems(null, null)).containsExactly("identity.password.tooShort");
  }

  @Test
  void emptyIsOnlyTooShort() {
    assertThat(problems("")).containsExactly(PasswordPolicy.TOO_SHORT);
  }

  @Test
  void oneHundredTwentyEightCodePointsIsAccepted() {
    assertThat(problems(phraseOf(128))).isEmpty();
  }

  @Test
  void oneHundredTwentyNineCodePointsIsTooLong() {
    assertThat(problems(phraseOf(129))).containsExactly("identity.password.tooLong");
  }

  @Test
  void sixtyFourCharactersAreAllowed() {
    assertThat(problems(phraseOf(64))).isEmpty();
  }

  @Test
  void lengthIsCountedInCodePointsNotUtf16Units() {
    // Each bicycle emoji is one code point but two UTF-16 chars: 11 emoji are 22 chars, still too
    // short.
    String elevenEmoji = "\uD83D\uDEB2".repeat(11);
    assertThat(elevenEmoji.length()).isEqualTo(22);
    assertThat(problems(elevenEmoji)).containsExactly(PasswordPolicy.TOO_SHORT);

    String twelveEmoji = "\uD83D\uDEB2".repeat(12);
    assertThat(problems(twelveEmoji)).isEmpty();

    // 100 emoji are 200 chars but only 100 code points: not too long.
    assertThat(problems("\uD83D\uDEB2".repeat(100))).isEmpty();
  }

  @Test
  void longPassphraseWithSpacesAndUnicodeIsAccepted() {
    String phrase = "Fährräder überqueren die Brücke bei Nacht 🚲 ñandú";
    assertThat(problems(phrase)).isEmpty();
  }

  @Test
  void surroundingSpacesAreKeptAndCounted() {
    // Never trimmed: eleven letters plus a leading space are twelve characters.
    assertThat(problems(" violet tram")).isEmpty();
    assertThat(problems("violet tram")).containsExactly(PasswordPolicy.TOO_SHORT);
  }

  // --- no composition rules -----------------------------------------------------------------

  @Test
  void noCompositionRuleRefusesAllLowercasePassphrase() {
    assertThat(problems("purple kettle drifting north")).isEmpty();
  }

  @Test
  void noCompositionRuleRefusesAllDigitOrAllUppercasePasswords() {
    assertThat(problems("PURPLE KETTLE DRIFTING")).isEmpty();
    assertThat(problems("73915026485173")).isEmpty();
  }

  // --- common passwords ---------------------------------------------------------------------

  @Test
  void listHasAtLeastTenThousandEntries() {
    assertThat(POLICY.size()).isGreaterThanOrEqualTo(10_000);
  }

  @Test
  void shippedListIsLowerCaseDeduplicatedAndCarriesItsSourceAndLicence() throws IOException {
    List<String> header = new ArrayList<>();
    List<String> entries = new ArrayList<>();
    try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
      assertThat(in).as("common-passwords.txt on the classpath").isNotNull();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith("#")) {
          header.add(line);
        } else if (!line.isBlank()) {
          entries.add(line);
        }
      }
    }
    assertThat(String.join("\n", header)).contains("zxcvbn", "4.4.2", "npm", "MIT", "Dropbox");
    assertThat(entries).doesNotHaveDuplicates();
    assertThat(entries)
        .allSatisfy(entry -> assertThat(entry).isEqualTo(entry.toLowerCase(Locale.ROOT)));
    assertThat(Set.copyOf(entries)).hasSize(POLICY.size());
    // Frequency order kept: the most common passwords open the list.
    assertThat(entries.subList(0, 2)).containsExactly("123456", "password");

    try (InputStream licence =
        PasswordPolicy.class.getResourceAsStream("common-passwords.LICENSE.txt")) {
      assertThat(licence).as("common-passwords.LICENSE.txt on the classpath").isNotNull();
      assertThat(new String(licence.readAllBytes(), StandardCharsets.UTF_8))
          .contains("Copyright (c) 2012-2016 Dan Wheeler and Dropbox, Inc.")
          .contains("Permission is hereby granted, free of charge");
    }
  }

  @Test
  void passwordFromTheListIsRefusedWhateverItsCase() {
    // "1qaz2wsx3edc" (a keyboard walk) and "123qweasdzxc" are 12-character list entries.
    assertThat(problems("1qaz2wsx3edc")).containsExactly(PasswordPolicy.COMMON);
    assertThat(problems("1QAZ2WSX3EDC")).containsExactly(PasswordPolicy.COMMON);
    assertThat(problems("123QweAsdZxc")).containsExactly(PasswordPolicy.COMMON);
    assertThat(POLICY.isCommon("PaSsWoRd")).isTrue();
  }

  @Test
  void shortCommonPasswordIsBothTooShortAndCommon() {
    assertThat(problems("password"))
        .containsExactly(PasswordPolicy.TOO_SHORT, PasswordPolicy.COMMON);
  }

  @Test
  void commonWordWithTrailingDigitsIsRefused() {
    assertThat(problems("password2024!")).containsExactly(PasswordPolicy.COMMON);
    assertThat(problems("Sunshine123456")).containsExactly(PasswordPolicy.COMMON);
    assertThat(problems("iloveyou 2024 !!")).containsExactly(PasswordPolicy.COMMON);
  }

  @Test
  void listEntryEndingInDigitsWithFurtherSuffixIsRefused() {
    // "trustno1" is itself a list entry; every cut inside the trailing run is tried.
    assertThat(POLICY.isCommon("trustno1!!!!")).isTrue();
  }

  @Test
  void commonWordFollowedByMoreLettersIsNotCommon() {
    // Only a non-letter suffix is stripped: a listed word opening a longer phrase is fine.
    assertThat(POLICY.isCommon("passwordkeeper")).isFalse();
    assertThat(problems("sunshine over the harbour")).isEmpty();
  }

  @Test
  void commonWordWithLeadingDigitsIsNotStripped() {
    // Documented limit of the rule: only a trailing suffix is removed.
    assertThat(POLICY.isCommon("2024password")).isFalse();
  }

  @Test
  void strippedRemainderShorterThanFourCharactersIsNotMatched() {
    // The shipped list has no entry under four characters, so a list of our own shows the floor:
    // "abc" itself is refused, but "abc" plus a suffix is not mistaken for it.
    PasswordPolicy policy = PasswordPolicy.withList(List.of("abc", "Kettle"));
    assertThat(policy.isCommon("ABC")).isTrue();
    assertThat(policy.isCommon("abc123456789")).isFalse();
    assertThat(policy.isCommon("kettle123456")).isTrue();
    assertThat(policy.size()).isEqualTo(2);
  }

  @Test
  void shippedListAlsoRefusesItsShortEntriesFollowedByDigits() {
    // "abc123" is a list entry, so "abc123" plus more digits is refused as well.
    assertThat(POLICY.isCommon("abc123456789")).isTrue();
  }

  @Test
  void nullAndEmptyAreNotCommon() {
    assertThat(POLICY.isCommon(null)).isFalse();
    assertThat(POLICY.isCommon("")).isFalse();
  }

  @Test
  void veryLongSuffixIsCheckedWithoutFailing() {
    String huge = "password" + "1".repeat(200_000);
    assertThat(POLICY.problems(huge, NO_CONTEXT))
        .containsExactly(PasswordPolicy.TOO_LONG, PasswordPolicy.COMMON);
  }

  // --- context-specific words ---------------------------------------------------------------

  @Test
  void containsEmailLocalPartIsRefused() {
    List<String> context = List.of("marguerite.okafor@example.org");
    assertThat(POLICY.problems("my name is Marguerite.Okafor ok", context))
        .containsExactly(PasswordPolicy.CONTEXTUAL);
  }

  @Test
  void containsOnePartOfTheEmailLocalPartIsRefused() {
    List<String> context = List.of("marguerite.okafor@example.org");
    assertThat(POLICY.problems("OKAFOR rides a blue tandem", context))
        .containsExactly(PasswordPolicy.CONTEXTUAL);
  }

  @Test
  void containsTheUsersNameIsRefusedCaseInsensitively() {
    List<String> context = List.of("Anna-Lena", "Schmidt");
    assertThat(POLICY.problems("bluekettleANNAriver", context))
        .containsExactly(PasswordPolicy.CONTEXTUAL);
    assertThat(POLICY.problems("blue kettle schmidt", context))
        .containsExactly(PasswordPolicy.CONTEXTUAL);
  }

  @Test
  void emailDomainAloneIsNotAContextWord() {
    List<String> context = List.of("marguerite.okafor@example.org");
    assertThat(POLICY.problems("example of a quiet harbour", context)).isEmpty();
  }

  @Test
  void theWordSpokesIsAlwaysRefused() {
    assertThat(problems("my SPOKES account key")).containsExactly(PasswordPolicy.CONTEXTUAL);
    assertThat(POLICY.problems("quietspokesharbour", null))
        .containsExactly(PasswordPolicy.CONTEXTUAL);
  }

  @Test
  void contextWordsShorterThanFourCharactersAreIgnored() {
    List<String> context = List.of("Bo", "Li", "ann@example.org");
    assertThat(POLICY.problems("bold lions planning", context)).isEmpty();
  }

  @Test
  void nullAndBlankContextWordsAreIgnored() {
    List<String> context = Arrays.asList(null, "", "   ");
    assertThat(POLICY.problems("purple kettle drifting north", context)).isEmpty();
  }

  // --- several problems, order and shape of the result --------------------------------------

  @Test
  void severalProblemsAreReportedInTheDocumentedOrder() {
    // Too short, common ("jordan" is listed) and, as the user's e-mail local part, contextual.
    assertThat(POLICY.problems("jordan1", List.of("jordan@example.org")))
        .containsExactly(
            PasswordPolicy.TOO_SHORT, PasswordPolicy.COMMON, PasswordPolicy.CONTEXTUAL);
  }

  @Test
  void problemsAreBundleKeysNotEnglishText() {
    assertThat(POLICY.problems("spokes1", List.of()))
        .isNotEmpty()
        .allSatisfy(
            key -> assertThat(key).startsWith("identity.password.").doesNotContainAnyWhitespaces());
  }

  @Test
  void returnedListCannotBeModified() {
    List<String> result = problems("zq");
    assertThat(result).containsExactly(PasswordPolicy.TOO_SHORT);
    assertThatThrownBy(() -> result.add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void lengthBoundsMeetTheAsvsFloors() {
    assertThat(PasswordPolicy.MIN_LENGTH).isEqualTo(12);
    assertThat(PasswordPolicy.MAX_LENGTH).isEqualTo(128).isGreaterThanOrEqualTo(64);
  }

  // --- sharing ------------------------------------------------------------------------------

  @Test
  void standardPolicyIsLoadedOnceAndShared() {
    assertThat(PasswordPolicy.standard()).isSameAs(POLICY);
  }

  @Test
  void standardPolicyGivesTheSameAnswersFromManyThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<List<String>>> tasks = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        tasks.add(() -> PasswordPolicy.standard().problems("password2024!", List.of()));
      }
      for (Future<List<String>> result : pool.invokeAll(tasks)) {
        assertThat(result.get()).containsExactly(PasswordPolicy.COMMON);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** An uncommon phrase of exactly {@code codePoints} code points, without any context word. */
  private static String phraseOf(int codePoints) {
    String words = "quiet harbour lanterns drift past the old mill while herons wait ";
    StringBuilder sb = new StringBuilder();
    while (sb.length() < codePoints) {
      sb.append(words);
    }
    String phrase = sb.substring(0, codePoints);
    assertThat(phrase.codePointCount(0, phrase.length())).isEqualTo(codePoints);
    return phrase;
  }
}
