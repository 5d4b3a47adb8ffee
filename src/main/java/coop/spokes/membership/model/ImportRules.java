package coop.spokes.membership.model;

import coop.spokes.platform.EmailAddresses;
import coop.spokes.platform.i18n.Languages;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules one line of an import of existing members must meet, every one checked so that the
 * preview lists all of a line's problems at once: a number of this custodian (or none), a name, a
 * plausible e-mail, a class and kind in any of the languages, an ISO country, a supported language,
 * dates in ISO or day-first form and not in the future, and a leave date exactly when LEFT.
 */
public final class ImportRules {
  /** Lengths, as in the member table. */
  public static final int MAX_NAME = 300;

  public static final int MAX_REGISTRATION = 100;

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final Pattern NUMBER = Pattern.compile("(?:([A-Z]{2,10})\\s*-?\\s*)?0*(\\d{1,9})");
  private static final List<DateTimeFormatter> DATES =
      List.of(
          DateTimeFormatter.ofPattern("uuuu-MM-dd"),
          DateTimeFormatter.ofPattern("d/M/uuuu"),
          DateTimeFormatter.ofPattern("d.M.uuuu"),
          DateTimeFormatter.ofPattern("d-M-uuuu"));

  /** How words in a sheet (codes or labels in any language) name a class, kind or status. */
  public interface Vocabulary extends Serializable {
    Optional<MemberClass> memberClass(String word);

    Optional<MemberKind> kind(String word);

    Optional<MemberStatus> status(String word);
  }

