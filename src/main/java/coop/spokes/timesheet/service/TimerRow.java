package coop.spokes.timesheet.service;

import coop.spokes.timesheet.model.EntryKind;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** A running timer as pages see it. */
public record TimerRow(
    long circleId,
    String circleName,
    long activityId,
    String activityName,
    EntryKind kind,
    OffsetDateTime startedAt,
    String description)
    implements Serializable {}
