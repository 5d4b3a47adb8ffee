package coop.spokes.identity.service;

import coop.spokes.platform.security.Grant;
import java.time.OffsetDateTime;

/** One grant of one user, with its id (to revoke it). */
public record GrantRow(long id, long userId, Grant grant, OffsetDateTime grantedAt)
    implements java.io.Serializable {}
