package coop.spokes.platform.mail;

import coop.spokes.platform.i18n.Languages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * The one way Spokes sends mail: {@link #queue} renders a template in the recipient's language and
 * writes it to the outbox in the caller's transaction. {@link OutboxSender} sends it after commit
 * and retries failures, so mail is never lost and never sent for a change that rolled back.
 */
@ApplicationScoped
public class MailService {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Event<MailQueued> queued;

  /**
   * Queues {@code template} for {@code recipient} in {@code language}, within the current
   * transaction (or a new one). Callers have already checked access for the change that causes the
   * mail; the arguments are filled into the template's {@code {0}}… placeholders.
   */
  @Transactional
  public void queue(String recipient, String language, String template, Object... args) {
    String lang = Languages.isSupported(language) ? language : Languages.DEFAULT;
    RenderedMail mail = MailTemplates.render(template, Languages.localeOf(lang), args);
    OutboxMail row = new OutboxMail(recipient, lang, template, mail, OffsetDateTime.now(clock));
    em.persist(row);
    em.flush();
    queued.fire(new MailQueued(row.getId()));
  }
}
