package coop.spokes.platform.jobs;

import coop.spokes.platform.persistence.DataSourceConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * <p>ShedLock remembers, per job, that it has tried to insert the job's lock row, and from then on
 * only updates it. An insert that failed for another reason than the row being there already (the
 * table not migrated yet when a timer fires during the first start, a connection dropped by a
 * database restart) leaves no row, and every later update finds nothing: the job would never run
 * again until a restart. When a job is skipped and its row is missing, ShedLock's memory is
 * cleared, so the next timer inserts the row.
 *
 * <p>Call from a timer method outside any transaction (the lock is written and committed at once).
 */
@ApplicationScoped
public class ClusterJobs {
  static final String TABLE = "platform_job_lock";
  private static final Logger LOG = Logger.getLogger(ClusterJobs.class.getName());

  @Resource(lookup = DataSourceConfig.JNDI_NAME)
  DataSource dataSource;

  private Locks locks;

  @PostConstruct
  void init() {
    locks = new Locks(dataSource);
  }

  /**
   * Runs {@code work} now unless another instance runs {@code job} (or ran it within its {@link
   * ClusterJob#lockAtLeastFor}); true when it ran here. A failure of {@code work} is logged and the
   * lock released, so the next timer tries again.
   */
  public boolean runOnce(ClusterJob job, Runnable work) {
    return runOnce(locks, job, work);
  }

  static boolean runOnce(Locks locks, ClusterJob job, Runnable work) {
    LockConfiguration lock =
        new LockConfiguration(
            ClockProvider.now(), job.name(), job.lockAtMostFor(), job.lockAtLeastFor());
    try {
      boolean ran =
          locks
              .executor
              .executeWithLock(
                  () -> {
                    work.run();
                    return Boolean.TRUE;
                  },
                  lock)
              .wasExecuted();
      if (!ran) {
        if (locks.rowMissing(job.name())) {
          locks.provider.clearCache();
          LOG.info(() -> "job " + job.name() + " had no lock row; it is inserted at the next run");
        } else {
          LOG.fine(() -> "job " + job.name() + " runs on another instance; skipped here");
        }
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

  /** One instance's locks over the lock table of {@code V23}: ShedLock's provider and executor. */
  static final class Locks {
    private final DataSource dataSource;
    private final JdbcLockProvider provider;
    private final LockingTaskExecutor executor;

    Locks(DataSource dataSource) {
      this.dataSource = dataSource;
      this.provider = new JdbcLockProvider(dataSource, TABLE);
      this.executor = new DefaultLockingTaskExecutor(provider);
    }

    /** Whether the table has no row for {@code name}; true too when it cannot be read. */
    boolean rowMissing(String name) {
      try (Connection c = dataSource.getConnection();
          PreparedStatement q = c.prepareStatement("select 1 from " + TABLE + " where name = ?")) {
        q.setString(1, name);
        try (ResultSet r = q.executeQuery()) {
          return !r.next();
        }
      } catch (SQLException unreadable) {
        return true;
      }
    }
  }
}