  /** A checked line: the member to import when there are no problems. */
  public record Checked(ImportedMember member, List<ImportProblem> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  private ImportRules() {}

  /**
   * Checks one line's {@code values} (blank or missing: not given) for a custodian with short code
   * {@code code} and default language {@code defaultLanguage}, on {@code today}.
   */
  public static Checked check(
      Map<ImportField, String> values,
      String code,
      String defaultLanguage,
      Vocabulary words,
      LocalDate today) {
    List<ImportProblem> problems = new ArrayList<>();
    Long seq = number(given(values, ImportField.NUMBER), code, problems);
    String name = given(values, ImportField.NAME);
    if (name == null || name.length() > MAX_NAME) {
      problems.add(new ImportProblem(ImportField.NAME, "membership.import.name.invalid", MAX_NAME));
    }
    String email = email(given(values, ImportField.EMAIL), ImportField.EMAIL, problems);
    MemberClass memberClass =
        word(values, ImportField.MEMBER_CLASS, words::memberClass, null, problems);
    MemberKind kind = word(values, ImportField.KIND, words::kind, MemberKind.PERSON, problems);
    String country = upper(given(values, ImportField.COUNTRY));
    if (country == null || !COUNTRIES.contains(country)) {
      problems.add(
          new ImportProblem(
              ImportField.COUNTRY,
              "membership.import.country.invalid",
              shown(values, ImportField.COUNTRY)));
    }
    String language = lower(given(values, ImportField.LANGUAGE));
    if (language == null) {
      language = defaultLanguage;
    } else if (!Languages.isSupported(language)) {
      problems.add(
          new ImportProblem(
              ImportField.LANGUAGE,
              "membership.import.language.invalid",
              shown(values, ImportField.LANGUAGE),
              String.join(", ", Languages.SUPPORTED)));
    }
    LocalDate joined = date(values, ImportField.JOINED_ON, today, problems);
    MemberStatus status =
        word(values, ImportField.STATUS, words::status, MemberStatus.ACTIVE, problems);
    LocalDate left = date(values, ImportField.LEFT_ON, today, problems);
    if (status == MemberStatus.LEFT && left == null && given(values, ImportField.LEFT_ON) == null) {
      problems.add(new ImportProblem(ImportField.LEFT_ON, "membership.import.leftOn.required"));
    } else if (status != MemberStatus.LEFT && left != null) {
      problems.add(new ImportProblem(ImportField.LEFT_ON, "membership.import.leftOn.notLeft"));
    } else if (left != null && joined != null && left.isBefore(joined)) {
      problems.add(new ImportProblem(ImportField.LEFT_ON, "membership.import.leftOn.beforeJoined"));
    }
    String registration = given(values, ImportField.REGISTRATION_NUMBER);
    if (registration != null && registration.length() > MAX_REGISTRATION) {
      problems.add(
          new ImportProblem(
              ImportField.REGISTRATION_NUMBER,
              "membership.import.registration.invalid",
              MAX_REGISTRATION));
    }
    String representative = email;
    if (kind == MemberKind.ORGANISATION
        && given(values, ImportField.REPRESENTATIVE_EMAIL) != null) {
      representative =
          email(
              given(values, ImportField.REPRESENTATIVE_EMAIL),
              ImportField.REPRESENTATIVE_EMAIL,
              problems);
    }
    if (!problems.isEmpty()) {
      return new Checked(null, List.copyOf(problems));
    }
    return new Checked(
        new ImportedMember(
            seq,
            name,
            email,
            memberClass,
            kind,
            country,
            language,
            joined,
            status,
            left,
            kind == MemberKind.ORGANISATION ? registration : null,
            representative),
        List.of());
  }

  private static Long number(String value, String code, List<ImportProblem> problems) {
    if (value == null) {
      return null;
    }
    Matcher m = NUMBER.matcher(value.toUpperCase(Locale.ROOT));
    if (!m.matches() || Long.parseLong(m.group(2)) < 1) {
      problems.add(
          new ImportProblem(ImportField.NUMBER, "membership.import.number.invalid", value, code));
      return null;
    }
    if (m.group(1) != null && !m.group(1).equals(code)) {
      problems.add(
          new ImportProblem(
              ImportField.NUMBER, "membership.import.number.otherCustodian", value, code));
      return null;
    }
    return Long.parseLong(m.group(2));
  }

  private static String email(String value, ImportField field, List<ImportProblem> problems) {
    String mail = value == null ? null : EmailAddresses.normalize(value);
    if (mail == null || !EmailAddresses.isPlausible(mail)) {
      problems.add(
          new ImportProblem(field, "membership.import.email.invalid", value == null ? "" : value));
      return null;
    }
    return mail;
  }

  private static <T> T word(
      Map<ImportField, String> values,
      ImportField field,
      java.util.function.Function<String, Optional<T>> lookup,
      T fallback,
      List<ImportProblem> problems) {
    String value = given(values, field);
    if (value == null && fallback != null) {
      return fallback;
    }
    Optional<T> found = value == null ? Optional.empty() : lookup.apply(value);
    if (found.isEmpty()) {
      problems.add(
          new ImportProblem(
              field, "membership.import." + camel(field) + ".invalid", value == null ? "" : value));
      return null;
    }
    return found.get();
  }

  private static LocalDate date(
      Map<ImportField, String> values,
      ImportField field,
      LocalDate today,
      List<ImportProblem> problems) {
    String value = given(values, field);
    if (value == null) {
      if (field == ImportField.JOINED_ON) {
        problems.add(new ImportProblem(field, "membership.import.date.invalid", ""));
      }
      return null;
    }
    for (DateTimeFormatter f : DATES) {
      try {
        LocalDate d = LocalDate.parse(value, f.withResolverStyle(ResolverStyle.STRICT));
        if (d.isAfter(today)) {
          problems.add(new ImportProblem(field, "membership.import.date.future", value));
          return null;
        }
        return d;
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    problems.add(new ImportProblem(field, "membership.import.date.invalid", value));
    return null;
  }

  private static String camel(ImportField field) {
    return switch (field) {
      case MEMBER_CLASS -> "memberClass";
      case KIND -> "kind";
      default -> "status";
    };
  }

  private static String given(Map<ImportField, String> values, ImportField field) {
    String v = values.get(field);
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static String shown(Map<ImportField, String> values, ImportField field) {
    String v = given(values, field);
    return v == null ? "" : v;
  }

  private static String upper(String v) {
    return v == null ? null : v.toUpperCase(Locale.ROOT);
  }

  private static String lower(String v) {
    return v == null ? null : v.toLowerCase(Locale.ROOT);
  }
}
