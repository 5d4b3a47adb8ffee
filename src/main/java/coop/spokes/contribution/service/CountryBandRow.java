package coop.spokes.contribution.service;

import coop.spokes.contribution.model.Band;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** A country and its solidarity band, with when an admin last changed it (null: as shipped). */
public record CountryBandRow(String country, Band band, OffsetDateTime updatedAt)
    implements Serializable {}
