package coop.spokes.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The integration suite's SMTP server: one GreenMail on port {@code it.smtp.port} (3025 unless the
 * build says otherwise; Payara sends there, see arquillian.xml), started once and shared by every
 * test class; {@link #outage} stops it for a while to test retries.
 */
public final class Mailbox {
  static final ServerSetup SMTP =
      new ServerSetup(
          Integer.getInteger("it.smtp.port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
  private static GreenMail server;

  private Mailbox() {}

  public static synchronized GreenMail server() {
    if (server == null) {
      server = new GreenMail(SMTP);
      server.start();
    }
    return server;
  }

  /** Runs {@code during} with the SMTP server down, then starts it again. */
  public static synchronized void outage(Runnable during) {
    server().stop();
    try {
      during.run();
    } finally {
      server = new GreenMail(SMTP);
      server.start();
    }
  }

  /** The newest message to {@code recipient}, waiting up to {@code timeout}. */
  public static Optional<MimeMessage> await(String recipient, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      Optional<MimeMessage> found =
          Arrays.stream(server().getReceivedMessages())
              .filter(m -> to(m).equalsIgnoreCase(recipient))
              .reduce((a, b) -> b);
      if (found.isPresent()) {
        return found;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * The newest message to {@code recipient} with exactly {@code subject}, waiting up to {@code
   * timeout} (other tests may have mailed the same person meanwhile).
   */
  public static Optional<MimeMessage> awaitSubject(
      String recipient, String subject, Duration timeout) {
    return awaitSubject(recipient, java.util.Set.of(subject), timeout);
  }

  /** The newest message to {@code recipient} with one of {@code subjects}, waiting as above. */
  public static Optional<MimeMessage> awaitSubject(
      String recipient, java.util.Set<String> subjects, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      Optional<MimeMessage> found =
          Arrays.stream(server().getReceivedMessages())
              .filter(m -> to(m).equalsIgnoreCase(recipient) && subjects.contains(subject(m)))
              .reduce((a, b) -> b);
      if (found.isPresent()) {
        return found;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      return null;
    }
  }

  /** All messages received for {@code recipient} so far. */
  public static long count(String recipient) {
    return Arrays.stream(server().getReceivedMessages())
        .filter(m -> to(m).equalsIgnoreCase(recipient))
        .count();
  }

  /** The decoded text of a message: its plain and HTML parts, one after the other. */
  public static String body(MimeMessage message) {
    try {
      Object content = message.getContent();
      if (content instanceof jakarta.mail.Multipart parts) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.getCount(); i++) {
          text.append(parts.getBodyPart(i).getContent()).append('\n');
        }
        return text.toString();
      }
      return String.valueOf(content);
    } catch (MessagingException | java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first link in {@code message} whose path ends with {@code page}, and its token. */
  public static String token(MimeMessage message, String page) {
    Matcher m =
        Pattern.compile("https?://\\S+" + Pattern.quote(page) + "\\?token=([A-Za-z0-9_-]+)")
            .matcher(body(message));
    if (!m.find()) {
      throw new AssertionError("no link to " + page + " in " + body(message));
    }
    return m.group(1);
  }

  private static String to(MimeMessage m) {
    try {
      return m.getAllRecipients()[0].toString();
    } catch (MessagingException | RuntimeException e) {
      return "";
    }
  }
}
