package coop.spokes.contribution.service;

import coop.spokes.contribution.model.Band;
import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * A member's solidarity band: their country's, the lower one they declared (with the reason), and
 * the one that applies.
 */
public record BandView(
    long memberId,
    String country,
    Band countryBand,
    Band declared,
    String reason,
    OffsetDateTime declaredAt,
    Band effective)
    implements Serializable {}
