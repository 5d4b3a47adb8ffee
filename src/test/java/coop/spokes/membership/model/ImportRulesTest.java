package coop.spokes.membership.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules of one imported line: every problem found at once, values normalised. */
class ImportRulesTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  static final ImportRules.Vocabulary WORDS =
      new ImportRules.Vocabulary() {
        @Override
        public Optional<MemberClass> memberClass(String word) {
          return word.equalsIgnoreCase("consumidora")
              ? Optional.of(MemberClass.CONSUMER)
              : parse(MemberClass.class, word);
        }

        @Override
        public Optional<MemberKind> kind(String word) {
          return parse(MemberKind.class, word);
        }

        @Override
        public Optional<MemberStatus> status(String word) {
          return parse(MemberStatus.class, word);
        }
      };

  static <E extends Enum<E>> Optional<E> parse(Class<E> type, String word) {
    try {
      return Optional.of(Enum.valueOf(type, word.strip().toUpperCase(java.util.Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  static Map<ImportField, String> line(String... pairs) {
    Map<ImportField, String> values = new EnumMap<>(ImportField.class);
    for (int i = 0; i < pairs.length; i += 2) {
      values.put(ImportField.valueOf(pairs[i]), pairs[i + 1]);
    }
    return values;
  }

  /** A valid line with only the required fields. */
  static Map<ImportField, String> minimal() {
    return line(
        "NAME", "A",
        "EMAIL", "a@example.org",
        "MEMBER_CLASS", "producer",
        "COUNTRY", "ES",
        "JOINED_ON", "2024-01-01");
  }

  static ImportRules.Checked check(Map<ImportField, String> values) {
    return ImportRules.check(values, "ES", "ca", WORDS, TODAY);
  }

  @Test
  void aCompleteLineIsNormalised() {
    var c =
        check(
            line(
                "NUMBER", "es-123",
                "NAME", "  Núria Soler ",
                "EMAIL", " Nuria@Example.ORG ",
                "MEMBER_CLASS", "Consumidora",
                "COUNTRY", "es",
                "JOINED_ON", "31/03/2024"));

    assertThat(c.ok()).isTrue();
    assertThat(c.member().seq()).isEqualTo(123L);
    assertThat(c.member().name()).isEqualTo("Núria Soler");
    assertThat(c.member().email()).isEqualTo("nuria@example.org");
    assertThat(c.member().memberClass()).isEqualTo(MemberClass.CONSUMER);
    assertThat(c.member().kind()).isEqualTo(MemberKind.PERSON);
    assertThat(c.member().country()).isEqualTo("ES");
    assertThat(c.member().language()).isEqualTo("ca");
    assertThat(c.member().status()).isEqualTo(MemberStatus.ACTIVE);
    assertThat(c.member().joinedOn()).isEqualTo(LocalDate.of(2024, 3, 31));
  }

  @Test
  void everyProblemOfALineIsReportedAtOnce() {
    var c =
        check(
            line(
                "NUMBER", "UK-000004",
                "NAME", "",
                "EMAIL", "not-an-address",
                "MEMBER_CLASS", "boss",
                "KIND", "robot",
                "COUNTRY", "Spain",
                "LANGUAGE", "de",
                "JOINED_ON", "2024-02-30",
                "STATUS", "gone"));

    assertThat(c.ok()).isFalse();
    assertThat(c.problems())
        .extracting(ImportProblem::key)
        .containsExactly(
            "membership.import.number.otherCustodian",
            "membership.import.name.invalid",
            "membership.import.email.invalid",
            "membership.import.memberClass.invalid",
            "membership.import.kind.invalid",
            "membership.import.country.invalid",
            "membership.import.language.invalid",
            "membership.import.date.invalid",
            "membership.import.status.invalid");
    assertThat(c.problems())
        .extracting(ImportProblem::field)
        .containsExactly(
            ImportField.NUMBER,
            ImportField.NAME,
            ImportField.EMAIL,
            ImportField.MEMBER_CLASS,
            ImportField.KIND,
            ImportField.COUNTRY,
            ImportField.LANGUAGE,
            ImportField.JOINED_ON,
            ImportField.STATUS);
  }

  @Test
  void numbersAreThisCustodiansWithOrWithoutPrefix() {
    Map<ImportField, String> base = minimal();
    var withPrefix = new EnumMap<>(base);
    withPrefix.put(ImportField.NUMBER, "ES-000042");
    var digits = new EnumMap<>(base);
    digits.put(ImportField.NUMBER, "0042");
    var zero = new EnumMap<>(base);
    zero.put(ImportField.NUMBER, "ES-0");
    var words = new EnumMap<>(base);
    words.put(ImportField.NUMBER, "forty-two");

    assertThat(check(withPrefix).member().seq()).isEqualTo(42L);
    assertThat(check(digits).member().seq()).isEqualTo(42L);
    assertThat(check(base).member().seq()).isNull();
    assertThat(check(zero).problems())
        .extracting(ImportProblem::key)
        .containsExactly("membership.import.number.invalid");
    assertThat(check(words).problems())
        .extracting(ImportProblem::key)
        .containsExactly("membership.import.number.invalid");
  }

  @Test
  void aLeaveDateGoesWithStatusLeftOnlyAndNotBeforeJoining() {
    Map<ImportField, String> base = minimal();
    var leftWithoutDate = new EnumMap<>(base);
    leftWithoutDate.put(ImportField.STATUS, "left");
    var activeWithDate = new EnumMap<>(base);
    activeWithDate.put(ImportField.LEFT_ON, "2025-01-01");
    var leftBefore = new EnumMap<>(leftWithoutDate);
    leftBefore.put(ImportField.LEFT_ON, "2023-12-31");
    var leftOk = new EnumMap<>(leftWithoutDate);
    leftOk.put(ImportField.LEFT_ON, "01.06.2025");
    var future = new EnumMap<>(base);
    future.put(ImportField.JOINED_ON, "2027-01-01");

    assertThat(check(leftWithoutDate).problems())
        .extracting(ImportProblem::key)
        .containsExactly("membership.import.leftOn.required");
    assertThat(check(activeWithDate).problems())
        .extracting(ImportProblem::key)
        .containsExactly("membership.import.leftOn.notLeft");
    assertThat(check(leftBefore).problems())
        .extracting(ImportProblem::key)
        .containsExactly("membership.import.leftOn.beforeJoined");
    assertThat(check(leftOk).member().leftOn()).isEqualTo(LocalDate.of(2025, 6, 1));
    assertThat(check(future).problems())
        .extracting(ImportProblem::key)
        .containsExactly("membership.import.date.future");
  }

  @Test
  void anOrganisationActsThroughItsRepresentative() {
    var org =
        line(
            "NAME", "Cooperativa Exemple",
            "EMAIL", "info@exemple.coop",
            "MEMBER_CLASS", "producer",
            "KIND", "organisation",
            "COUNTRY", "ES",
            "JOINED_ON", "2024-01-01",
            "REGISTRATION_NUMBER", "F12345678");
    var withRepresentative = new EnumMap<>(org);
    withRepresentative.put(ImportField.REPRESENTATIVE_EMAIL, "Laia@Exemple.coop");
    var person = new EnumMap<>(org);
    person.put(ImportField.KIND, "person");

    assertThat(check(org).member().representativeEmail()).isEqualTo("info@exemple.coop");
    assertThat(check(org).member().registrationNumber()).isEqualTo("F12345678");
    assertThat(check(withRepresentative).member().representativeEmail())
        .isEqualTo("laia@exemple.coop");
    assertThat(check(person).member().registrationNumber()).isNull();
  }

  @Test
  void columnHeadersAreRecognisedInTheFourLanguages() {
    assertThat(ImportField.EMAIL.matches("Correu electrònic")).isTrue();
    assertThat(ImportField.EMAIL.matches(" E-mail ")).isTrue();
    assertThat(ImportField.EMAIL.matches("Courriel")).isTrue();
    assertThat(ImportField.JOINED_ON.matches("Fecha de alta")).isTrue();
    assertThat(ImportField.JOINED_ON.matches("Data d'alta")).isTrue();
    assertThat(ImportField.COUNTRY.matches("País")).isTrue();
    assertThat(ImportField.NUMBER.matches("member_number")).isTrue();
    assertThat(ImportField.NAME.matches("Surname")).isFalse();
  }
}
