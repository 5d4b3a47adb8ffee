package coop.spokes.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Test-only clock (deployed with the WAR by {@link SpokesIT}, never shipped): the application's
 * {@link Clock} runs as the real one plus an offset that a test sets through {@code POST
 * api/test-probe/clock?offset-seconds=N} and sets back to 0 when done ({@link
 * SpokesIT#clockOffset}). Journeys that need time to pass (a timer that runs for minutes) move it
 * instead of waiting.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
@Path("test-probe/clock")
public class ClockProbe {
  private static volatile Duration offset = Duration.ZERO;

  @Produces
  @ApplicationScoped
  Clock clock() {
    return new OffsetClock();
  }

  @POST
  public void setOffset(@QueryParam("offset-seconds") long seconds) {
    offset = Duration.ofSeconds(seconds);
  }

  /** The real UTC clock plus {@link #offset}. */
  static final class OffsetClock extends Clock {
    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
      return Instant.now().plus(offset);
    }
  }
}
