package coop.spokes.contribution.infra;

import coop.spokes.contribution.service.YearEndService;
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
 * Runs the year-end reminders and lapses once a day, on one instance of a cluster ({@link
 * ClusterJobs}). Safe to run twice all the same: each reminder and each lapse is recorded once per
 * member and year, and a second run finds them done.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class YearEndJob {
  private static final Logger LOG = Logger.getLogger(YearEndJob.class.getName());

  static final ClusterJob JOB =
      new ClusterJob("year-end", Duration.ofHours(2), Duration.ofMinutes(5));

  @Inject YearEndService yearEnd;
  @Inject ClusterJobs jobs;

  @Schedule(hour = "4", minute = "23", persistent = false)
  void daily() {
    jobs.runOnce(JOB, yearEnd::runDailyInternal);
  }
}
