package coop.spokes.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.platform.i18n.Texts;
import coop.spokes.testing.AliasClient;
import coop.spokes.testing.DemoData;
import coop.spokes.testing.Mailbox;
import coop.spokes.testing.OutboxProbe;
import coop.spokes.testing.Page;
import coop.spokes.testing.SpokesIT;
import coop.spokes.testing.WebClient;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The outbox holds no usable secret: every row of its tables, read with JDBC while the mails wait
 * (SMTP down) and again once they are delivered, contains neither the links' tokens nor anything
 * that opens the reset, address-confirmation or verification pages. A link revoked before its mail
 * goes out is never sent; attachments arrive.
 */
class MailOutboxIT extends SpokesIT {
  static final Locale EN = Locale.ENGLISH;
  static final Pattern TOKEN_LIKE = Pattern.compile("(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{32,}");

  @Test
  void noOutboxRowHoldsAUsableTokenBeforeOrAfterDelivery() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String applicant = "outbox-" + run + "@example.org";
    String member = "eleanor.price@members.example";
    String newAddress = "finn-" + run + "@example.org";
    String[] before = new String[1];

    Mailbox.outage(
        () -> {
          requestReset(member);
          join(applicant);
          changeAddress("finn.robinson@members.example", newAddress);
          before[0] = awaitRows(List.of(applicant, member, newAddress));
        });
    MimeMessage reset = awaitMail(member, "mail.passwordReset.subject");
    MimeMessage verification = awaitMail(applicant, "mail.membership.verify.subject");
    MimeMessage confirmation = awaitMail(newAddress, "mail.emailChange.subject");
    String after = rows();

