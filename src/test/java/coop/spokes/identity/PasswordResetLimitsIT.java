package coop.spokes.identity;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.platform.i18n.Texts;
import coop.spokes.testing.AliasClient;
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
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Password-reset requests are limited per client address and per account, and a request never
 * spends another link. The tests run Payara with a limit of 30 requests per address and hour; the
 * flooding client connects from 127.0.0.7, so the other tests (from 127.0.0.1) are unaffected.
 */
class PasswordResetLimitsIT extends SpokesIT {
  static final Locale EN = Locale.ENGLISH;
  static final int PER_ADDRESS = 30;

  @Test
  void oneAddressIsStoppedAfterTheLimitWhateverTheAddressesTypedAndOthersAreNot() {
    AliasClient flooder = new AliasClient("127.0.0.7", base());
    String run = UUID.randomUUID().toString().substring(0, 8);
    for (int i = 0; i < PER_ADDRESS; i++) {
      assertThat(errors(request(flooder, "reset-" + i + "-" + run + "@example.org")))
          .as("request " + i)
          .isEmpty();
    }

    Document refused = request(flooder, "reset-last-" + run + "@example.org");
    Page elsewhere = requestReset(visitor(), "reset-other-" + run + "@example.org");

    assertThat(errors(refused)).containsExactly(Texts.text(EN, "identity.forgot.tooMany"));
    assertThat(elsewhere.globalMessages())
        .containsExactly(Texts.text(EN, "identity.forgot.sent", 60));
  }

  @Test
  void anAccountGetsAtMostThreeLinksAnHourAndTheAnswerStaysTheSame() throws Exception {
    String account = "noah.fortin@members.example";
    long before = Mailbox.count(account);
    for (int i = 0; i < 5; i++) {
      Page answered = requestReset(visitor(), account);
      assertThat(answered.globalMessages())
          .as("request " + i)
          .containsExactly(Texts.text(EN, "identity.forgot.sent", 60));
    }

    awaitMailSentTo(account);

    assertThat(Mailbox.count(account) - before).isEqualTo(3);
  }

  @Test
  void aResetRequestNeverSpendsTheLinkOfANewAccount() {
    String email = "welcome-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    WebClient admin = signedIn(DemoData.ADMIN);
    admin.submit(
        admin.get("identity/admin/users.xhtml"),
        "openForm",
        "open",
        Map.of("email", email, "displayName", "Wendy Welcome", "timeZone", "Europe/London"));
    MimeMessage welcome =
        Mailbox.awaitSubject(
                email, Texts.text(EN, "mail.setPassword.subject"), Duration.ofSeconds(30))
            .orElseThrow();
    String welcomeToken = Mailbox.token(welcome, "/identity/reset-password.xhtml");

    requestReset(visitor(), email);
    MimeMessage reset =
        Mailbox.awaitSubject(
                email, Texts.text(EN, "mail.passwordReset.subject"), Duration.ofSeconds(30))
            .orElseThrow();
    String resetToken = Mailbox.token(reset, "/identity/reset-password.xhtml");

    WebClient newcomer = visitor();
    Page form = newcomer.get("identity/reset-password.xhtml?token=" + welcomeToken);
    assertThat(form.doc().getElementById("resetForm")).as("welcome link still works").isNotNull();
    Page done =
        newcomer.submit(
            form,
            "resetForm",
            "submit",
            Map.of(
                "password", "copper kettle by the canal",
                "confirmation", "copper kettle by the canal"));
    Page resetLinkAfterwards = visitor().get("identity/reset-password.xhtml?token=" + resetToken);

    assertThat(done.globalMessages()).contains(Texts.text(EN, "identity.reset.done"));
    assertThat(resetLinkAfterwards.doc().getElementById("resetForm"))
        .as("setting the password spends the other links")
        .isNull();
  }

  private Page requestReset(WebClient client, String email) {
    return client.submit(
        client.get("identity/forgot-password.xhtml"),
        "forgotForm",
        "submit",
        Map.of("email", email));
  }

  private static Document request(AliasClient client, String email) {
    return client.submit(
        "identity/forgot-password.xhtml", "forgotForm", "submit", Map.of("email", email));
  }

  private static java.util.List<String> errors(Document page) {
    return page.select("#globalMessages .ui-messages-error-summary").eachText();
  }
}
