package coop.spokes.contribution.infra;

import coop.spokes.contribution.service.ImportRetentionService;
import coop.spokes.platform.jobs.ClusterJob;
import coop.spokes.platform.jobs.ClusterJobs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Deletes, once a day, the staged lines of payment files committed or discarded long enough ago (a
 * bank file repeats names and concepts nobody needs once the payments are recorded). A batch at a
 * time in its own transaction, on one instance of a cluster ({@link ClusterJobs}); safe to run
 * twice all the same (the batches are locked, and a deleted batch is not due again).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportLinesJob {
  private static final Logger LOG = Logger.getLogger(ImportLinesJob.class.getName());
  private static final int PER_TRANSACTION = 10;

  static final ClusterJob JOB =
      new ClusterJob("import-lines-cleanup", Duration.ofHours(2), Duration.ofMinutes(5));

  @Inject ImportRetentionService imports;
  @Inject ClusterJobs jobs;

  @Schedule(hour = "4", minute = "41", persistent = false)
  void daily() {
    jobs.runOnce(JOB, this::deleteOldLines);
  }

  private void deleteOldLines() {
    int total = 0;
    int handled;
    do {
      handled = imports.deleteOldLinesInternal(PER_TRANSACTION);
      total += handled;
    } while (handled == PER_TRANSACTION);
    int done = total;
    LOG.info(() -> "payment imports: staged lines of " + done + " files deleted");
  }
}
