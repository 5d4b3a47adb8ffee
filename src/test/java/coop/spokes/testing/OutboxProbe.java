package coop.spokes.testing;

import coop.spokes.platform.mail.MailAttachment;
import coop.spokes.platform.mail.MailService;
import coop.spokes.platform.persistence.DataSourceConfig;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * Test-only resource (deployed with the WAR by {@link SpokesIT}, never shipped) for the mail outbox
 * tests: every row of the outbox tables with every column, read with plain JDBC as a database
 * reader would; and a way to queue a mail with an attachment, which no page does yet.
 */
@ApplicationScoped
@Path("test-probe/outbox")
public class OutboxProbe {
  /** The attachment {@link #queueWithAttachment} sends. */
  public static final String ICS =
      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Spokes//Test//EN\r\nEND:VCALENDAR\r\n";

  @Resource(lookup = DataSourceConfig.JNDI_NAME)
  DataSource dataSource;

  @Inject MailService mail;

  /**
   * One line per row: {@code table: column=value; ...}, bytes as UTF-8 text, line breaks in values
   * written as {@code \n}.
   */
  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String rows() throws SQLException {
    StringBuilder out = new StringBuilder();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      for (String table : List.of("platform_mail_outbox", "platform_mail_attachment")) {
        try (ResultSet r = s.executeQuery("select * from " + table)) {
          ResultSetMetaData meta = r.getMetaData();
          while (r.next()) {
            out.append(table).append(':');
            for (int i = 1; i <= meta.getColumnCount(); i++) {
              Object v = r.getObject(i);
              String text =
                  v instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : String.valueOf(v);
              text = text.replace("\r", "\\r").replace("\n", "\\n");
              out.append(' ').append(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
              out.append('=').append(text).append(';');
            }
            out.append('\n');
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * How many mails to {@code to} are still waiting to be sent (neither sent nor given up): zero
   * once every mail queued for them has reached the SMTP server, which is when tests count them.
   */
  @GET
  @Path("pending")
  @Produces(MediaType.TEXT_PLAIN)
  public String pending(@QueryParam("to") String to) throws SQLException {
    return count(
        "select count(*) from platform_mail_outbox"
            + " where recipient = ? and sent_at is null and failed_at is null",
        to);
  }

  /**
   * How many mails to {@code to} are waiting for a retry: tried at least once, not sent, not given
   * up (an SMTP outage made the first attempt fail).
   */
  @GET
  @Path("retrying")
  @Produces(MediaType.TEXT_PLAIN)
  public String retrying(@QueryParam("to") String to) throws SQLException {
    return count(
        "select count(*) from platform_mail_outbox where recipient = ? and attempts > 0"
            + " and sent_at is null and failed_at is null",
        to);
  }

  private String count(String sql, String to) throws SQLException {
    try (Connection c = dataSource.getConnection();
        var s = c.prepareStatement(sql)) {
      s.setString(1, to);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return Long.toString(r.getLong(1));
      }
    }
  }

  /** Queues an address-change notice to {@code to} with {@link #ICS} as {@code assembly.ics}. */
  @POST
  @Path("attachment")
  public void queueWithAttachment(@QueryParam("to") String to) {
    mail.queueWithAttachments(
        to,
        "en",
        "emailChangeNotice",
        List.of(
            new MailAttachment(
                "assembly.ics",
                "text/calendar; charset=UTF-8; method=REQUEST",
                ICS.getBytes(StandardCharsets.UTF_8))),
        "Attachment Test",
        "someone@example.org");
  }
}
