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

/** A new sign-in address is used only after the link sent to it is opened. */
class EmailChangeIT extends SpokesIT {
  static final Locale EN = Locale.ENGLISH;

  @Test
  void newAddressIsUsedOnlyOnceItsLinkIsOpened() throws Exception {
    String old = "isla.campbell@members.example";
    String fresh = "isla-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    Mailbox.server();
    WebClient isla = signedIn(old);
    Page profile = isla.get("identity/account/profile.xhtml");

    Page wrongPassword =
        isla.submit(
            profile,
            "emailForm",
            "changeEmail",
            Map.of("newEmail", fresh, "emailPassword", "not my password"));
    Page requested =
        isla.submit(
            profile,
            "emailForm",
            "changeEmail",
            Map.of("newEmail", fresh, "emailPassword", DemoData.PASSWORD));
    var link = Mailbox.await(fresh, Duration.ofSeconds(30)).orElseThrow();
    var notice = Mailbox.await(old, Duration.ofSeconds(30)).orElseThrow();
    Page beforeConfirming = visitor().signIn(fresh, DemoData.PASSWORD);
    Page confirmed =
        visitor()
            .get(
                "identity/confirm-email.xhtml?token="
                    + Mailbox.token(link, "/identity/confirm-email.xhtml"));
    Page again =
        visitor()
            .get(
                "identity/confirm-email.xhtml?token="
                    + Mailbox.token(link, "/identity/confirm-email.xhtml"));

    assertThat(wrongPassword.fieldMessage("emailForm:emailPassword"))
        .isEqualTo(Texts.text(EN, "identity.password.currentWrong"));
    assertThat(requested.globalMessages()).anyMatch(m -> m.contains(fresh));
    assertThat(notice.getSubject()).isEqualTo(Texts.text(EN, "mail.emailChangeNotice.subject"));
    assertThat(beforeConfirming.globalMessages())
        .containsExactly(Texts.text(EN, "identity.login.failed"));
    assertThat(confirmed.doc().getElementById("result").text())
        .contains(Texts.text(EN, "identity.email.confirmed"));
    assertThat(again.doc().getElementById("result").text())
        .contains(Texts.text(EN, "identity.email.linkInvalid"));
    // The session she had opened with the old address ends, saying why, instead of refusing her.
    Page stale = isla.get("identity/account/profile.xhtml");
    assertThat(stale.doc().getElementById("loginForm:signedOut").text())
        .isEqualTo(Texts.text(EN, "identity.login.signedOut.changed"));
    assertThat(visitor().signIn(fresh, DemoData.PASSWORD).title())
        .isEqualTo(Texts.text(EN, "platform.dashboard.title"));
    assertThat(visitor().signIn(old, DemoData.PASSWORD).globalMessages())
        .containsExactly(Texts.text(EN, "identity.login.failed"));
    // Her membership's contact address followed the confirmed change (NZ-000005, member 28).
    assertThat(
            signedIn("manager.nz@spokes.example")
                .get("membership/review/member.xhtml?id=28")
                .doc()
                .getElementById("details")
                .text())
        .contains(fresh)
        .doesNotContain(old);
  }

  @Test
  void anAddressInUseGetsTheSameAnswerAsAFreeOneAndItsOwnerIsToldNothingChanged() {
    WebClient hana = signedIn("mere.parata@members.example");
    Page profile = hana.get("identity/account/profile.xhtml");
    String free = "free-" + UUID.randomUUID() + "@example.org";

    Page taken =
        hana.submit(
            profile,
            "emailForm",
            "changeEmail",
            Map.of("newEmail", DemoData.ADMIN, "emailPassword", DemoData.PASSWORD));
    Page open =
        hana.submit(
            hana.get("identity/account/profile.xhtml"),
            "emailForm",
            "changeEmail",
            Map.of("newEmail", free, "emailPassword", DemoData.PASSWORD));

    // Hana cannot tell which address has an account: the same message, no field message.
    assertThat(taken.fieldMessage("emailForm:newEmail")).isEmpty();
    assertThat(taken.globalMessages())
        .containsExactly(Texts.text(EN, "identity.email.sent", DemoData.ADMIN));
    assertThat(open.globalMessages()).containsExactly(Texts.text(EN, "identity.email.sent", free));
    // The address's owner is told, without a link; the admin still signs in with it.
    MimeMessage notice =
        Mailbox.awaitSubject(
                DemoData.ADMIN, Texts.text(EN, "mail.emailInUse.subject"), Duration.ofSeconds(30))
            .orElseThrow();
    assertThat(Mailbox.body(notice)).doesNotContain("token=");
    assertThat(signedIn(DemoData.ADMIN)).isNotNull();
  }

  @Test
  void aFewChangeRequestsAnHourAndNoMore() {
    WebClient liam = signedIn("liam.thompson@members.example");
    Page last = null;
    for (int i = 0; i < 6; i++) {
      last =
          liam.submit(
              liam.get("identity/account/profile.xhtml"),
              "emailForm",
              "changeEmail",
              Map.of(
                  "newEmail",
                  "liam-" + i + "-" + UUID.randomUUID() + "@example.org",
                  "emailPassword",
                  DemoData.PASSWORD));
    }

    assertThat(last.globalMessages()).containsExactly(Texts.text(EN, "identity.email.tooMany", 5));
  }
}
