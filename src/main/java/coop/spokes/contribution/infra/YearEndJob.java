package coop.spokes.contribution.infra;

import coop.spokes.contribution.service.YearEndService;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the year-end reminders and lapses once a day. Safe to run twice or on several instances:
 * each reminder and each lapse is recorded once per member and year, and a second run finds them
 * done.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class YearEndJob {
  private static final Logger LOG = Logger.getLogger(YearEndJob.class.getName());

  @Inject YearEndService yearEnd;

  @Schedule(hour = "4", minute = "23", persistent = false)
  void daily() {
    try {
      yearEnd.runDailyInternal();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "year-end reminders and lapses failed; tomorrow's run tries again", e);
    }
  }
}
