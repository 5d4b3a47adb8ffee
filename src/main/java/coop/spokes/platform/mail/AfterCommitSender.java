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
 * <p>One task at most is waiting or sending: a commit while it is only marks that more mail came,
 * and the task goes round again before it ends. Handing a task to the managed executor captures the
 * request's context (a tenth of a cast's time under load when every commit did it, and again when
 * every commit during a pass did).
 */
@ApplicationScoped
public class AfterCommitSender {
  @Resource ManagedExecutorService executor;
  @Inject OutboxSender sender;

  /** A task is waiting to start or sending. */
  private final AtomicBoolean scheduled = new AtomicBoolean();

  /** Mail was committed since the task last started a pass. */
  private final AtomicBoolean queued = new AtomicBoolean();

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued mail) {
    sendSoon();
  }

  /**
   * Sends what is due on a managed thread, soon: now if no task is waiting or sending, else when
   * the one that is goes round again. The caller does not wait.
   */
  public void sendSoon() {
    queued.set(true);
    if (!scheduled.compareAndSet(false, true)) {
      return; // the task sees `queued` before it ends
    }
    try {
      executor.execute(this::sendWhileQueued);
    } catch (RuntimeException e) {
      scheduled.set(false);
      throw e;
    }
  }

  private void sendWhileQueued() {
    // A commit that sets `queued` after the check below finds `scheduled` false and starts a task.
    do {
      try {
        queued.set(false);
        sender.sendDue();
      } finally {
        scheduled.set(false);
      }
    } while (queued.get() && scheduled.compareAndSet(false, true));
  }
}
