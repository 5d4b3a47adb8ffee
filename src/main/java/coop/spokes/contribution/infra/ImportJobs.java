package coop.spokes.contribution.infra;

import coop.spokes.contribution.service.ImportUploaded;
import coop.spokes.contribution.service.PaymentImportService;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the check of an uploaded payments file in the background (the application server's managed
 * executor) once its upload has committed, so the upload answers at once and the page shows the
 * progress.
 */
@ApplicationScoped
public class ImportJobs {
  private static final Logger LOG = Logger.getLogger(ImportJobs.class.getName());

  @Resource ManagedExecutorService executor;
  @Inject PaymentImportService imports;

  /** Starts checking a batch once the upload that staged it has committed. */
  void onUploaded(@Observes(during = TransactionPhase.AFTER_SUCCESS) ImportUploaded uploaded) {
    check(uploaded.batchId());
  }

  /** Starts checking a batch. */
  private void check(long batchId) {
    executor.submit(
        () -> {
          long start = System.nanoTime();
          try {
            imports.checkInternal(batchId);
            LOG.info(
                () ->
                    "payments import "
                        + batchId
                        + " checked in "
                        + (System.nanoTime() - start) / 1_000_000
                        + " ms");
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "checking payments import " + batchId + " failed", e);
          }
        });
  }
}
