package coop.spokes.membership.model;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One checked line of an import of existing members: every value valid and normalised. {@code seq}
 * is the number's sequence at the custodian when the line gives a number, else null (the import
 * gives the next one).
 */
public record ImportedMember(
    Long seq,
    String name,
    String email,
    MemberClass memberClass,
    MemberKind kind,
    String country,
    String language,
    LocalDate joinedOn,
    MemberStatus status,
    LocalDate leftOn,
    String registrationNumber,
    String representativeEmail)
    implements Serializable {}
