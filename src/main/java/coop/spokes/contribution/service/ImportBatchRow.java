package coop.spokes.contribution.service;

import coop.spokes.contribution.model.ImportBatch;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** An import batch as pages see it, with its progress and counts. */
public record ImportBatchRow(
    long id,
    long custodianId,
    String formatName,
    String fileName,
    OffsetDateTime uploadedAt,
    String status,
    int totalLines,
    int checkedLines,
    int newCount,
    int duplicateCount,
    int problemCount,
    int ignoredCount,
    Integer committedCount,
    OffsetDateTime linesDeletedAt)
    implements Serializable {
  /** Percent of lines checked. */
  public int percent() {
    return totalLines == 0 ? 100 : (int) (100L * checkedLines / totalLines);
  }

  public boolean ready() {
    return "READY".equals(status);
  }

  /** Whether the staged lines were deleted (kept for a while after a commit or discard). */
  public boolean linesDeleted() {
    return linesDeletedAt != null;
  }

  public boolean checking() {
    return "CHECKING".equals(status);
  }

  /** The row of a batch. */
  static ImportBatchRow of(ImportBatch b) {
    return new ImportBatchRow(
        b.getId(),
        b.getCustodianId(),
        b.getFormatName(),
        b.getFileName(),
        b.getUploadedAt(),
        b.getStatus().name(),
        b.getTotalLines(),
        b.getCheckedLines(),
        b.getNewCount(),
        b.getDuplicateCount(),
        b.getProblemCount(),
        b.getIgnoredCount(),
        b.getCommittedCount(),
        b.getLinesDeletedAt());
  }
}
