package coop.spokes.platform.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Starts sending as soon as a transaction that queued mail has committed, on a managed thread, so
 * the user's request never waits for SMTP. (A plain CDI bean: an EJB observer would try to resume
 * the finished transaction.) The timer of {@link OutboxSender} catches whatever this misses.
 */
@ApplicationScoped
public class AfterCommitSender {
  @Resource ManagedExecutorService executor;
  @Inject OutboxSender sender;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
    executor.execute(sender::sendDue);
  }
}
