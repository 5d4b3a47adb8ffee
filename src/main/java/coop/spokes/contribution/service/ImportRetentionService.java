package coop.spokes.contribution.service;

import coop.spokes.audit.service.AuditService;
import coop.spokes.contribution.infra.ImportRepository;
import coop.spokes.contribution.model.ImportBatch;
import coop.spokes.platform.security.Access;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long the staged lines of a payments file are kept: a bank file repeats names and concepts
 * nobody needs once its payments are recorded, so the lines go {@code
 * spokes.contribution.import.keep-lines-days} after a commit or discard; the batch and its counts
 * stay.
 */
@ApplicationScoped
@Transactional
public class ImportRetentionService {
  @Inject Access access;
  @Inject ImportRepository imports;
  @Inject AuditService audit;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "spokes.contribution.import.keep-lines-days", defaultValue = "90")
  int keepLinesDays;

  /**
   * Deletes the staged lines of up to {@code max} batches committed or discarded more than {@code
   * spokes.contribution.import.keep-lines-days} ago (an unfinished one is discarded first); the
   * batches and their counts stay, and the payments recorded are untouched. Each deletion is
   * audited. Returns how many batches it handled (the job calls again until none is left).
   * Internal: only the daily job calls it.
   */
  public int deleteOldLinesInternal(int max) {
    access.permitInternal();
    OffsetDateTime now = OffsetDateTime.now(clock);
    OffsetDateTime cutoff = now.minusDays(keepLinesDays);
    List<Long> due = imports.linesDue(cutoff, max);
    for (long id : due) {
      ImportBatch b = imports.lockBatch(id).orElseThrow();
      if (!b.linesDue(cutoff)) {
        continue; // another instance got there first
      }
      int lines = imports.deleteLines(b.getId());
      b.linesDeleted(cutoff, now);
      audit.record(
          ScheduleService.STREAM,
          "import.linesDeleted",
          "custodian",
          b.getCustodianId(),
          Map.of(
              "batchId", b.getId().toString(),
              "lines", Integer.toString(lines),
              "keptDays", Integer.toString(keepLinesDays)),
          null);
    }
    return due.size();
  }
}
