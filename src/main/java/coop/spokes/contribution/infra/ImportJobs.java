package coop.spokes.contribution.infra;

import coop.spokes.contribution.service.PaymentImportService;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the check of an uploaded payments file in the background (the application server's managed
 * executor), so the upload answers at once and the page shows the progress.
 */
@ApplicationScoped
public class ImportJobs {
  private static final Logger LOG = Logger.getLogger(ImportJobs.class.getName());

  @Resource ManagedExecutorService executor;
  @Inject PaymentImportService imports;

  /** Starts checking a batch. */
  public void check(long batchId) {
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
