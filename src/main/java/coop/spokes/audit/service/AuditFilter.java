package coop.spokes.audit.service;

import java.time.OffsetDateTime;

/** Filters for the audit log list; any may be null. */
public record AuditFilter(
    String stream, String action, Long actorId, OffsetDateTime from, OffsetDateTime to) {
  public static AuditFilter none() {
    return new AuditFilter(null, null, null, null, null);
  }
}
