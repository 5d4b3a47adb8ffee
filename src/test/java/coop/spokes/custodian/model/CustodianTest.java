package coop.spokes.custodian.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CustodianTest {
  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2025, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC);

  /** Custodian details with valid defaults; each test changes only what it is about. */
  private static final class DetailsBuilder {
    private String name = "Bicis Barcelona SCCL";
    private String jurisdiction = "ES-CT";
    private String currency = "EUR";
    private String defaultLanguage = "ca";
    private List<String> languages = List.of("ca", "es", "en");
    private String theme = "default";
    private String contactEmail = "hola@bicis.example.org";
    private String contactAddress = "Carrer Major 1, 08001 Barcelona";

    DetailsBuilder name(String value) {
      name = value;
      return this;
    }

    DetailsBuilder jurisdiction(String value) {
      jurisdiction = value;
      return this;
    }

    DetailsBuilder currency(String value) {
      currency = value;
      return this;
    }

    DetailsBuilder languages(String defaultValue, List<String> values) {
      defaultLanguage = defaultValue;
      languages = values;
      return this;
    }

    DetailsBuilder theme(String value) {
      theme = value;
      return this;
    }

    DetailsBuilder contactEmail(String value) {
      contactEmail = value;
      return this;
    }

    DetailsBuilder contactAddress(String value) {
      contactAddress = value;
      return this;
    }

    CustodianDetails build() {
      return new CustodianDetails(
          name,
          jurisdiction,
          currency,
          defaultLanguage,
          languages,
          theme,
          contactEmail,
          contactAddress);
    }
  }

  private static DetailsBuilder details() {
    return new DetailsBuilder();
  }

  /** Valid details, every one different from {@link #valid()}. */
  private static DetailsBuilder quebec() {
    return details()
        .name("Vélos Montréal")
        .jurisdiction("CA-QC")
        .currency("CAD")
        .languages("fr", List.of("en"))
        .theme("montreal")
        .contactEmail("info@velos.example.ca")
        .contactAddress("1 rue Principale");
  }

  private static CustodianDetails valid() {
    return details().build();
  }

  private static Custodian custodian(CustodianDetails details) {
    return new Custodian("BCN", details, NOW);
  }

  private static Custodian custodian(DetailsBuilder details) {
    return custodian(details.build());
  }

  /** Asserts that {@code creating} fails with a custodian rule {@code key} at {@code field}. */
  private static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(
      Runnable creating, String field, String key) {
    return assertThatThrownBy(creating::run)
        .isInstanceOf(CustodianException.class)
        .satisfies(
            e -> {
              CustodianException ce = (CustodianException) e;
              assertThat(ce.key()).isEqualTo(key);
              assertThat(ce.field()).isEqualTo(field);
            });
  }

  // --- a valid custodian ------------------------------------------------------------------------

  @Test
  void validCustodianKeepsItsDetails() {
    Custodian custodian = new Custodian("BCN", valid(), NOW);

    assertThat(custodian.getShortCode()).isEqualTo("BCN");
    assertThat(custodian.getName()).isEqualTo("Bicis Barcelona SCCL");
    assertThat(custodian.getJurisdiction()).isEqualTo("ES-CT");
    assertThat(custodian.getCurrency()).isEqualTo("EUR");
    assertThat(custodian.getDefaultLanguage()).isEqualTo("ca");
    assertThat(custodian.getLanguages()).containsExactly("ca", "es", "en");
    assertThat(custodian.getTheme()).isEqualTo("default");
    assertThat(custodian.getContactEmail()).isEqualTo("hola@bicis.example.org");
    assertThat(custodian.getContactAddress()).isEqualTo("Carrer Major 1, 08001 Barcelona");
  }

  @Test
  void surroundingSpacesAreStripped() {
    DetailsBuilder padded =
        details()
            .name("  Bicis  ")
            .jurisdiction(" es-ct ")
            .currency(" eur ")
            .theme(" default ")
            .contactEmail(" hola@bicis.example.org ")
            .contactAddress(" Carrer Major 1 ");

    Custodian custodian = custodian(padded);

    assertThat(custodian.getName()).isEqualTo("Bicis");
    assertThat(custodian.getJurisdiction()).isEqualTo("ES-CT");
    assertThat(custodian.getCurrency()).isEqualTo("EUR");
    assertThat(custodian.getTheme()).isEqualTo("default");
    assertThat(custodian.getContactEmail()).isEqualTo("hola@bicis.example.org");
    assertThat(custodian.getContactAddress()).isEqualTo("Carrer Major 1");
  }

  // --- short code -------------------------------------------------------------------------------

  @Test
  void shortCodeIsNormalisedToUpperCase() {
    Custodian custodian = new Custodian(" bcn ", valid(), NOW);

    assertThat(custodian.getShortCode()).isEqualTo("BCN");
  }

  @Test
  void shortCodeOfTwoAndOfEightLettersIsAccepted() {
    assertThat(new Custodian("ES", valid(), NOW).getShortCode()).isEqualTo("ES");
    assertThat(new Custodian("ABCDEFGH", valid(), NOW).getShortCode()).isEqualTo("ABCDEFGH");
  }

  @ParameterizedTest(name = "short code \"{0}\" is refused")
  @ValueSource(strings = {"E", "ABCDEFGHI", "ES1", "E-S", "", "  ", "ÑU"})
  void badShortCodeIsRefused(String shortCode) {
    assertRefused(
        () -> new Custodian(shortCode, valid(), NOW), "shortCode", "custodian.shortCode.invalid");
  }

  @Test
  void missingShortCodeIsRefused() {
    assertRefused(
        () -> new Custodian(null, valid(), NOW), "shortCode", "custodian.shortCode.invalid");
  }

  // --- jurisdiction -----------------------------------------------------------------------------

  @ParameterizedTest(name = "jurisdiction \"{0}\" is accepted")
  @ValueSource(strings = {"ES", "GB", "CA-QC", "ES-CT", "FR-75", "GB-ENG"})
  void countryOrSubdivisionCodeIsAccepted(String code) {
    Custodian custodian = custodian(details().jurisdiction(code));

    assertThat(custodian.getJurisdiction()).isEqualTo(code);
  }

  @Test
  void subdivisionCodeLikeCaQcIsAcceptedInLowerCase() {
    assertThat(Jurisdiction.normalize(" ca-qc ")).isEqualTo("CA-QC");
    assertThat(Jurisdiction.country("CA-QC")).isEqualTo("CA");
  }

  @ParameterizedTest(name = "jurisdiction \"{0}\" is refused")
  @ValueSource(strings = {"XX", "ESP", "CA-", "", "E", "ES-ABCD", "ES CT", "ES_CT", "XX-QC"})
  void badJurisdictionIsRefusedAtTheJurisdictionField(String code) {
    assertRefused(
        () -> custodian(details().jurisdiction(code)),
        "jurisdiction",
        "custodian.jurisdiction.invalid");
    assertRefused(
        () -> Jurisdiction.normalize(code), "jurisdiction", "custodian.jurisdiction.invalid");
  }

  @Test
  void missingJurisdictionIsRefused() {
    assertRefused(
        () -> custodian(details().jurisdiction(null)),
        "jurisdiction",
        "custodian.jurisdiction.invalid");
  }

  // --- currency ---------------------------------------------------------------------------------

  @Test
  void currencyIsNormalisedToUpperCase() {
    assertThat(custodian(details().currency("eur")).getCurrency()).isEqualTo("EUR");
    assertThat(custodian(details().currency("chf")).getCurrency()).isEqualTo("CHF");
  }

  @ParameterizedTest(name = "currency \"{0}\" is refused")
  @ValueSource(strings = {"EU", "XYZ", "EURO", ""})
  void unknownCurrencyIsRefused(String code) {
    assertRefused(
        () -> custodian(details().currency(code)), "currency", "custodian.currency.invalid");
  }

  @Test
  void missingCurrencyIsRefused() {
    assertRefused(
        () -> custodian(details().currency(null)), "currency", "custodian.currency.invalid");
  }

  // --- languages --------------------------------------------------------------------------------

  @ParameterizedTest(name = "default language \"{0}\" is accepted")
  @ValueSource(strings = {"en", "es", "ca", "fr"})
  void everySupportedLanguageCanBeTheDefault(String language) {
    Custodian custodian = custodian(details().languages(language, List.of()));

    assertThat(custodian.getDefaultLanguage()).isEqualTo(language);
    assertThat(custodian.getLanguages()).containsExactly(language);
  }

  @Test
  void defaultLanguageIsIncludedInTheLanguagesFirstAndOnlyOnce() {
    Custodian custodian = custodian(details().languages("fr", List.of("en", "fr", "en")));

    assertThat(custodian.getLanguages()).containsExactly("fr", "en");
  }

  @Test
  void missingLanguageListMeansOnlyTheDefault() {
    assertThat(custodian(details().languages("es", null)).getLanguages()).containsExactly("es");
  }

  @ParameterizedTest(name = "default language \"{0}\" is refused")
  @ValueSource(strings = {"de", "EN", "en-GB", ""})
  void unsupportedDefaultLanguageIsRefused(String language) {
    assertRefused(
        () -> custodian(details().languages(language, List.of("en"))),
        "defaultLanguage",
        "custodian.defaultLanguage.invalid");
  }

  @Test
  void missingDefaultLanguageIsRefused() {
    assertRefused(
        () -> custodian(details().languages(null, List.of("en"))),
        "defaultLanguage",
        "custodian.defaultLanguage.invalid");
  }

  @Test
  void unsupportedLanguageInTheListIsRefused() {
    assertRefused(
        () -> custodian(details().languages("en", List.of("es", "de"))),
        "languages",
        "custodian.languages.invalid");
  }

  // --- theme, e-mail, address, name -------------------------------------------------------------

  @ParameterizedTest(name = "theme \"{0}\" is accepted")
  @ValueSource(strings = {"default", "bcn-2025", "0", "a234567890123456789012345678901234567890"})
  void themeIdOfLowerCaseLettersDigitsAndDashesIsAccepted(String theme) {
    assertThat(custodian(details().theme(theme)).getTheme()).isEqualTo(theme);
  }

  @ParameterizedTest(name = "theme \"{0}\" is refused")
  @ValueSource(
      strings = {
        "Default",
        "-dark",
        "dark blue",
        "../etc",
        "a2345678901234567890123456789012345678901",
        ""
      })
  void badThemeIdIsRefused(String theme) {
    assertRefused(() -> custodian(details().theme(theme)), "theme", "custodian.theme.invalid");
  }

  @ParameterizedTest(name = "e-mail \"{0}\" is refused")
  @ValueSource(
      strings = {
        "not-an-email",
        "a@b",
        "@example.org",
        "a b@example.org",
        "a@@example.org",
        "a@example.o",
        ""
      })
  void badEmailIsRefused(String email) {
    assertRefused(
        () -> custodian(details().contactEmail(email)),
        "contactEmail",
        "custodian.contactEmail.invalid");
  }

  @Test
  void missingOrOverlongEmailIsRefused() {
    String overlong = "a@" + "b".repeat(320) + ".org";

    assertRefused(
        () -> custodian(details().contactEmail(null)),
        "contactEmail",
        "custodian.contactEmail.invalid");
    assertRefused(
        () -> custodian(details().contactEmail(overlong)),
        "contactEmail",
        "custodian.contactEmail.invalid");
  }

  @Test
  void addressOfOneThousandCharactersIsAccepted() {
    assertThat(custodian(details().contactAddress("x".repeat(1000))).getContactAddress())
        .hasSize(1000);
  }

  @Test
  void addressOverOneThousandCharactersIsRefusedWithTheLimit() {
    assertRefused(
            () -> custodian(details().contactAddress("x".repeat(1001))),
            "contactAddress",
            "custodian.contactAddress.invalid")
        .satisfies(e -> assertThat(((CustodianException) e).args()).containsExactly(1000));
  }

  @Test
  void blankAddressIsRefused() {
    assertRefused(
        () -> custodian(details().contactAddress(" ")),
        "contactAddress",
        "custodian.contactAddress.invalid");
  }

  @Test
  void blankOrOverlongNameIsRefused() {
    assertRefused(() -> custodian(details().name(" ")), "name", "custodian.name.invalid");
    assertRefused(() -> custodian(details().name(null)), "name", "custodian.name.invalid");
    assertRefused(
        () -> custodian(details().name("n".repeat(201))), "name", "custodian.name.invalid");
  }

  // --- change -----------------------------------------------------------------------------------

  @Test
  void validChangeReplacesEveryDetailButTheShortCode() {
    Custodian custodian = custodian(valid());
    CustodianDetails quebec = quebec().build();

    custodian.change(quebec, NOW.plusDays(1));

    assertThat(custodian.getShortCode()).isEqualTo("BCN");
    assertThat(custodian.getName()).isEqualTo("Vélos Montréal");
    assertThat(custodian.getJurisdiction()).isEqualTo("CA-QC");
    assertThat(custodian.getCurrency()).isEqualTo("CAD");
    assertThat(custodian.getDefaultLanguage()).isEqualTo("fr");
    assertThat(custodian.getLanguages()).containsExactly("fr", "en");
    assertThat(custodian.getTheme()).isEqualTo("montreal");
    assertThat(custodian.getContactEmail()).isEqualTo("info@velos.example.ca");
    assertThat(custodian.getContactAddress()).isEqualTo("1 rue Principale");
  }

  @Test
  void failedChangeLeavesTheCustodianUnchanged() {
    Custodian custodian = custodian(valid());
    // Every field changes and is valid except the last one checked, the address.
    CustodianDetails almost = quebec().contactAddress(" ").build();

    assertRefused(
        () -> custodian.change(almost, NOW.plusDays(1)),
        "contactAddress",
        "custodian.contactAddress.invalid");

    assertThat(custodian.getName()).isEqualTo("Bicis Barcelona SCCL");
    assertThat(custodian.getJurisdiction()).isEqualTo("ES-CT");
    assertThat(custodian.getCurrency()).isEqualTo("EUR");
    assertThat(custodian.getDefaultLanguage()).isEqualTo("ca");
    assertThat(custodian.getLanguages()).containsExactly("ca", "es", "en");
    assertThat(custodian.getTheme()).isEqualTo("default");
    assertThat(custodian.getContactEmail()).isEqualTo("hola@bicis.example.org");
    assertThat(custodian.getContactAddress()).isEqualTo("Carrer Major 1, 08001 Barcelona");
  }

  @Test
  void failedChangeOfTheLanguageLeavesTheEarlierCheckedFieldsUnchanged() {
    Custodian custodian = custodian(valid());
    CustodianDetails badLanguage = quebec().languages("de", List.of("en")).build();

    assertRefused(
        () -> custodian.change(badLanguage, NOW.plusDays(1)),
        "defaultLanguage",
        "custodian.defaultLanguage.invalid");

    assertThat(custodian.getName()).isEqualTo("Bicis Barcelona SCCL");
    assertThat(custodian.getJurisdiction()).isEqualTo("ES-CT");
    assertThat(custodian.getCurrency()).isEqualTo("EUR");
  }
}
