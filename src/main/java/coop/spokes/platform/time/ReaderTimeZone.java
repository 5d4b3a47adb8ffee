package coop.spokes.platform.time;

import java.time.ZoneId;
import java.util.Optional;

/**
 * The time zone the signed-in reader chose (their profile). Implemented by the identity context,
 * which owns accounts, and discovered by CDI; empty for a visitor.
 */
public interface ReaderTimeZone {
  Optional<ZoneId> ofCaller();
}
