package coop.spokes.identity.service;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** An account as other contexts and pages see it (never the entity, never the hash). */
public record AccountSummary(
    long id,
    String email,
    String displayName,
    String language,
    String timeZone,
    Long homeCustodianId,
    boolean enabled,
    OffsetDateTime createdAt)
    implements Serializable {

  /** The person's time zone; UTC when none or an unknown one is stored. */
  public ZoneId zone() {
    return zoneOf(timeZone);
  }

  /** The zone named {@code timeZone}; UTC when none or an unknown one is named. */
  static ZoneId zoneOf(String timeZone) {
    try {
      return timeZone == null ? ZoneOffset.UTC : ZoneId.of(timeZone);
    } catch (RuntimeException unknown) {
      return ZoneOffset.UTC;
    }
  }
}
