package coop.spokes.platform.mail;

import coop.spokes.platform.jobs.ClusterJob;
import coop.spokes.platform.jobs.ClusterJobs;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the outbox: right after a transaction that queued mail commits, and every {@code
 * spokes.mail.outbox.poll-seconds} for retries and for anything a restart interrupted. Each message
 * is claimed with a lease before sending, so running this on several instances (or twice on one)
 * sends each message once.
 *
 * <p>A message that carries a {@link SecretLink} gets its link from the {@link SecretLinkProvider}
 * of that name just before it goes to SMTP (each attempt mints a new one, spending the last); when
 * the provider has no usable secret left for it, the message is given up unsent.
 */
@Singleton
@Startup
@DependsOn("Migrations") // its timer starts once the outbox and lock tables exist
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {
  private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
  private static final int BATCH = 50;

  /** The timer's pass, on one instance of a cluster at a time (sends after commit stay local). */
  static final ClusterJob POLL =
      new ClusterJob("outbox-poll", Duration.ofMinutes(10), Duration.ZERO);

  @Resource TimerService timers;
  @Inject ClusterJobs jobs;
  @Inject OutboxStore store;
  @Inject SmtpGateway smtp;
  @Inject @Any Instance<SecretLinkProvider> linkProviders;
  @Inject @Any Instance<MailSealProvider> sealProviders;

  @Inject
  @ConfigProperty(name = "spokes.mail.outbox.poll-seconds", defaultValue = "30")
  int pollSeconds;

  @Inject
  @ConfigProperty(name = "spokes.mail.outbox.max-attempts", defaultValue = "12")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "spokes.mail.outbox.first-retry-seconds", defaultValue = "60")
  int firstRetrySeconds;

  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();

  @PostConstruct
  void schedule() {
    long period = pollSeconds * 1000L;
    timers.createIntervalTimer(period, period, new TimerConfig("spokes-outbox", false));
  }

  @Timeout
  void onTimer() {
    jobs.runOnce(POLL, this::sendDue);
  }

  /**
   * Sends every due message, batch after batch; a second call while one runs makes the running one
   * go round again.
   */
  public void sendDue() {
    again.set(true);
    while (again.getAndSet(false)) {
      if (!running.compareAndSet(false, true)) {
        again.set(true);
        return;
      }
      try {
        // Batch after batch while batches come full, on one SMTP connection: a backlog (a thousand
        // receipts after a vote) goes out now, not fifty per timer. A message this pass claims
        // leaves the due ones (sent, given up or due later); one another instance holds stays
        // due, so a batch in which nothing could be claimed ends the pass instead of reading the
        // same batch again.
        try (SmtpGateway.Connection connection = smtp.connect()) {
          List<Long> due;
          int claimed;
          do {
            due = store.due(BATCH);
            claimed = 0;
            for (Long id : due) {
              Optional<OutboxMail> mail = store.claim(id);
              if (mail.isPresent()) {
                claimed++;
                sendOne(mail.get(), connection);
              }
            }
          } while (due.size() == BATCH && claimed > 0);
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Outbox pass failed; it will run again", e);
      } finally {
        running.set(false);
      }
    }
  }

  private void sendOne(OutboxMail mail, SmtpGateway.Connection connection) {
    try {
      Optional<String> link = Optional.empty();
      if (mail.getSecretLink().isPresent()) {
        link = mint(mail.getSecretLink().get());
        if (link.isEmpty()) {
          LOG.info(() -> "Mail " + mail.getId() + " not sent: its single-use link was withdrawn");
          store.markWithdrawn(mail.getId());
          return;
        }
      }
      if (mail.getSeal().isPresent() && !open(mail)) {
        LOG.info(() -> "Mail " + mail.getId() + " not sent: its seal's key was destroyed");
        store.markUnsealable(mail.getId());
        return;
      }
      connection.send(mail, link.orElse(null));
      store.markSent(mail.getId());
    } catch (Exception e) {
      LOG.warning(
          () ->
              "Mail "
                  + mail.getId()
                  + " not sent (attempt "
                  + (mail.getAttempts() + 1)
                  + "): "
                  + e);
      store.markFailed(
          mail.getId(), e.toString(), maxAttempts, Duration.ofSeconds(firstRetrySeconds));
    }
  }

  /** Opens the bodies of a sealed message in place; false when they can no longer be opened. */
  private boolean open(OutboxMail mail) {
    MailSeal seal = mail.getSeal().orElseThrow();
    for (MailSealProvider provider : sealProviders) {
      if (provider.name().equals(seal.provider())) {
        Optional<String> text = provider.open(seal.reference(), mail.getBodyText());
        Optional<String> html = provider.open(seal.reference(), mail.getBodyHtml());
        if (text.isEmpty() || html.isEmpty()) {
          return false;
        }
        mail.opened(text.get(), html.get());
        return true;
      }
    }
    throw new IllegalStateException("no seal provider named " + seal.provider());
  }

  private Optional<String> mint(SecretLink link) {
    for (SecretLinkProvider provider : linkProviders) {
      if (provider.name().equals(link.provider())) {
        return provider.mint(link.reference());
      }
    }
    throw new IllegalStateException("no link provider named " + link.provider());
  }
}
