package coop.spokes.membership.service;

import coop.spokes.membership.model.ApplicationStatus;
import coop.spokes.membership.model.MemberClass;
import coop.spokes.membership.model.MemberKind;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** An application as the managers' pages show it. */
public record ApplicationRow(
    long id,
    long custodianId,
    ApplicationStatus status,
    MemberClass memberClass,
    MemberKind kind,
    String personName,
    String email,
    String residenceCountry,
    String language,
    String orgLegalName,
    String orgRegistrationNumber,
    String orgCountry,
    String termsVersion,
    OffsetDateTime submittedAt,
    OffsetDateTime verifiedAt,
    String rejectionReason,
    Long memberId)
    implements Serializable {}
