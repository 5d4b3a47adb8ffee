package coop.spokes.membership.service;

import coop.spokes.membership.model.TransferStatus;
import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * A move to another custodian as pages see it. {@code needsTerms}: the new custodian's terms
 * changed since the member accepted them, so the member must accept the current version.
 */
public record TransferRow(
    long id,
    long memberId,
    String memberName,
    long fromCustodianId,
    String fromCustodianName,
    String fromNumber,
    long toCustodianId,
    String toCustodianName,
    String toNumber,
    String reason,
    TransferStatus status,
    OffsetDateTime requestedAt,
    String termsVersion,
    OffsetDateTime fromApprovedAt,
    OffsetDateTime toApprovedAt,
    OffsetDateTime decidedAt,
    String rejectionReason,
    boolean needsTerms)
    implements Serializable {}
