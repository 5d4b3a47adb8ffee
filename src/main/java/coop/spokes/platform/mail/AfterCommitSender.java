package coop.spokes.platform.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Starts sending as soon as a transaction that queued mail has committed, on a managed thread, so
 * the user's request never waits for SMTP. (A plain CDI bean: an EJB observer would try to resume
 * the finished transaction.) The timer of {@link OutboxSender} catches whatever this misses.
 *
 * <p>One task at most waits to start: commits that come while one waits are sent by it, since it
 * reads the outbox when it starts. Handing a task to the managed executor captures the request's
 * context (a tenth of a cast's time under load when every commit did it), and a task per commit
 * only made the sender go round again.
 */
@ApplicationScoped
public class AfterCommitSender {
  @Resource ManagedExecutorService executor;
  @Inject OutboxSender sender;

  private final AtomicBoolean waiting = new AtomicBoolean();

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
    if (!waiting.compareAndSet(false, true)) {
      return;
    }
    try {
      executor.execute(
          () -> {
            waiting.set(false);
            sender.sendDue();
          });
    } catch (RuntimeException e) {
      waiting.set(false);
      throw e;
    }
  }
}
