package coop.spokes.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.testing.TestDatabases;
import coop.spokes.testing.TestDatabases.Kind;
import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The outbox on both databases: a message keeps its attachments (bytes as they were) and only the
 * reference of its single-use link; and messages written before V17, whose bodies held live links,
 * lose those bodies, the unsent ones being given up.
 */
class OutboxPersistenceTest {
  static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneOffset.UTC);

  @ParameterizedTest
  @EnumSource(Kind.class)
  void attachmentsAndTheLinkReferenceAreStoredAndReadBackOn(Kind kind) {
    EntityManagerFactory emf = TestDatabases.entityManagers(TestDatabases.fresh(kind));
    byte[] ics = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] binary = new byte[256];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) i;
    }
    SecretLink link = new SecretLink("identity-password", 4321);
    RenderedMail rendered = MailTemplates.render("passwordReset", Locale.ENGLISH, "Anna", link, 60);

    long id =
        TestDatabases.inTransaction(
            emf,
            em -> {
              OutboxMail mail =
                  new OutboxMail(
                      "anna@example.org",
                      "en",
                      "passwordReset",
                      rendered,
                      link,
                      List.of(
                          new MailAttachment("assembly.ics", "text/calendar", ics),
                          new MailAttachment("all.bin", "application/octet-stream", binary)),
                      NOW);
              em.persist(mail);
              return mail.getId();
            });
    OutboxMail read = TestDatabases.inTransaction(emf, em -> em.find(OutboxMail.class, id));

    assertThat(read.getSecretLink()).contains(link);
    assertThat(read.getBodyText()).isEqualTo(rendered.text());
    assertThat(read.getAttachments())
        .extracting(MailAttachment::getFileName)
        .containsExactly("assembly.ics", "all.bin");
    assertThat(read.getAttachments().get(0).getContent()).isEqualTo(ics);
    assertThat(read.getAttachments().get(1).getContent()).isEqualTo(binary);
    assertThat(read.getAttachments().get(1).getContentType()).isEqualTo("application/octet-stream");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void linksWrittenBeforeV17AreRemovedAndTheirMailsGivenUpOn(Kind kind) {
    DataSource ds = TestDatabases.freshUnmigrated(kind);
    Flyway.configure()
        .dataSource(ds)
        .locations("classpath:db/migration")
        .target("15") // the last landed before V17; any other in between runs after the inserts
        .load()
        .migrate();
    insert(ds, 1, "sent", "Open https://x.example/identity/reset-password.xhtml?token=Abc_123");
    insert(ds, 2, null, "Open https://x.example/membership/verify.xhtml?token=Def-456");
    insert(ds, 3, null, "Your hours are approved.");

    coop.spokes.platform.persistence.Migrations.schema(ds).migrate();

    assertThat(count(ds, "body_text like '%token=%' or body_html like '%token=%'")).isZero();
    assertThat(count(ds, "id in (1, 2) and body_text like '(removed by V17%'")).isEqualTo(2);
    assertThat(count(ds, "id = 1 and sent_at is not null and failed_at is null")).isEqualTo(1);
    assertThat(count(ds, "id = 2 and failed_at is not null and sent_at is null")).isEqualTo(1);
    assertThat(count(ds, "id = 3 and failed_at is null and body_text = 'Your hours are approved.'"))
        .isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aPassReadsOnlyWaitingMessagesOn(Kind kind) {
    DataSource ds = TestDatabases.freshUnmigrated(kind);
    Flyway.configure()
        .dataSource(ds)
        .locations("classpath:db/migration")
        .target("32") // before V33, sent messages kept their next attempt
        .load()
        .migrate();
    insert(ds, 1, "sent", "Sent before V33.");
    insert(ds, 2, null, "Waiting before V33.");
    coop.spokes.platform.persistence.Migrations.schema(ds).migrate();
    assertThat(count(ds, "id = 1 and next_attempt_at is null")).isEqualTo(1);
    assertThat(count(ds, "id = 2 and next_attempt_at is not null")).isEqualTo(1);

    EntityManagerFactory emf = TestDatabases.entityManagers(ds);
    RenderedMail rendered =
        MailTemplates.render("emailChangeNotice", Locale.ENGLISH, "Anna", "new@example.org");
    List<Long> ids =
        TestDatabases.inTransaction(
            emf,
            em -> {
              List<Long> written = new java.util.ArrayList<>();
              for (int i = 0; i < 300; i++) {
                OutboxMail mail =
                    new OutboxMail(
                        "anna@example.org",
                        "en",
                        "emailChangeNotice",
                        rendered,
                        null,
                        List.of(),
                        NOW);
                if (i % 3 == 0) {
                  mail.sent(NOW.plusSeconds(i));
                } else if (i % 3 == 1) {
                  mail.withdrawn(NOW.plusSeconds(i), "link withdrawn");
                }
                em.persist(mail);
                written.add(mail.getId());
              }
              return written;
            });

    List<Long> due =
        TestDatabases.inTransaction(
            emf,
            em ->
                em.createNamedQuery("OutboxMail.due", Long.class)
                    .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC).plusDays(1))
                    .setMaxResults(200)
                    .getResultList());

    // Waiting ones by next attempt: the new ones (all due at NOW) in turn, then the one V33 kept.
    List<Long> waiting = new java.util.ArrayList<>();
    for (int i = 2; i < 300; i += 3) {
      waiting.add(ids.get(i));
    }
    waiting.add(2L);
    assertThat(due).containsExactlyElementsOf(waiting);
    if (kind == Kind.POSTGRESQL) {
      // Read through the due index (a table this small would otherwise be read whole), the pass
      // passes over none of the sent and given-up messages.
      String plan =
          TestDatabases.text(
              ds,
              "set enable_seqscan = off; explain (analyze, costs off) select id from"
                  + " platform_mail_outbox where sent_at is null and failed_at is null and"
                  + " next_attempt_at <= now() + interval '1 day' order by next_attempt_at, id"
                  + " limit 50");
      assertThat(plan).contains("platform_mail_outbox_due").doesNotContain("Rows Removed");
      // A motion's sealed receipts are counted through their own index when it closes.
      assertThat(
              TestDatabases.text(
                  ds,
                  "set enable_seqscan = off; explain (costs off) select count(*) from"
                      + " platform_mail_outbox where sealed_by = 'assembly-receipt' and"
                      + " sealed_reference in (7) and sent_at is null"))
          .contains("platform_mail_outbox_sealed");
    }
  }

  private static void insert(DataSource ds, long id, String sent, String text) {
    TestDatabases.execute(
        ds,
        "insert into platform_mail_outbox (id, recipient, language, template, subject, body_text,"
            + " body_html, created_at, next_attempt_at, attempts, sent_at) values ("
            + id
            + ", 'a@example.org', 'en', 't', 's', '"
            + text
            + "', '<p>"
            + text
            + "</p>', current_timestamp, current_timestamp, 0, "
            + (sent == null ? "null" : "current_timestamp")
            + ")");
  }

  private static long count(DataSource ds, String where) {
    return TestDatabases.number(ds, "select count(*) from platform_mail_outbox where " + where)
        .longValue();
  }
}
