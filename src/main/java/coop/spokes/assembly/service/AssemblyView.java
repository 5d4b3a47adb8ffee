package coop.spokes.assembly.service;

import coop.spokes.assembly.model.AssemblySchedule;
import coop.spokes.identity.service.AccountSummary;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/** One assembly as its chairs' page shows it. */
public record AssemblyView(
    AssemblyRow row,
    String description,
    String place,
    AssemblySchedule schedule,
    SchemeSettings scheme,
    List<SchemeWords.Line> schemeInWords,
    List<MotionRow> motions,
    List<AccountSummary> chairs,
    OffsetDateTime rollBuiltAt,
    OffsetDateTime objectionsUntil,
    OffsetDateTime convenedAt,
    OffsetDateTime noticeRunsOutAt,
    String auditHead)
    implements Serializable {}
