package coop.spokes.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OutboxMailTest {
  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2025, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC);
  private static final Duration LEASE = Duration.ofMinutes(5);

  private static OutboxMail queued() {
    RenderedMail mail =
        new RenderedMail("Reset your Spokes password", "Hello Anna", "<p>Hello Anna</p>");
    return new OutboxMail("anna@example.org", "en", "passwordReset", mail, NOW);
  }

  // --- a new message ----------------------------------------------------------------------------

  @Test
  void newMessageIsDueAtOnceWithNoAttempts() {
    OutboxMail mail = queued();

    assertThat(mail.getRecipient()).isEqualTo("anna@example.org");
    assertThat(mail.getSubject()).isEqualTo("Reset your Spokes password");
    assertThat(mail.getBodyText()).isEqualTo("Hello Anna");
    assertThat(mail.getBodyHtml()).isEqualTo("<p>Hello Anna</p>");
    assertThat(mail.getNextAttemptAt()).isEqualTo(NOW);
    assertThat(mail.getAttempts()).isZero();
    assertThat(mail.getSentAt()).isNull();
    assertThat(mail.getFailedAt()).isNull();
  }

  // --- backoff ----------------------------------------------------------------------------------

  @ParameterizedTest(name = "after {0} attempt(s) wait {1} minutes")
  @CsvSource({"1, 1", "2, 2", "3, 4", "4, 8", "5, 16", "9, 256"})
  void backoffDoublesFromOneMinute(int attemptsSoFar, long minutes) {
    assertThat(OutboxMail.backoff(attemptsSoFar)).isEqualTo(Duration.ofMinutes(minutes));
  }

  @ParameterizedTest(name = "after {0} attempts wait six hours")
  @ValueSource(ints = {10, 11, 21, 22, 64, 1000, Integer.MAX_VALUE})
  void backoffIsCappedAtSixHours(int attemptsSoFar) {
    assertThat(OutboxMail.backoff(attemptsSoFar)).isEqualTo(Duration.ofHours(6));
  }

  @Test
  void failedAttemptsAreRetriedAfterOneThenTwoThenFourMinutes() {
    OutboxMail mail = queued();

    mail.attemptFailed(NOW, "connection refused", 5);
    OffsetDateTime afterFirst = mail.getNextAttemptAt();
    mail.attemptFailed(afterFirst, "connection refused", 5);
    OffsetDateTime afterSecond = mail.getNextAttemptAt();
    mail.attemptFailed(afterSecond, "connection refused", 5);
    OffsetDateTime afterThird = mail.getNextAttemptAt();

    assertThat(afterFirst).isEqualTo(NOW.plusMinutes(1));
    assertThat(afterSecond).isEqualTo(afterFirst.plusMinutes(2));
    assertThat(afterThird).isEqualTo(afterSecond.plusMinutes(4));
    assertThat(mail.getAttempts()).isEqualTo(3);
    assertThat(mail.getFailedAt()).isNull();
  }

  // --- giving up --------------------------------------------------------------------------------

  @Test
  void afterMaxAttemptsTheMessageIsMarkedFailedAndNotRetried() {
    OutboxMail mail = queued();
    OffsetDateTime t = NOW;
    for (int i = 0; i < 2; i++) {
      mail.attemptFailed(t, "timeout", 3);
      t = mail.getNextAttemptAt();
    }
    OffsetDateTime lastRetryPlanned = mail.getNextAttemptAt();
    assertThat(mail.getFailedAt()).isNull();

    mail.attemptFailed(t, "timeout", 3);

    assertThat(mail.getAttempts()).isEqualTo(3);
    assertThat(mail.getFailedAt()).isEqualTo(t);
    assertThat(lastRetryPlanned).isNotNull();
    assertThat(mail.getNextAttemptAt()).isNull(); // out of the due index
    assertThat(mail.claim(t.plusDays(1), t.plusDays(1).plus(LEASE))).isFalse();
  }

  @Test
  void withOneAllowedAttemptTheFirstFailureIsFinal() {
    OutboxMail mail = queued();

    mail.attemptFailed(NOW, "mailbox unavailable", 1);

    assertThat(mail.getFailedAt()).isEqualTo(NOW);
    assertThat(mail.claim(NOW.plusHours(1), NOW.plusHours(1).plus(LEASE))).isFalse();
  }

  @Test
  void missingOrLongErrorIsAcceptedWhenAnAttemptFails() {
    OutboxMail mail = queued();

    mail.attemptFailed(NOW, null, 5);
    mail.attemptFailed(NOW.plusMinutes(1), "e".repeat(5000), 5);

    assertThat(mail.getAttempts()).isEqualTo(2);
    assertThat(mail.getFailedAt()).isNull();
  }

  // --- claims -----------------------------------------------------------------------------------

  @Test
  void unclaimedMessageCanBeClaimed() {
    OutboxMail mail = queued();

    assertThat(mail.claim(NOW, NOW.plus(LEASE))).isTrue();
  }

  @Test
  void claimFailsWhileAnotherClaimsLeaseIsRunning() {
    OutboxMail mail = queued();
    mail.claim(NOW, NOW.plus(LEASE));

    boolean second = mail.claim(NOW.plusMinutes(4), NOW.plusMinutes(4).plus(LEASE));

    assertThat(second).isFalse();
  }

  @Test
  void claimSucceedsOnceTheEarlierLeaseHasExpired() {
    OutboxMail mail = queued();
    mail.claim(NOW, NOW.plus(LEASE));

    boolean atExpiry = mail.claim(NOW.plus(LEASE), NOW.plus(LEASE).plus(LEASE));

    assertThat(atExpiry).isTrue();
    assertThat(mail.claim(NOW.plus(LEASE).plusMinutes(1), NOW.plusHours(1))).isFalse();
  }

  @Test
  void failedAttemptReleasesTheClaim() {
    OutboxMail mail = queued();
    mail.claim(NOW, NOW.plus(LEASE));

    mail.attemptFailed(NOW.plusSeconds(10), "timeout", 5);

    assertThat(mail.claim(NOW.plusMinutes(1), NOW.plusMinutes(1).plus(LEASE))).isTrue();
  }

  @Test
  void sentMessageCannotBeClaimedAgain() {
    OutboxMail mail = queued();
    mail.claim(NOW, NOW.plus(LEASE));

    mail.sent(NOW.plusSeconds(2));

    assertThat(mail.getSentAt()).isEqualTo(NOW.plusSeconds(2));
    assertThat(mail.getAttempts()).isEqualTo(1);
    assertThat(mail.claim(NOW.plusSeconds(3), NOW.plus(LEASE))).isFalse();
    assertThat(mail.claim(NOW.plusDays(1), NOW.plusDays(1).plus(LEASE))).isFalse();
  }

  // --- secret links and attachments -------------------------------------------------------------

  @Test
  void aSecretLinkIsKeptAsItsReferenceOnly() {
    RenderedMail mail =
        MailTemplates.render(
            "passwordReset",
            java.util.Locale.ENGLISH,
            "Anna",
            new SecretLink("identity-password", 1234),
            60);

    OutboxMail row =
        new OutboxMail(
            "anna@example.org",
            "en",
            "passwordReset",
            mail,
            new SecretLink("identity-password", 1234),
            java.util.List.of(),
            NOW);

    assertThat(row.getSecretLink()).contains(new SecretLink("identity-password", 1234));
    assertThat(row.getBodyText()).contains(MailTemplates.SECRET_LINK).doesNotContain("token=");
    assertThat(row.getBodyHtml()).contains(MailTemplates.SECRET_LINK).doesNotContain("token=");
    assertThat(queued().getSecretLink()).isEmpty();
  }

  @Test
  void aWithdrawnMessageIsGivenUpAndNeverClaimedAgain() {
    OutboxMail mail = queued();
    mail.claim(NOW, NOW.plus(LEASE));

    mail.withdrawn(NOW.plusSeconds(1), "link withdrawn");

    assertThat(mail.getFailedAt()).isEqualTo(NOW.plusSeconds(1));
    assertThat(mail.getSentAt()).isNull();
    assertThat(mail.getLastError()).isEqualTo("link withdrawn");
    assertThat(mail.claim(NOW.plusDays(1), NOW.plusDays(1).plus(LEASE))).isFalse();
  }

  @Test
  void attachmentsAreKeptInOrderAndCannotBeChangedFromOutside() {
    byte[] ics = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes();
    MailAttachment a = new MailAttachment("assembly.ics", "text/calendar; charset=UTF-8", ics);
    MailAttachment b = new MailAttachment("agenda.pdf", "application/pdf", new byte[] {1, 2});
    OutboxMail mail =
        new OutboxMail(
            "anna@example.org",
            "en",
            "x",
            new RenderedMail("s", "t", "h"),
            null,
            java.util.List.of(a, b),
            NOW);
    ics[0] = 'X';

    assertThat(mail.getAttachments()).containsExactly(a, b);
    assertThat(mail.getAttachments().get(0).getContent()[0]).isEqualTo((byte) 'B');
  }

  @ParameterizedTest(name = "attachment name \"{0}\" is refused")
  @ValueSource(strings = {"", "../etc/passwd", "a\\b.ics", "two\nlines.ics"})
  void attachmentNameMustBeOnePlainFileName(String name) {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> new MailAttachment(name, "text/plain", new byte[0]));
  }

  @Test
  void attachmentContentTypeAndSizeAreChecked() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> new MailAttachment("a.ics", "text/calendar\r\nBcc: x", new byte[0]));
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new MailAttachment(
                    "a.bin", "application/octet-stream", new byte[MailAttachment.MAX_BYTES + 1]));
  }
}
