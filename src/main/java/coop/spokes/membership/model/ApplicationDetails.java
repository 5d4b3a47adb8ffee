package coop.spokes.membership.model;

import coop.spokes.platform.EmailAddresses;
import coop.spokes.platform.PlainText;
import coop.spokes.platform.i18n.Languages;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/**
 * What an applicant gives on the join form. {@link #checked()} enforces the rules, field by field,
 * and returns the normalised details: a known class open to applicants, a kind, a name, a plausible
 * e-mail address, ISO 3166-1 countries, a supported language, and for an organisation its legal
 * name, registration number and country. Lengths are bounded by the columns.
 */
public record ApplicationDetails(
    MemberClass memberClass,
    MemberKind kind,
    String personName,
    String email,
    String residenceCountry,
    String language,
    String orgLegalName,
    String orgRegistrationNumber,
    String orgCountry)
    implements Serializable {
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  /**
   * The details with every rule checked and values normalised (trimmed, upper/lower case; names and
   * numbers on one line, without control characters, see {@link PlainText#oneLine}).
   */
  public ApplicationDetails checked() {
    if (memberClass == null || !MemberClass.OPEN_TO_APPLICANTS.contains(memberClass)) {
      throw new MembershipException("memberClass", "membership.join.memberClass.invalid");
    }
    if (kind == null) {
      throw new MembershipException("kind", "membership.join.kind.invalid");
    }
    String name = text(personName, 200, "personName", "membership.join.personName.invalid");
    String mail = EmailAddresses.normalize(email);
    if (!EmailAddresses.isPlausible(mail)) {
      throw new MembershipException("email", "membership.join.email.invalid");
    }
    String residence = country(residenceCountry, "residenceCountry");
    if (!Languages.isSupported(language)) {
      throw new MembershipException("language", "membership.join.language.invalid");
    }
    if (kind == MemberKind.PERSON) {
      return new ApplicationDetails(
          memberClass, kind, name, mail, residence, language, null, null, null);
    }
    return new ApplicationDetails(
        memberClass,
        kind,
        name,
        mail,
        residence,
        language,
        text(orgLegalName, 300, "orgLegalName", "membership.join.orgLegalName.invalid"),
        text(
            orgRegistrationNumber,
            100,
            "orgRegistrationNumber",
            "membership.join.orgRegistrationNumber.invalid"),
        country(orgCountry, "orgCountry"));
  }

  /** The name the member will be listed under: the organisation's legal name, or the person's. */
  public String memberName() {
    return kind == MemberKind.ORGANISATION ? orgLegalName : personName;
  }

  private static String text(String value, int max, String field, String key) {
    String line = PlainText.oneLine(value);
    if (line == null || line.isEmpty() || line.length() > max) {
      throw new MembershipException(field, key, max);
    }
    return line;
  }

  private static String country(String code, String field) {
    String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    if (!COUNTRIES.contains(c)) {
      throw new MembershipException(field, "membership.join.country.invalid");
    }
    return c;
  }
}
