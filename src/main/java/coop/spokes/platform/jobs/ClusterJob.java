package coop.spokes.platform.jobs;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * A scheduled job that runs on one instance of a cluster at a time ({@link ClusterJobs}).
 *
 * @param name the job's lock, unique across contexts ({@code "year-end"})
 * @param lockAtMostFor how long a run may hold the lock: when an instance dies mid-run, another
 *     takes the job over once this has passed, so it must be longer than a run ever takes
 * @param lockAtLeastFor how long the lock stays taken even after a quick run, so that an instance
 *     whose clock is a little behind does not run the same scheduled run again
 */
public record ClusterJob(String name, Duration lockAtMostFor, Duration lockAtLeastFor) {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,63}");

  public ClusterJob {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("A job's name is lower-case, up to 64 characters");
    }
    if (lockAtLeastFor.isNegative() || lockAtMostFor.compareTo(lockAtLeastFor) <= 0) {
      throw new IllegalArgumentException("0 <= lockAtLeastFor < lockAtMostFor");
    }
  }
}
