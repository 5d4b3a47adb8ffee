package coop.spokes.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The application clock: UTC. Services take time from an injected {@link Clock} rather than from
 * {@code now()} so that rules about deadlines can be tested at their boundaries.
 */
@ApplicationScoped
public class ClockProducer {
  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.systemUTC();
  }
}
