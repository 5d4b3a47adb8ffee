package coop.spokes.membership.service;

import coop.spokes.membership.model.MemberClass;
import coop.spokes.membership.model.MemberKind;
import coop.spokes.membership.model.MemberStatus;
import java.io.Serializable;
import java.time.LocalDate;

/** A member as the directory, exports and member pages show it. */
public record MemberRow(
    long id,
    long custodianId,
    String memberNumber,
    String displayName,
    MemberClass memberClass,
    MemberKind kind,
    MemberStatus status,
    String country,
    String email,
    String language,
    LocalDate joinedOn,
    LocalDate leftOn,
    boolean publicListing)
    implements Serializable {}
