package coop.spokes.audit.service;

import java.time.OffsetDateTime;

/** One line of the audit log as the admin page shows it. */
public record AuditEventRow(
    long id,
    String stream,
    long seq,
    OffsetDateTime occurredAt,
    Long actorId,
    String action,
    String subjectType,
    String subjectId,
    String details,
    String note,
    String hash) {}
