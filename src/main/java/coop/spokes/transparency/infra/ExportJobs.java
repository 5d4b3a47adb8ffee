package coop.spokes.transparency.infra;

import coop.spokes.transparency.service.ExportStarted;
import coop.spokes.transparency.service.ReportExportService;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Makes report exports in the background (the application server's managed executor) once the
 * request that asked for one has committed, so the page answers at once, shows the progress and
 * other users are not held up.
 */
@ApplicationScoped
public class ExportJobs {
  private static final Logger LOG = Logger.getLogger(ExportJobs.class.getName());

  @Resource ManagedExecutorService executor;
  @Inject ReportExportService exports;

  void onStarted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ExportStarted started) {
    executor.submit(
        () -> {
          long start = System.nanoTime();
          exports.runInternal(started.exportId(), started.branding());
          LOG.info(
              () ->
                  "report export "
                      + started.exportId()
                      + " made in "
                      + (System.nanoTime() - start) / 1_000_000
                      + " ms");
        });
  }
}
