package coop.spokes.identity;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.platform.i18n.Texts;
import coop.spokes.testing.DemoData;
import coop.spokes.testing.Mailbox;
import coop.spokes.testing.Page;
import coop.spokes.testing.SpokesIT;
import coop.spokes.testing.WebClient;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Sessions end when the password changes (ASVS 7.4.3): a change ends the account's other sessions
 * and keeps the one that made it; a reset by e-mailed link ends them all; disabling an account ends
 * its sessions at the next request. Each test opens its own account, so it owns the password.
 */
class SessionEndIT extends SpokesIT {
  static final Locale EN = Locale.ENGLISH;
  static final String PROFILE = "identity/account/profile.xhtml";
  static final String FIRST = "copper kettle by the north window";
  static final String SECOND = "seven herons over a quiet canal";

  @Test
  void changingThePasswordEndsTheOtherSessionsAndKeepsTheChangers() {
    String email = newAccountWithPassword(FIRST);
    WebClient laptop = signedIn(email, FIRST);
    WebClient phone = signedIn(email, FIRST);

    Page changed =
        laptop.submit(
            laptop.get(PROFILE),
            "passwordForm",
            "change",
            Map.of("current", FIRST, "newPassword", SECOND, "confirmation", SECOND));
    Page phoneNext = phone.get(PROFILE);
    Page laptopNext = laptop.get(PROFILE);

    assertThat(changed.globalMessages()).contains(Texts.text(EN, "identity.password.changed"));
    assertThat(pathOf(phoneNext)).isEqualTo("/identity/login.xhtml");
    assertThat(phoneNext.doc().getElementById("loginForm:signedOut").text())
        .isEqualTo(Texts.text(EN, "identity.login.signedOut.password"));
    assertThat(pathOf(phone.get(PROFILE))).as("the old session stays ended").isEqualTo(login());
    assertThat(pathOf(laptopNext)).isEqualTo("/" + PROFILE);
    assertThat(laptopNext.title()).isEqualTo(Texts.text(EN, "identity.profile.title"));
    assertThat(pathOf(phone.signIn(email, SECOND))).isNotEqualTo(login());
  }

  @Test
  void aWrongCurrentPasswordEndsNoSession() {
    String email = newAccountWithPassword(FIRST);
    WebClient laptop = signedIn(email, FIRST);
    WebClient phone = signedIn(email, FIRST);

    Page refused =
        laptop.submit(
            laptop.get(PROFILE),
            "passwordForm",
            "change",
            Map.of(
                "current",
                "not the password at all",
                "newPassword",
                SECOND,
                "confirmation",
                SECOND));

    assertThat(refused.fieldMessage("passwordForm:current"))
        .isEqualTo(Texts.text(EN, "identity.password.currentWrong"));
    assertThat(pathOf(phone.get(PROFILE))).isEqualTo("/" + PROFILE);
    assertThat(pathOf(laptop.get(PROFILE))).isEqualTo("/" + PROFILE);
  }

  @Test
  void aResetByMailedLinkEndsEverySession() throws Exception {
    String email = newAccountWithPassword(FIRST);
    WebClient laptop = signedIn(email, FIRST);
    WebClient phone = signedIn(email, FIRST);

    WebClient forgetful = visitor();
    forgetful.submit(
        forgetful.get("identity/forgot-password.xhtml"),
        "forgotForm",
        "submit",
        Map.of("email", email));
    String token =
        Mailbox.token(
            awaitMail(email, "mail.passwordReset.subject"), "/identity/reset-password.xhtml");
    Page done = setPassword(forgetful, token, SECOND);
    Page laptopNext = laptop.get(PROFILE);
    Page phoneNext = phone.get(PROFILE);

    assertThat(done.globalMessages()).contains(Texts.text(EN, "identity.reset.done"));
    for (Page next : new Page[] {laptopNext, phoneNext}) {
      assertThat(pathOf(next)).isEqualTo(login());
      assertThat(next.doc().getElementById("loginForm:signedOut").text())
          .isEqualTo(Texts.text(EN, "identity.login.signedOut.password"));
    }
    assertThat(pathOf(visitor().signIn(email, SECOND))).isNotEqualTo(login());
  }

  @Test
  void disablingAnAccountEndsItsSessionAtTheNextRequest() {
    String email = newAccountWithPassword(FIRST);
    WebClient user = signedIn(email, FIRST);
    assertThat(pathOf(user.get(PROFILE))).isEqualTo("/" + PROFILE);

    WebClient admin = signedIn(DemoData.ADMIN);
    Page found =
        admin.submit(
            admin.get("identity/admin/users.xhtml"), "usersForm", "find", Map.of("search", email));
    Page selected = admin.submit(found, "usersForm", "accounts:0:manage", Map.of());
    admin.submit(selected, "grantForm", "disable", Map.of());
    Page next = user.get(PROFILE);

    assertThat(pathOf(next)).isEqualTo(login());
    assertThat(next.doc().getElementById("loginForm:signedOut").text())
        .isEqualTo(Texts.text(EN, "identity.login.signedOut.changed"));
    assertThat(visitor().signIn(email, FIRST).globalMessages())
        .containsExactly(Texts.text(EN, "identity.login.failed"));
  }

  private static String login() {
    return "/identity/login.xhtml";
  }

  /** An account the admin opens, whose owner sets {@code password} through the mailed link. */
  private String newAccountWithPassword(String password) {
    String email = "session-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    WebClient admin = signedIn(DemoData.ADMIN);
    Page opened =
        admin.submit(
            admin.get("identity/admin/users.xhtml"),
            "openForm",
            "open",
            Map.of(
                "email",
                email,
                "displayName",
                "Sessions Tester",
                "language_input",
                "en",
                "timeZone",
                "UTC"));
    assertThat(opened.status()).isEqualTo(200);
    String token =
        Mailbox.token(
            awaitMail(email, "mail.setPassword.subject"), "/identity/reset-password.xhtml");
    setPassword(visitor(), token, password);
    return email;
  }

  private static Page setPassword(WebClient client, String token, String password) {
    return client.submit(
        client.get("identity/reset-password.xhtml?token=" + token),
        "resetForm",
        "submit",
        Map.of("password", password, "confirmation", password));
  }

  /** The newest mail to {@code email} with the subject {@code key} (in English). */
  private static MimeMessage awaitMail(String email, String key) {
    Mailbox.server();
    return Mailbox.awaitSubject(email, Texts.text(EN, key), Duration.ofSeconds(30))
        .orElseThrow(() -> new AssertionError("no mail " + key + " for " + email));
  }

  /** A client signed in as {@code email} with {@code password}. */
  private WebClient signedIn(String email, String password) {
    WebClient client = visitor();
    Page page = client.signIn(email, password);
    if (pathOf(page).startsWith(login())) {
      throw new IllegalStateException(
          "could not sign in as " + email + ": " + page.globalMessages());
    }
    return client;
  }
}
