package coop.spokes.identity.service;

import java.time.OffsetDateTime;

/** An account as other contexts and pages see it (never the entity, never the hash). */
public record AccountSummary(
    long id,
    String email,
    String displayName,
    String language,
    String timeZone,
    Long homeCustodianId,
    boolean enabled,
    OffsetDateTime createdAt) {}
