package coop.spokes.platform.ratelimit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** {@link RateEvents} in a list, for tests of services that limit without a database. */
public class InMemoryRateEvents extends RateEvents {
  /** One stored event. */
  public record Event(String name, String key, OffsetDateTime at) {}

  public final List<Event> events = new ArrayList<>();

  @Override
  public RateLimiter.Tally tally(String name, String key, OffsetDateTime since) {
    List<Event> found =
        events.stream()
            .filter(e -> e.name().equals(name) && e.key().equals(key) && e.at().isAfter(since))
            .toList();
    return new RateLimiter.Tally(
        found.size(), found.stream().map(Event::at).max(OffsetDateTime::compareTo).orElse(null));
  }

  @Override
  public void add(String name, String key, OffsetDateTime at) {
    events.add(new Event(name, key, at));
  }

  @Override
  public void delete(String name, String key) {
    events.removeIf(e -> e.name().equals(name) && e.key().equals(key));
  }

  @Override
  public int deleteBefore(OffsetDateTime before) {
    int size = events.size();
    events.removeIf(e -> e.at().isBefore(before));
    return size - events.size();
  }

  /** A limiter over these events, with a test key. */
  public RateLimiter limiter() {
    RateLimiter limiter = new RateLimiter();
    limiter.events = this;
    limiter.secrets = new coop.spokes.platform.security.Secrets("a test key that is long enough");
    return limiter;
  }
}
