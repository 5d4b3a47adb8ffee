package coop.spokes.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import coop.spokes.platform.i18n.Texts;
import coop.spokes.testing.Mailbox;
import coop.spokes.testing.Page;
import coop.spokes.testing.SpokesIT;
import coop.spokes.testing.WebClient;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Password reset by e-mail through a real SMTP server (GreenMail on port 3025), including an SMTP
 * outage: the user's request never fails and the mail is delivered once SMTP is back.
 */
class PasswordResetMailIT extends SpokesIT {
  static final Pattern LINK =
      Pattern.compile("https?://\\S+/identity/reset-password\\.xhtml\\?token=([A-Za-z0-9_-]+)");

  @Test
  void resetLinkArrivesInTheUsersLanguageAndWorksOnce() throws Exception {
    String account = "oliver.bennett@members.example";
    requestReset(visitor(), account);
    MimeMessage message = awaitMail(account, Duration.ofSeconds(30)).orElseThrow();
    String token = token(GreenMailUtil.getBody(message));

    WebClient client = visitor();
    Page form = client.get("identity/reset-password.xhtml?token=" + token);
    Page done =
        client.submit(
            form,
            "resetForm",
            "submit",
            Map.of(
                "password",
                "brass lantern over the harbour",
                "confirmation",
                "brass lantern over the harbour"));
    Page again = visitor().get("identity/reset-password.xhtml?token=" + token);
    Page signIn = visitor().signIn(account, "brass lantern over the harbour");

    assertThat(message.getSubject())
        .isEqualTo(Texts.text(Locale.ENGLISH, "mail.passwordReset.subject"));
    assertThat(done.globalMessages()).contains(Texts.text(Locale.ENGLISH, "identity.reset.done"));
    assertThat(again.doc().getElementById("resetForm")).isNull();
    assertThat(again.text()).contains(Texts.text(Locale.ENGLISH, "identity.reset.tokenInvalid"));
    assertThat(signIn.title()).isEqualTo(Texts.text(Locale.ENGLISH, "platform.dashboard.title"));
  }

  @Test
  void mailIsWrittenInTheRecipientsLanguageWithAnHtmlPart() throws Exception {
    String account = "pau.ferrer@members.example";
    requestReset(visitor(), account);

    MimeMessage message = awaitMail(account, Duration.ofSeconds(30)).orElseThrow();

    assertThat(message.getSubject())
        .isEqualTo(Texts.text(Locale.forLanguageTag("ca"), "mail.passwordReset.subject"));
    assertThat(message.getContentType()).startsWith("multipart/alternative");
    assertThat(GreenMailUtil.getBody(message)).contains("<a href=");
  }

  @Test
  void unknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
    String ghost = "ghost-" + UUID.randomUUID() + "@example.org";
    Page known = requestReset(visitor(), "george.hughes@members.example");
    Page unknown = requestReset(visitor(), ghost);

    assertThat(unknown.globalMessages()).isEqualTo(known.globalMessages());
    assertThat(unknown.globalMessages())
        .containsExactly(Texts.text(Locale.ENGLISH, "identity.forgot.sent", 60));
    assertThat(awaitMail(ghost, Duration.ofSeconds(3))).isEmpty();
  }

  @Test
  void commonPasswordIsRefusedAtTheFieldAndTheLinkStaysUsable() {
    String account = "amara.okafor@members.example";
    requestReset(visitor(), account);
    String token =
        token(GreenMailUtil.getBody(awaitMail(account, Duration.ofSeconds(30)).orElseThrow()));

    WebClient client = visitor();
    Page form = client.get("identity/reset-password.xhtml?token=" + token);
    Page refused =
        client.submit(
            form,
            "resetForm",
            "submit",
            Map.of("password", "password1234", "confirmation", "password1234"));

    assertThat(refused.fieldMessage("resetForm:password"))
        .isEqualTo(Texts.text(Locale.ENGLISH, "identity.password.common"));
    assertThat(
            visitor()
                .get("identity/reset-password.xhtml?token=" + token)
                .doc()
                .getElementById("resetForm"))
        .isNotNull();
  }

  @Test
  void tooShortPasswordIsRefusedWithTheMinimumLength() {
    String account = "callum.reid@members.example";
    requestReset(visitor(), account);
    String token =
        token(GreenMailUtil.getBody(awaitMail(account, Duration.ofSeconds(30)).orElseThrow()));

    WebClient client = visitor();
    Page form = client.get("identity/reset-password.xhtml?token=" + token);
    Page refused =
        client.submit(
            form,
            "resetForm",
            "submit",
            Map.of("password", "short pass", "confirmation", "short pass"));

    assertThat(refused.fieldMessage("resetForm:password"))
        .isEqualTo(Texts.text(Locale.ENGLISH, "identity.password.tooShort", 12, 128));
  }

  @Test
  void mailQueuedDuringAnSmtpOutageIsDeliveredWhenSmtpIsBack() {
    String account = "priya.patel@members.example";
    Mailbox.outage(
        () -> {
          Page answered = requestReset(visitor(), account);
          assertThat(answered.status()).isEqualTo(200);
          assertThat(answered.globalMessages())
              .containsExactly(Texts.text(Locale.ENGLISH, "identity.forgot.sent", 60));
          awaitFailedAttemptTo(account);
        });

    assertThat(awaitMail(account, Duration.ofSeconds(60))).isPresent();
  }

  private Page requestReset(WebClient client, String email) {
    Page form = client.get("identity/forgot-password.xhtml");
    return client.submit(form, "forgotForm", "submit", Map.of("email", email));
  }

  private static String token(String body) {
    Matcher m = LINK.matcher(body.replace("=\r\n", "").replace("=3D", "="));
    assertThat(m.find()).as("reset link in " + body).isTrue();
    return m.group(1);
  }

  /** The newest reset mail to {@code recipient} (other tests may mail demo members too). */
  private static Optional<MimeMessage> awaitMail(String recipient, Duration timeout) {
    java.util.Set<String> subjects = new java.util.HashSet<>();
    for (String language : coop.spokes.platform.i18n.Languages.SUPPORTED) {
      subjects.add(Texts.text(Locale.forLanguageTag(language), "mail.passwordReset.subject"));
    }
    return Mailbox.awaitSubject(recipient, subjects, timeout);
  }
}
