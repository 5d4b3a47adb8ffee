package coop.spokes.membership.service;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A member of a custodian's roll at a date, as other contexts see it (an assembly on its record
 * date): class, kind and the status they had at the end of that day as codes ({@code ACTIVE},
 * {@code LAPSED}, {@code SUSPENDED}, {@code LEFT}), and since when they belong to the custodian (a
 * date after the roll's: they moved in later, and were another custodian's member then).
 */
public record MemberStatusAt(
    long memberId,
    String memberNumber,
    String displayName,
    String memberClass,
    String kind,
    String status,
    LocalDate joinedOn,
    LocalDate custodianSince)
    implements Serializable {}
