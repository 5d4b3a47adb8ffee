package coop.spokes.identity.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserAccountTest {
  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2025, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC);

  private static UserAccount account() {
    return new UserAccount("anna@example.org", "Anna Puig", "ca", "Europe/Madrid", NOW);
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(
      Runnable action, String field, String key) {
    return assertThatThrownBy(action::run)
        .isInstanceOf(IdentityException.class)
        .satisfies(
            e -> {
              IdentityException ie = (IdentityException) e;
              assertThat(ie.key()).isEqualTo(key);
              assertThat(ie.field()).isEqualTo(field);
            });
  }

  // --- a new account ----------------------------------------------------------------------------

  @Test
  void newAccountIsEnabledWithoutAPassword() {
    UserAccount account = account();

    assertThat(account.getEmail()).isEqualTo("anna@example.org");
    assertThat(account.getDisplayName()).isEqualTo("Anna Puig");
    assertThat(account.getLanguage()).isEqualTo("ca");
    assertThat(account.getTimeZone()).isEqualTo("Europe/Madrid");
    assertThat(account.isEnabled()).isTrue();
    assertThat(account.getPasswordHash()).isNull();
    assertThat(account.getCreatedAt()).isEqualTo(NOW);
  }

  // --- e-mail -----------------------------------------------------------------------------------

  @Test
  void emailIsTrimmedAndLowerCased() {
    UserAccount account = new UserAccount("  Anna.Puig@Example.ORG \t", "Anna", "en", "UTC", NOW);

    assertThat(account.getEmail()).isEqualTo("anna.puig@example.org");
  }

  @Test
  void emailIsLowerCasedIndependentlyOfTheDefaultLocale() {
    // Turkish dotted/dotless i: Locale.ROOT keeps "I" -> "i".
    assertThat(UserAccount.normalizeEmail("INFO@EXAMPLE.ORG")).isEqualTo("info@example.org");
  }

  @Test
  void normalisingAMissingEmailGivesNull() {
    assertThat(UserAccount.normalizeEmail(null)).isNull();
  }

  // --- display name -----------------------------------------------------------------------------

  @ParameterizedTest(name = "display name \"{0}\" is refused")
  @ValueSource(strings = {"", " ", "\t\n"})
  void blankDisplayNameIsRefused(String name) {
    assertRefused(
        () -> new UserAccount("anna@example.org", name, "en", "UTC", NOW),
        "displayName",
        "identity.account.displayName.invalid");
  }

  @Test
  void missingDisplayNameIsRefused() {
    assertRefused(
        () -> new UserAccount("anna@example.org", null, "en", "UTC", NOW),
        "displayName",
        "identity.account.displayName.invalid");
  }

  @Test
  void displayNameOf201CharactersIsRefusedAnd200Accepted() {
    UserAccount account = account();

    assertRefused(
        () -> account.rename("n".repeat(201)),
        "displayName",
        "identity.account.displayName.invalid");
    account.rename("n".repeat(200));

    assertThat(account.getDisplayName()).hasSize(200);
  }

  @Test
  void renameStripsSurroundingSpaces() {
    UserAccount account = account();

    account.rename("  Anna Puig i Soler ");

    assertThat(account.getDisplayName()).isEqualTo("Anna Puig i Soler");
  }

  @Test
  void refusedRenameKeepsTheOldName() {
    UserAccount account = account();

    assertRefused(() -> account.rename(" "), "displayName", "identity.account.displayName.invalid");

    assertThat(account.getDisplayName()).isEqualTo("Anna Puig");
  }

  // --- language ---------------------------------------------------------------------------------

  @ParameterizedTest(name = "language \"{0}\" is accepted")
  @ValueSource(strings = {"en", "es", "ca", "fr"})
  void supportedLanguageIsAccepted(String language) {
    UserAccount account = account();

    account.changeLanguage(language);

    assertThat(account.getLanguage()).isEqualTo(language);
  }

  @ParameterizedTest(name = "language \"{0}\" is refused")
  @ValueSource(strings = {"de", "EN", "en-GB", ""})
  void unsupportedLanguageIsRefused(String language) {
    UserAccount account = account();

    assertRefused(
        () -> account.changeLanguage(language), "language", "identity.account.language.invalid");
    assertThat(account.getLanguage()).isEqualTo("ca");
  }

  @Test
  void accountInAnUnsupportedLanguageCannotBeCreated() {
    assertRefused(
        () -> new UserAccount("anna@example.org", "Anna", "de", "UTC", NOW),
        "language",
        "identity.account.language.invalid");
    assertRefused(
        () -> new UserAccount("anna@example.org", "Anna", null, "UTC", NOW),
        "language",
        "identity.account.language.invalid");
  }

  // --- time zone --------------------------------------------------------------------------------

  @ParameterizedTest(name = "time zone \"{0}\" is accepted")
  @ValueSource(strings = {"Europe/Madrid", "America/Montreal", "UTC"})
  void regionTimeZoneIsAccepted(String zone) {
    UserAccount account = account();

    account.changeTimeZone(zone);

    assertThat(account.getTimeZone()).isEqualTo(zone);
  }

  @ParameterizedTest(name = "time zone \"{0}\" is refused")
  @ValueSource(strings = {"Mars/Base", "Europe/Madird", "", "not a zone"})
  void unknownTimeZoneIsRefused(String zone) {
    UserAccount account = account();

    assertRefused(
        () -> account.changeTimeZone(zone), "timeZone", "identity.account.timeZone.invalid");
    assertThat(account.getTimeZone()).isEqualTo("Europe/Madrid");
  }

  @Test
  void missingTimeZoneIsRefused() {
    assertRefused(
        () -> new UserAccount("anna@example.org", "Anna", "en", null, NOW),
        "timeZone",
        "identity.account.timeZone.invalid");
  }

  // --- state ------------------------------------------------------------------------------------

  @Test
  void disabledAccountCanBeEnabledAgain() {
    UserAccount account = account();

    account.disable();
    boolean whileDisabled = account.isEnabled();
    account.enable();

    assertThat(whileDisabled).isFalse();
    assertThat(account.isEnabled()).isTrue();
  }

  @Test
  void settingAPasswordHashKeepsIt() {
    UserAccount account = account();

    account.setPasswordHash("$argon2id$v=19$stub", NOW.plusMinutes(5));
    account.upgradePasswordHash("$argon2id$v=19$stronger");

    assertThat(account.getPasswordHash()).isEqualTo("$argon2id$v=19$stronger");
  }

  @Test
  void everyNewPasswordMovesTheCredentialsStampOnSoOlderSessionsEnd() {
    UserAccount account = account();
    long before = account.getCredentialsStamp();

    account.setPasswordHash("$argon2id$v=19$first", NOW.plusMinutes(5));
    long afterFirst = account.getCredentialsStamp();
    account.setPasswordHash("$argon2id$v=19$second", NOW.plusMinutes(6));

    assertThat(afterFirst).isNotEqualTo(before);
    assertThat(account.getCredentialsStamp()).isNotIn(before, afterFirst);
  }

  @Test
  void upgradingTheHashOfTheSamePasswordKeepsTheStamp() {
    UserAccount account = account();
    account.setPasswordHash("$argon2id$v=19$stub", NOW.plusMinutes(5));
    long stamp = account.getCredentialsStamp();

    account.upgradePasswordHash("$argon2id$v=19$stronger");

    assertThat(account.getCredentialsStamp()).isEqualTo(stamp);
  }

  @Test
  void accountCanMoveToAnotherCustodian() {
    UserAccount account = account();

    account.moveToCustodian(3L);

    assertThat(account.getHomeCustodianId()).isEqualTo(3L);
  }
}
