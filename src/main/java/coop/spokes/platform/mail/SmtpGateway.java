package coop.spokes.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sends one message over SMTP (Jakarta Mail), configured from {@code spokes.mail.*}. */
@ApplicationScoped
public class SmtpGateway {
  @Inject
  @ConfigProperty(name = "spokes.mail.smtp.host")
  String host;

  @Inject
  @ConfigProperty(name = "spokes.mail.smtp.port")
  int port;

  @Inject
  @ConfigProperty(name = "spokes.mail.smtp.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "spokes.mail.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "spokes.mail.smtp.starttls", defaultValue = "false")
  boolean starttls;

  @Inject
  @ConfigProperty(name = "spokes.mail.from")
  String from;

  private Session session;

  private synchronized Session session() {
    if (session == null) {
      Properties p = new Properties();
      p.put("mail.smtp.host", host);
      p.put("mail.smtp.port", String.valueOf(port));
      p.put("mail.smtp.connectiontimeout", "10000");
      p.put("mail.smtp.timeout", "20000");
      p.put("mail.smtp.writetimeout", "20000");
      p.put("mail.smtp.starttls.enable", String.valueOf(starttls));
      p.put("mail.smtp.starttls.required", String.valueOf(starttls));
      boolean auth = user.filter(u -> !u.isBlank()).isPresent();
      p.put("mail.smtp.auth", String.valueOf(auth));
      session =
          auth
              ? Session.getInstance(
                  p,
                  new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                      return new PasswordAuthentication(user.get(), password.orElse(""));
                    }
                  })
              : Session.getInstance(p);
    }
    return session;
  }

  /**
   * Sends {@code mail}, with {@code link} in place of its secret-link mark (null when it carries
   * none) and its attachments, on a connection of its own; throws when the SMTP server refuses it
   * or cannot be reached.
   */
  public void send(OutboxMail mail, String link) throws MessagingException {
    try (Connection smtp = connect()) {
      smtp.send(mail, link);
    }
  }

  /**
   * A connection for several messages in a row (an outbox pass): one connection and greeting (and
   * TLS handshake) for all of them instead of one each. It opens at the first message, and again
   * after a failure; close it when done.
   */
  public Connection connect() {
    return new Connection();
  }

  /** See {@link #connect()}. */
  public final class Connection implements AutoCloseable {
    private Transport transport;

    private Connection() {}

    /** As {@link SmtpGateway#send(OutboxMail, String)}, on this connection. */
    public void send(OutboxMail mail, String link) throws MessagingException {
      MimeMessage message = message(mail, link);
      message.saveChanges();
      try {
        if (transport == null || !transport.isConnected()) {
          close();
          transport = session().getTransport("smtp");
          transport.connect();
        }
        transport.sendMessage(message, message.getAllRecipients());
      } catch (MessagingException | RuntimeException e) {
        close(); // the next message starts on a fresh connection
        throw e;
      }
    }

    @Override
    public void close() {
      if (transport != null) {
        try {
          transport.close();
        } catch (MessagingException e) {
          // Closing a connection that failed or that the server dropped: nothing to do.
        }
        transport = null;
      }
    }
  }

  /** The message for {@code mail}, with {@code link} in place of its secret-link mark. */
  private MimeMessage message(OutboxMail mail, String link) throws MessagingException {
    MimeMessage message = new MimeMessage(session());
    message.setFrom(new InternetAddress(from));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getRecipient(), true));
    message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
    message.setSentDate(new Date());
    String bodyText = mail.getBodyText();
    String bodyHtml = mail.getBodyHtml();
    if (link != null) {
      bodyText = MailTemplates.withLinkInText(bodyText, link);
      bodyHtml = MailTemplates.withLinkInHtml(bodyHtml, link);
    }
    if (bodyText.contains(MailTemplates.SECRET_LINK)) {
      throw new MessagingException("mail " + mail.getId() + " has a link mark but no link");
    }
    MimeBodyPart text = new MimeBodyPart();
    text.setText(bodyText, StandardCharsets.UTF_8.name());
    MimeBodyPart html = new MimeBodyPart();
    html.setContent(bodyHtml, "text/html; charset=UTF-8");
    MimeMultipart alternative = new MimeMultipart("alternative", text, html);
    if (mail.getAttachments().isEmpty()) {
      message.setContent(alternative);
    } else {
      message.setContent(withAttachments(alternative, mail.getAttachments()));
    }
    return message;
  }

  private static MimeMultipart withAttachments(
      MimeMultipart alternative, java.util.List<MailAttachment> attachments)
      throws MessagingException {
    MimeBodyPart body = new MimeBodyPart();
    body.setContent(alternative);
    MimeMultipart mixed = new MimeMultipart("mixed", body);
    for (MailAttachment a : attachments) {
      MimeBodyPart part = new MimeBodyPart();
      part.setDataHandler(
          new jakarta.activation.DataHandler(
              new jakarta.mail.util.ByteArrayDataSource(a.getContent(), a.getContentType())));
      part.setFileName(a.getFileName());
      part.setDisposition(jakarta.mail.Part.ATTACHMENT);
      mixed.addBodyPart(part);
    }
    return mixed;
  }
}
