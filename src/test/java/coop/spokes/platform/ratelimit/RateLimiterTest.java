package coop.spokes.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  static final RateLimit THREE_AN_HOUR = new RateLimit("test-attempts", 3, Duration.ofHours(1));
  static final OffsetDateTime NOON = OffsetDateTime.parse("2026-12-06T12:00:00Z");

  InMemoryRateEvents store = new InMemoryRateEvents();
  RateLimiter limiter = store.limiter();

  @Test
  void acquireCountsUpToTheMaximumAndRefusedAttemptsAreNotCounted() {
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.acquire(THREE_AN_HOUR, "198.51.100.7", NOON.plusMinutes(i))).isTrue();
    }
    assertThat(limiter.acquire(THREE_AN_HOUR, "198.51.100.7", NOON.plusMinutes(3))).isFalse();
    assertThat(limiter.acquire(THREE_AN_HOUR, "198.51.100.7", NOON.plusMinutes(4))).isFalse();

    assertThat(store.events).hasSize(3);
  }

  @Test
  void eventsLeaveTheWindowAsTimeMovesOn() {
    limiter.record(THREE_AN_HOUR, "a", NOON);
    limiter.record(THREE_AN_HOUR, "a", NOON.plusMinutes(30));
    limiter.record(THREE_AN_HOUR, "a", NOON.plusMinutes(40));

    assertThat(limiter.allows(THREE_AN_HOUR, "a", NOON.plusMinutes(59))).isFalse();
    assertThat(limiter.allows(THREE_AN_HOUR, "a", NOON.plusMinutes(60))).isTrue();
    assertThat(limiter.tally(THREE_AN_HOUR, "a", NOON.plusMinutes(60)))
        .isEqualTo(new RateLimiter.Tally(2, NOON.plusMinutes(40)));
  }

  @Test
  void subjectsAndLimitsCountApartAndAreStoredOnlyAsKeyedHashes() {
    RateLimit other = new RateLimit("test-other", 1, Duration.ofHours(1));
    limiter.record(THREE_AN_HOUR, "owner@example.org", NOON);
    limiter.record(other, "owner@example.org", NOON);

    assertThat(limiter.tally(THREE_AN_HOUR, "owner@example.org", NOON).count()).isEqualTo(1);
    assertThat(limiter.tally(THREE_AN_HOUR, "someone@example.org", NOON).count()).isZero();
    assertThat(store.events)
        .extracting(InMemoryRateEvents.Event::key)
        .doesNotHaveDuplicates()
        .allSatisfy(key -> assertThat(key).hasSize(64).doesNotContain("example"));
  }

  @Test
  void forgetWipesOneSubjectOnly() {
    limiter.record(THREE_AN_HOUR, "a", NOON);
    limiter.record(THREE_AN_HOUR, "b", NOON);

    limiter.forget(THREE_AN_HOUR, "a");

    assertThat(limiter.tally(THREE_AN_HOUR, "a", NOON).count()).isZero();
    assertThat(limiter.tally(THREE_AN_HOUR, "b", NOON).count()).isEqualTo(1);
  }

  @Test
  void purgeDeletesWhatNoWindowCanReach() {
    limiter.record(THREE_AN_HOUR, "a", NOON.minus(RateLimit.LONGEST).minusSeconds(1));
    limiter.record(THREE_AN_HOUR, "a", NOON.minusHours(2));

    assertThat(limiter.purge(NOON)).isEqualTo(1);
    assertThat(store.events).hasSize(1);
  }

  @Test
  void aLimitIsNamedInLowerCaseAndHasAReachableWindow() {
    assertThatThrownBy(() -> new RateLimit("Login Pair", 1, Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RateLimit("ok", 0, Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RateLimit("ok", 1, RateLimit.LONGEST.plusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(THREE_AN_HOUR.withMax(5).max()).isEqualTo(5);
  }
}