    List<String> tokens =
        List.of(
            Mailbox.token(reset, "/identity/reset-password.xhtml"),
            Mailbox.token(verification, "/membership/verify.xhtml"),
            Mailbox.token(confirmation, "/identity/confirm-email.xhtml"));
    for (String token : tokens) {
      assertThat(before[0]).doesNotContain(token);
      assertThat(after).doesNotContain(token);
    }
    assertThat(before[0] + after).doesNotContain("token=");
    for (String candidate : tokenLike(before[0] + after)) {
      assertThat(opensAnything(candidate)).as("a string from the outbox: " + candidate).isFalse();
    }
    // The mailed links themselves work: the reset form opens with the mailed token.
    assertThat(
            visitor()
                .get("identity/reset-password.xhtml?token=" + tokens.get(0))
                .doc()
                .getElementById("resetForm"))
        .isNotNull();
  }

  @Test
  void aLinkRevokedBeforeItsMailIsSentIsNeverSent() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String first = "first-" + run + "@example.org";
    String second = "second-" + run + "@example.org";

    Mailbox.outage(
        () -> {
          changeAddress("tama.rangi@members.example", first);
          changeAddress("tama.rangi@members.example", second);
          awaitRows(List.of(first, second));
          awaitFailedAttemptTo(second);
        });

    MimeMessage confirmation = awaitMail(second, "mail.emailChange.subject");
    assertThat(confirmation).isNotNull();
    awaitMailSentTo(first);
    assertThat(Mailbox.count(first)).isZero();
    String row =
        rows()
            .lines()
            .filter(l -> l.contains(" recipient=" + first + ";"))
            .findFirst()
            .orElseThrow();
    assertThat(row).contains(" sent_at=null;", "link withdrawn").doesNotContain(" failed_at=null;");
  }

  @Test
  void anAttachmentArrivesWithItsNameTypeAndBytes() throws Exception {
    String to = "attachment-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

    HttpResponse<String> queued =
        http(
            HttpRequest.newBuilder(uri("api/test-probe/outbox/attachment?to=" + to))
                .POST(HttpRequest.BodyPublishers.noBody()));
    MimeMessage mail = Mailbox.await(to, Duration.ofSeconds(30)).orElseThrow();

    assertThat(queued.statusCode()).isEqualTo(204);
    assertThat(mail.getContentType()).startsWith("multipart/mixed");
    Multipart mixed = (Multipart) mail.getContent();
    BodyPart file = mixed.getBodyPart(mixed.getCount() - 1);
    assertThat(file.getDisposition()).isEqualTo(Part.ATTACHMENT);
    assertThat(file.getFileName()).isEqualTo("assembly.ics");
    assertThat(file.getContentType()).startsWith("text/calendar");
    try (InputStream in = file.getInputStream()) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(OutboxProbe.ICS);
    }
    Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
    assertThat((String) alternative.getBodyPart(0).getContent()).contains("Attachment Test");
  }

  // --- helpers
  // ------------------------------------------------------------------------------------

  private void requestReset(String email) {
    WebClient client = visitor();
    client.submit(
        client.get("identity/forgot-password.xhtml"),
        "forgotForm",
        "submit",
        Map.of("email", email));
  }

  /** A join application from its own loopback address, leaving 127.0.0.1's hourly limit alone. */
  private void join(String email) {
    Map<String, String> f = new HashMap<>();
    f.put("memberClass", "CONSUMER");
    f.put("kind", "PERSON");
    f.put("personName", "Outbox Test");
    f.put("email", email);
    f.put("residenceCountry_input", "ES");
    f.put("language_input", "en");
    f.put("custodian_input", Long.toString(DemoData.CUSTODIAN_ES));
    f.put("termsAccepted_input", "on");
    f.put("website", "");
    new AliasClient("127.0.0.17", base()).submit("membership/join.xhtml", "joinForm", "submit", f);
  }

  private void changeAddress(String account, String newAddress) {
    WebClient client = signedIn(account);
    Page requested =
        client.submit(
            client.get("identity/account/profile.xhtml"),
            "emailForm",
            "changeEmail",
            Map.of("newEmail", newAddress, "emailPassword", DemoData.PASSWORD));
    assertThat(requested.globalMessages()).anyMatch(m -> m.contains(newAddress));
  }

  /**
   * Whether {@code candidate} opens the reset form, confirms an address or verifies an application.
   */
  private boolean opensAnything(String candidate) {
    Page reset = visitor().get("identity/reset-password.xhtml?token=" + candidate);
    Page confirm = visitor().get("identity/confirm-email.xhtml?token=" + candidate);
    Page verify = visitor().get("membership/verify.xhtml?token=" + candidate);
    return reset.doc().getElementById("resetForm") != null
        || confirm.text().contains(Texts.text(EN, "identity.email.confirmed"))
        || verify.doc().getElementById("verified") != null;
  }

  private static Set<String> tokenLike(String text) {
    Set<String> found = new LinkedHashSet<>();
    Matcher m = TOKEN_LIKE.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  /** The outbox rows, once there is one for each of {@code recipients}. */
  private String awaitRows(List<String> recipients) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      String rows = rows();
      if (recipients.stream().allMatch(r -> rows.contains("recipient=" + r + ";"))) {
        return rows;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no outbox rows for " + recipients + " in\n" + rows);
      }
      sleep(Duration.ofMillis(200));
    }
  }

  private String rows() {
    HttpResponse<String> r = http(HttpRequest.newBuilder(uri("api/test-probe/outbox")).GET());
    assertThat(r.statusCode()).isEqualTo(200);
    return r.body();
  }

  private URI uri(String path) {
    return base().resolve(path);
  }

  private static HttpResponse<String> http(HttpRequest.Builder request) {
    try {
      return HttpClient.newHttpClient()
          .send(
              request.timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static MimeMessage awaitMail(String recipient, String subjectKey) {
    Set<String> subjects = new java.util.HashSet<>();
    for (String language : coop.spokes.platform.i18n.Languages.SUPPORTED) {
      subjects.add(Texts.text(Locale.forLanguageTag(language), subjectKey));
    }
    return Mailbox.awaitSubject(recipient, subjects, Duration.ofSeconds(60))
        .orElseThrow(() -> new AssertionError("no mail " + subjectKey + " to " + recipient));
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
