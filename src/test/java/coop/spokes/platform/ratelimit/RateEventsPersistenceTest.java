package coop.spokes.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.platform.security.Secrets;
import coop.spokes.testing.TestDatabases;
import coop.spokes.testing.TestDatabases.Kind;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The rate limiter's queries on both databases: counting within a window, forgetting, purging. */
class RateEventsPersistenceTest {
  static final RateLimit LIMIT = new RateLimit("test-limit", 2, Duration.ofHours(1));
  static final OffsetDateTime NOON = OffsetDateTime.parse("2026-12-06T12:00:00Z");

  @ParameterizedTest
  @EnumSource(Kind.class)
  void countsWithinTheWindowForgetsAndPurgesOn(Kind kind) {
    EntityManagerFactory emf = TestDatabases.entityManagers(TestDatabases.fresh(kind));
    Function<Function<RateLimiter, Object>, Object> work =
        job ->
            TestDatabases.inTransaction(
                emf,
                em -> {
                  RateEvents events = new RateEvents();
                  events.em = em;
                  RateLimiter limiter = new RateLimiter();
                  limiter.events = events;
                  limiter.secrets = new Secrets("a test key that is long enough");
                  return job.apply(limiter);
                });

    work.apply(l -> l.acquire(LIMIT, "198.51.100.7", NOON.minus(RateLimit.LONGEST).minusHours(1)));
    work.apply(l -> l.acquire(LIMIT, "198.51.100.7", NOON.minusMinutes(50)));
    work.apply(l -> l.acquire(LIMIT, "198.51.100.7", NOON.minusMinutes(10)));
    work.apply(l -> l.acquire(LIMIT, "203.0.113.9", NOON.minusMinutes(5)));

    assertThat(work.apply(l -> l.allows(LIMIT, "198.51.100.7", NOON))).isEqualTo(false);
    RateLimiter.Tally tally =
        (RateLimiter.Tally) work.apply(l -> l.tally(LIMIT, "198.51.100.7", NOON));
    assertThat(tally.count()).isEqualTo(2);
    assertThat(tally.last()).isAtSameInstantAs(NOON.minusMinutes(10));
    assertThat(work.apply(l -> l.allows(LIMIT, "198.51.100.7", NOON.plusMinutes(11))))
        .isEqualTo(true);

    assertThat(work.apply(l -> l.purge(NOON))).isEqualTo(1);
    work.apply(
        l -> {
          l.forget(LIMIT, "198.51.100.7");
          return null;
        });
    assertThat(work.apply(l -> l.tally(LIMIT, "198.51.100.7", NOON).count())).isEqualTo(0L);
    assertThat(work.apply(l -> l.tally(LIMIT, "203.0.113.9", NOON).count())).isEqualTo(1L);
  }
}
