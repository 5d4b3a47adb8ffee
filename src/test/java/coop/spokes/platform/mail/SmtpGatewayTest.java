package coop.spokes.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What reaches an SMTP server (an in-JVM GreenMail): the link minted at sending, attachments. */
class SmtpGatewayTest {
  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneOffset.UTC);
  private static final String LINK =
      "https://spokes.example.org/identity/reset-password.xhtml?token=Minted_At-Sending";

  private final SmtpGateway gateway = new SmtpGateway();

  @BeforeEach
  void configure() {
    gateway.host = "127.0.0.1";
    gateway.port = SMTP.getSmtp().getPort();
    gateway.user = Optional.empty();
    gateway.password = Optional.empty();
    gateway.from = "spokes@example.org";
  }

  private static OutboxMail resetMail(List<MailAttachment> attachments) {
    SecretLink link = new SecretLink("identity-password", 1);
    RenderedMail mail = MailTemplates.render("passwordReset", Locale.ENGLISH, "Anna", link, 60);
    return new OutboxMail("anna@example.org", "en", "passwordReset", mail, link, attachments, NOW);
  }

  @Test
  void theLinkMintedAtSendingIsInBothPartsAndTheMarkInNeither() throws Exception {
    gateway.send(resetMail(List.of()), LINK);

    MimeMessage received = SMTP.getReceivedMessages()[0];
    String body = GreenMailUtil.getBody(received).replace("=\r\n", "").replace("=3D", "=");
    assertThat(body)
        .contains(LINK)
        .contains("<a href=\"" + LINK + "\">")
        .doesNotContain(MailTemplates.SECRET_LINK);
    assertThat(received.getContentType()).startsWith("multipart/alternative");
  }

  @Test
  void aConnectionCarriesMessageAfterMessageAndOutlivesOneThatFails() throws Exception {
    try (SmtpGateway.Connection smtp = gateway.connect()) {
      smtp.send(resetMail(List.of()), LINK);
      assertThatThrownBy(() -> smtp.send(resetMail(List.of()), null))
          .isInstanceOf(MessagingException.class);
      smtp.send(resetMail(List.of()), LINK);
      smtp.send(resetMail(List.of()), LINK);
    }
    assertThat(SMTP.getReceivedMessages()).hasSize(3);
  }

  @Test
  void aMailWithALinkMarkIsNeverSentWithoutItsLink() {
    assertThatThrownBy(() -> gateway.send(resetMail(List.of()), null))
        .isInstanceOf(MessagingException.class);
    assertThat(SMTP.getReceivedMessages()).isEmpty();
  }

  @Test
  void anAttachmentArrivesWithItsNameTypeAndBytes() throws Exception {
    byte[] ics =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Spokes//EN\r\nEND:VCALENDAR\r\n"
            .getBytes(StandardCharsets.UTF_8);
    MailAttachment attachment =
        new MailAttachment("assembly.ics", "text/calendar; charset=UTF-8; method=REQUEST", ics);

    gateway.send(resetMail(List.of(attachment)), LINK);

    MimeMessage received = SMTP.getReceivedMessages()[0];
    assertThat(received.getContentType()).startsWith("multipart/mixed");
    Multipart mixed = (Multipart) received.getContent();
    assertThat(mixed.getCount()).isEqualTo(2);
    assertThat(mixed.getBodyPart(0).getContentType()).startsWith("multipart/alternative");
    BodyPart file = mixed.getBodyPart(1);
    assertThat(file.getDisposition()).isEqualTo(Part.ATTACHMENT);
    assertThat(file.getFileName()).isEqualTo("assembly.ics");
    assertThat(file.getContentType()).startsWith("text/calendar");
    try (InputStream in = file.getInputStream()) {
      assertThat(in.readAllBytes()).isEqualTo(ics);
    }
  }
}
