package coop.spokes.platform.jobs;

import coop.spokes.platform.persistence.DataSourceConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbc.JdbcLockProvider;

/**
 * Runs each scheduled job on one instance only when several share one database: every instance's
 * timer fires, the first to take the job's lock in {@code platform_job_lock} runs it, the others
 * skip that run. Locks are ShedLock's ({@link JdbcLockProvider}); a lock expires after the job's
 * {@link ClusterJob#lockAtMostFor}, so a run interrupted by a crash is taken over by the next timer
 * of any instance. The jobs and their times are listed in the operations guide.
 *
 * <p>Call from a timer method outside any transaction (the lock is written and committed at once).
 */
@ApplicationScoped
public class ClusterJobs {
  static final String TABLE = "platform_job_lock";
  private static final Logger LOG = Logger.getLogger(ClusterJobs.class.getName());

  @Resource(lookup = DataSourceConfig.JNDI_NAME)
  DataSource dataSource;

  private LockingTaskExecutor executor;

  @PostConstruct
  void init() {
    executor = executorOver(dataSource);
  }

  /** The lock-taking executor over {@code dataSource} (the lock table of V23). */
  static LockingTaskExecutor executorOver(DataSource dataSource) {
    return new DefaultLockingTaskExecutor(new JdbcLockProvider(dataSource, TABLE));
  }

  /**
   * Runs {@code work} now unless another instance runs {@code job} (or ran it within its {@link
   * ClusterJob#lockAtLeastFor}); true when it ran here. A failure of {@code work} is logged and the
   * lock released, so the next timer tries again.
   */
  public boolean runOnce(ClusterJob job, Runnable work) {
    return runOnce(executor, job, work);
  }

  static boolean runOnce(LockingTaskExecutor executor, ClusterJob job, Runnable work) {
    LockConfiguration lock =
        new LockConfiguration(
            ClockProvider.now(), job.name(), job.lockAtMostFor(), job.lockAtLeastFor());
    try {
      boolean ran =
          executor
              .executeWithLock(
                  () -> {
                    work.run();
                    return Boolean.TRUE;
                  },
                  lock)
              .wasExecuted();
      if (!ran) {
        LOG.fine(() -> "job " + job.name() + " runs on another instance; skipped here");
      }
      return ran;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "job " + job.name() + " failed; its next run tries again", e);
      return true;
    } catch (Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }
}
