package coop.spokes.platform.mail;

import coop.spokes.platform.i18n.Languages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The one way Spokes sends mail: {@link #queue} renders a template in the recipient's language and
 * writes it to the outbox in the caller's transaction. {@link OutboxSender} sends it after commit
 * and retries failures, so mail is never lost and never sent for a change that rolled back.
 *
 * <p>Arguments are shown as plain text on one line unless they are a {@link MailLink} (a link the
 * application wrote), a {@link MultilineText} or a {@link SecretLink} (a single-use link, minted
 * only when the mail is sent, so the outbox never holds a usable secret); see {@link
 * MailTemplates}.
 */
@ApplicationScoped
public class MailService {
  /** How often {@link #sendSealedNow} looks whether its messages are sent. */
  private static final Duration SEALED_POLL = Duration.ofMillis(200);

  /** How often {@link #sendSealedNow} tries again a message that failed while it waits. */
  private static final Duration SEALED_RETRY = Duration.ofSeconds(1);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Event<MailQueued> queued;
  @Inject OutboxStore store;
  @Inject AfterCommitSender sending;

  /**
   * Queues {@code template} for {@code recipient} in {@code language}, within the current
   * transaction (or a new one). Callers have already checked access for the change that causes the
   * mail; the arguments are filled into the template's {@code {0}}… placeholders.
   */
  @Transactional
  public void queue(String recipient, String language, String template, Object... args) {
    queueWithAttachments(recipient, language, template, List.of(), args);
  }

  /**
   * As {@link #queue}, with the bodies sealed by {@code seal}: the outbox holds them unreadable,
   * its provider opens them when the message is sent, and they are cleared once it is. The subject
   * is not sealed, so it must name nothing to hide.
   */
  @Transactional
  public void queueSealed(
      String recipient, String language, String template, MailSeal seal, Object... args) {
    String lang = Languages.isSupported(language) ? language : Languages.DEFAULT;
    RenderedMail mail = MailTemplates.render(template, Languages.localeOf(lang), args);
    OutboxMail row =
        new OutboxMail(recipient, lang, template, mail, seal, OffsetDateTime.now(clock));
    store(row);
  }

  /**
   * Sends now the messages sealed by {@code provider} for one of {@code references} and waits, at
   * most {@code max}, until none is left to send: for a context about to destroy the key they are
   * sealed under (an assembly's receipts when their motion closes), after which they could never be
   * sent. Those waiting for a retry are tried again at once, and every second while it waits (this
   * is their last chance). Outside the caller's transaction: the sender commits each message on its
   * own.
   */
  @Transactional(TxType.NOT_SUPPORTED)
  public void sendSealedNow(String provider, Collection<Long> references, Duration max) {
    if (references.isEmpty()) {
      return;
    }
    long deadline = System.nanoTime() + max.toNanos();
    long nextHurry = System.nanoTime();
    while (true) {
      long now = System.nanoTime();
      if (now - nextHurry >= 0) {
        store.hurrySealed(provider, references);
        // On the sender's thread: a pass on this one would also send whatever else is due (a
        // convening's notices) and could outlast the wait.
        sending.sendSoon();
        nextHurry = now + SEALED_RETRY.toNanos();
      }
      if (store.waitingSealed(provider, references) == 0 || deadline - now <= 0) {
        return;
      }
      try {
        Thread.sleep(Math.max(1, Math.min(SEALED_POLL.toMillis(), (deadline - now) / 1_000_000)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /**
   * Gives up, within the current transaction, the messages sealed by {@code provider} for one of
   * {@code references} that are still waiting: the key they are sealed under is being destroyed in
   * it, so they could never be opened.
   */
  @Transactional
  public void giveUpSealed(String provider, Collection<Long> references) {
    if (!references.isEmpty()) {
      store.giveUpSealed(
          provider, references, "sealed, and its key was destroyed before it could be sent");
    }
  }

  /**
   * How many messages sealed by {@code provider} for one of {@code references} were not sent: still
   * waiting, or given up (their retries ran out, or their key went before they could go).
   */
  @Transactional(TxType.NOT_SUPPORTED)
  public long unsentSealed(String provider, Collection<Long> references) {
    return references.isEmpty() ? 0 : store.unsentSealed(provider, references);
  }

  /** As {@link #queue}, with {@code attachments} sent along (e.g. an {@code .ics} invitation). */
  @Transactional
  public void queueWithAttachments(
      String recipient,
      String language,
      String template,
      List<MailAttachment> attachments,
      Object... args) {
    String lang = Languages.isSupported(language) ? language : Languages.DEFAULT;
    RenderedMail mail = MailTemplates.render(template, Languages.localeOf(lang), args);
    SecretLink link =
        Arrays.stream(args)
            .filter(SecretLink.class::isInstance)
            .map(SecretLink.class::cast)
            .findFirst()
            .orElse(null);
    OutboxMail row =
        new OutboxMail(
            recipient, lang, template, mail, link, attachments, OffsetDateTime.now(clock));
    store(row);
  }

  /**
   * Writes the row now and lets go of it: a transaction that queues many messages (an assembly's
   * notice to 100,000 members) would otherwise keep every row it wrote in its persistence context,
   * and each flush would compare them all again (EclipseLink's deferred change detection), so the
   * queueing slowed down with every message and held them all in memory until commit.
   */
  private void store(OutboxMail row) {
    em.persist(row);
    em.flush();
    em.detach(row);
    queued.fire(new MailQueued(row.getId()));
  }
}
