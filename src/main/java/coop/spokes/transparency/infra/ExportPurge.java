package coop.spokes.transparency.infra;

import coop.spokes.platform.jobs.ClusterJob;
import coop.spokes.platform.jobs.ClusterJobs;
import coop.spokes.transparency.service.ReportExportService;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Deletes report exports started more than a day ago (their files with them), once an hour, on one
 * instance of a cluster ({@link ClusterJobs}).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExportPurge {
  private static final Logger LOG = Logger.getLogger(ExportPurge.class.getName());

  static final ClusterJob JOB =
      new ClusterJob(
          "report-export-purge", java.time.Duration.ofMinutes(30), java.time.Duration.ofMinutes(1));

  @Inject ReportExportService exports;
  @Inject ClusterJobs jobs;

  @Schedule(hour = "*", minute = "43", persistent = false)
  void hourly() {
    jobs.runOnce(JOB, this::purge);
  }

  private void purge() {
    int n = exports.clearOldInternal();
    if (n > 0) {
      LOG.fine(() -> n + " report export(s) cleared");
    }
  }
}
