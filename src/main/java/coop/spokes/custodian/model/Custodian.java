package coop.spokes.custodian.model;

import coop.spokes.platform.i18n.Languages;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A custodian co-op. Invariants: a unique short code of 2–8 capital letters (used in member numbers
 * such as {@code ES-000123}, so it never changes once set); a valid ISO 3166 jurisdiction; an ISO
 * 4217 currency; supported languages that include the default one; a theme id; a contact e-mail and
 * postal address.
 */
@Entity
@Table(name = "custodian_coop")
public class Custodian {
  private static final Pattern SHORT_CODE = Pattern.compile("[A-Z]{2,8}");
  private static final Pattern THEME = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

  @Id
  @SequenceGenerator(
      name = "custodian_coop_seq",
      sequenceName = "custodian_coop_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "custodian_coop_seq")
  private Long id;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "short_code", nullable = false, length = 8, updatable = false)
  private String shortCode;

  @Column(name = "jurisdiction", nullable = false, length = 6)
  private String jurisdiction;

  @Column(name = "currency", nullable = false, length = 3)
  private String currency;

  @Column(name = "default_language", nullable = false, length = 8)
  private String defaultLanguage;

  @Column(name = "languages", nullable = false, length = 40)
  private String languages;

  @Column(name = "theme", nullable = false, length = 40)
  private String theme;

  @Column(name = "contact_email", nullable = false, length = 320)
  private String contactEmail;

  @Column(name = "contact_address", nullable = false, length = 1000)
  private String contactAddress;

  @Column(name = "terms_version", nullable = false, length = 40)
  private String termsVersion = "1";

  @Column(name = "payment_instructions", nullable = false, length = 2000)
  private String paymentInstructions = "";

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Custodian() {}

  /** A new custodian; every rule of {@link #change} applies, and the short code is set for good. */
  public Custodian(String shortCode, CustodianDetails details, OffsetDateTime now) {
    String code = shortCode == null ? "" : shortCode.strip().toUpperCase(Locale.ROOT);
    if (!SHORT_CODE.matcher(code).matches()) {
      throw new CustodianException("shortCode", "custodian.shortCode.invalid");
    }
    this.shortCode = code;
    this.createdAt = now;
    change(details, now);
  }

  /** Changes everything but the short code, checking every rule before changing anything. */
  public final void change(CustodianDetails d, OffsetDateTime now) {
    String newName = required(d.name(), 200, "name", "custodian.name.invalid");
    String newJurisdiction = Jurisdiction.normalize(d.jurisdiction());
    String newCurrency = currency(d.currency());
    List<String> langs = languages(d.languages(), d.defaultLanguage());
    String newTheme = d.theme() == null ? "" : d.theme().strip();
    if (!THEME.matcher(newTheme).matches()) {
      throw new CustodianException("theme", "custodian.theme.invalid");
    }
    String email = d.contactEmail() == null ? "" : d.contactEmail().strip();
    if (!coop.spokes.platform.EmailAddresses.isPlausible(email)) {
      throw new CustodianException("contactEmail", "custodian.contactEmail.invalid");
    }
    String address =
        required(d.contactAddress(), 1000, "contactAddress", "custodian.contactAddress.invalid");
    String terms =
        required(
            d.termsVersion() == null ? termsVersion : d.termsVersion(),
            40,
            "termsVersion",
            "custodian.termsVersion.invalid");
    String payment =
        d.paymentInstructions() == null ? paymentInstructions : d.paymentInstructions().strip();
    if (payment.length() > 2000) {
      throw new CustodianException(
          "paymentInstructions", "custodian.paymentInstructions.invalid", 2000);
    }
    this.name = newName;
    this.jurisdiction = newJurisdiction;
    this.currency = newCurrency;
    this.defaultLanguage = d.defaultLanguage();
    this.languages = String.join(",", langs);
    this.theme = newTheme;
    this.contactEmail = email;
    this.contactAddress = address;
    this.termsVersion = terms;
    this.paymentInstructions = payment;
    this.updatedAt = now;
  }

  private static String required(String value, int max, String field, String key) {
    if (value == null || value.isBlank() || value.strip().length() > max) {
      throw new CustodianException(field, key, max);
    }
    return value.strip();
  }

  private static String currency(String code) {
    try {
      String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
      return Currency.getInstance(c).getCurrencyCode();
    } catch (IllegalArgumentException e) {
      throw new CustodianException("currency", "custodian.currency.invalid");
    }
  }

  private static List<String> languages(List<String> chosen, String defaultLanguage) {
    if (!Languages.isSupported(defaultLanguage)) {
      throw new CustodianException("defaultLanguage", "custodian.defaultLanguage.invalid");
    }
    Set<String> langs = new LinkedHashSet<>();
    langs.add(defaultLanguage);
    for (String l : chosen == null ? List.<String>of() : chosen) {
      if (!Languages.isSupported(l)) {
        throw new CustodianException("languages", "custodian.languages.invalid");
      }
      langs.add(l);
    }
    return new ArrayList<>(langs);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getShortCode() {
    return shortCode;
  }

  public String getJurisdiction() {
    return jurisdiction;
  }

  public String getCurrency() {
    return currency;
  }

  public String getDefaultLanguage() {
    return defaultLanguage;
  }

  public List<String> getLanguages() {
    return Arrays.asList(languages.split(","));
  }

  public String getTheme() {
    return theme;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public String getContactAddress() {
    return contactAddress;
  }

  public String getTermsVersion() {
    return termsVersion;
  }

  public String getPaymentInstructions() {
    return paymentInstructions;
  }

  public long getVersion() {
    return version;
  }
}
