package coop.spokes.contribution.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * One uploaded payments file: CHECKING while the background job checks its lines (progress in
 * {@code checkedLines}), READY to be corrected and committed, COMMITTED once (all or nothing), or
 * DISCARDED.
 */
@Entity
@Table(name = "contribution_import_batch")
public class ImportBatch {
  /** Where a batch stands. */
  public enum Status {
    CHECKING,
    READY,
    COMMITTED,
    DISCARDED
  }

  @Id
  @SequenceGenerator(
      name = "contribution_import_batch_seq",
      sequenceName = "contribution_import_batch_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contribution_import_batch_seq")
  private Long id;

  @Column(name = "custodian_id", nullable = false)
  private Long custodianId;

  @Column(name = "format_id", nullable = false)
  private Long formatId;

  @Column(name = "format_name", nullable = false, length = 100)
  private String formatName;

  @Column(name = "file_name", nullable = false, length = 200)
  private String fileName;

  @Column(name = "uploaded_by", nullable = false)
  private Long uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private OffsetDateTime uploadedAt;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(name = "status", nullable = false, length = 12)
  private Status status;

  @Column(name = "total_lines", nullable = false)
  private int totalLines;

  @Column(name = "checked_lines", nullable = false)
  private int checkedLines;

  @Column(name = "new_count", nullable = false)
  private int newCount;

  @Column(name = "duplicate_count", nullable = false)
  private int duplicateCount;

  @Column(name = "problem_count", nullable = false)
  private int problemCount;

  @Column(name = "ignored_count", nullable = false)
  private int ignoredCount;

  @Column(name = "committed_at")
  private OffsetDateTime committedAt;

  @Column(name = "committed_by")
  private Long committedBy;

  @Column(name = "committed_count")
  private Integer committedCount;

  @Column(name = "closed_at")
  private OffsetDateTime closedAt;

  @Column(name = "lines_deleted_at")
  private OffsetDateTime linesDeletedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ImportBatch() {}

  public ImportBatch(
      long custodianId,
      ImportFormat format,
      String fileName,
      int lines,
      long by,
      OffsetDateTime now) {
    this.custodianId = custodianId;
    this.formatId = format.getId();
    this.formatName = format.getName();
    this.fileName = fileName == null || fileName.isBlank() ? "-" : abbreviate(fileName.strip());
    this.totalLines = lines;
    this.uploadedBy = by;
    this.uploadedAt = now;
    this.status = Status.CHECKING;
  }

  private static String abbreviate(String s) {
    return s.length() > 200 ? s.substring(0, 200) : s;
  }

  /** Progress of the check: {@code checked} lines done. */
  public void progress(int checked) {
    checkedLines = checked;
  }

  /** The check is done, with these counts. */
  public void checked(int fresh, int duplicates, int problems, int ignored) {
    counts(fresh, duplicates, problems, ignored);
    checkedLines = totalLines;
    if (status == Status.CHECKING) {
      status = Status.READY; // a batch discarded meanwhile stays discarded
    }
  }

  /** The counts after a manager ignored or assigned a line. */
  public void counts(int fresh, int duplicates, int problems, int ignored) {
    newCount = fresh;
    duplicateCount = duplicates;
    problemCount = problems;
    ignoredCount = ignored;
  }

  /**
   * Records the commit.
   *
   * @throws ContributionException {@code contribution.import.notReady}, {@code
   *     contribution.import.hasProblems}
   */
  public void committed(int recorded, long by, OffsetDateTime now) {
    requireReady();
    if (problemCount > 0) {
      throw new ContributionException(null, "contribution.import.hasProblems", problemCount);
    }
    committedCount = recorded;
    committedBy = by;
    committedAt = now;
    closedAt = now;
    status = Status.COMMITTED;
  }

  /**
   * Drops the batch without recording anything: a READY one, or one still being checked (for
   * instance when the instance checking it stopped).
   *
   * @throws ContributionException {@code contribution.import.notReady} once recorded or discarded
   */
  public void discard(OffsetDateTime now) {
    if (status != Status.READY && status != Status.CHECKING) {
      throw new ContributionException(null, "contribution.import.notReady");
    }
    status = Status.DISCARDED;
    closedAt = now;
  }

  /**
   * Whether the staged lines are due for deletion at {@code cutoff} (now less the days they are
   * kept): committed or discarded before it, or left unfinished since an upload before it.
   */
  public boolean linesDue(OffsetDateTime cutoff) {
    if (linesDeletedAt != null) {
      return false;
    }
    OffsetDateTime since = closedAt != null ? closedAt : uploadedAt;
    return since.isBefore(cutoff);
  }

  /**
   * Records that the staged lines were deleted; a batch left unfinished is discarded first.
   *
   * @throws IllegalStateException when they are not due at {@code cutoff}
   */
  public void linesDeleted(OffsetDateTime cutoff, OffsetDateTime now) {
    if (!linesDue(cutoff)) {
      throw new IllegalStateException("lines of import " + id + " are not due for deletion");
    }
    if (status == Status.READY || status == Status.CHECKING) {
      status = Status.DISCARDED;
      closedAt = now;
    }
    linesDeletedAt = now;
  }

  public OffsetDateTime getClosedAt() {
    return closedAt;
  }

  public OffsetDateTime getLinesDeletedAt() {
    return linesDeletedAt;
  }

  /**
   * @throws ContributionException {@code contribution.import.notReady}
   */
  public void requireReady() {
    if (status != Status.READY) {
      throw new ContributionException(null, "contribution.import.notReady");
    }
  }

  public Long getId() {
    return id;
  }

  public Long getCustodianId() {
    return custodianId;
  }

  public Long getFormatId() {
    return formatId;
  }

  public String getFormatName() {
    return formatName;
  }

  public String getFileName() {
    return fileName;
  }

  public OffsetDateTime getUploadedAt() {
    return uploadedAt;
  }

  public Status getStatus() {
    return status;
  }

  public int getTotalLines() {
    return totalLines;
  }

  public int getCheckedLines() {
    return checkedLines;
  }

  public int getNewCount() {
    return newCount;
  }

  public int getDuplicateCount() {
    return duplicateCount;
  }

  public int getProblemCount() {
    return problemCount;
  }

  public int getIgnoredCount() {
    return ignoredCount;
  }

  public Integer getCommittedCount() {
    return committedCount;
  }
}
