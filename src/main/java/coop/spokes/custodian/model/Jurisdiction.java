package coop.spokes.custodian.model;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An ISO 3166 code: a country (ISO 3166-1 alpha-2, e.g. {@code ES}) or a subdivision (ISO 3166-2,
 * e.g. {@code CA-QC}, {@code ES-CT}). The country part must be a real country code; the subdivision
 * part follows the standard's shape (one to three letters or digits).
 */
public final class Jurisdiction {
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final Pattern SHAPE = Pattern.compile("([A-Z]{2})(-[A-Z0-9]{1,3})?");

  private Jurisdiction() {}

  /** The normalised (upper-case, trimmed) code; throws when it is not a valid ISO 3166 code. */
  public static String normalize(String code) {
    String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    var m = SHAPE.matcher(c);
    if (!m.matches() || !COUNTRIES.contains(m.group(1))) {
      throw new CustodianException("jurisdiction", "custodian.jurisdiction.invalid");
    }
    return c;
  }

  /** The country part of a code: {@code CA} for {@code CA-QC}. */
  public static String country(String code) {
    return code.substring(0, 2);
  }
}
