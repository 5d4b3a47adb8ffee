package coop.spokes.contribution.service;

import coop.spokes.contribution.model.Resource;
import coop.spokes.contribution.model.ResourceKind;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An in-kind contribution as pages see it, with its approvals so far. */
public record ResourceRow(
    long id,
    long memberId,
    String memberName,
    ResourceKind kind,
    String description,
    LocalDate providedOn,
    int fiscalYear,
    BigDecimal participantHours,
    BigDecimal declaredValue,
    String currency,
    Resource.Status status,
    String rejectionComment,
    int approvals)
    implements Serializable {}
