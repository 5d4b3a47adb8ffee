package coop.spokes.transparency.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * An export of a period's report asked for by one account, made in the background: its progress in
 * lines written, and once done its file (kept in the row's {@code content}, written and read as a
 * stream outside JPA, so no instance holds a whole file in memory).
 */
@Entity
@Table(name = "transparency_export")
public class ReportExport {
  /** The file kinds a report exports to. */
  public enum Format {
    PDF,
    CSV
  }

  /** Where the export is. */
  public enum State {
    RUNNING,
    DONE,
    FAILED
  }

  @Id
  @SequenceGenerator(
      name = "transparency_export_seq",
      sequenceName = "transparency_export_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "transparency_export_seq")
  private Long id;

  @Column(name = "token", nullable = false, length = 43)
  private String token;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Column(name = "custodian_id")
  private Long custodianId;

  @Column(name = "period", nullable = false, length = 30)
  private String period;

  @Enumerated(EnumType.STRING)
  @Column(name = "format", nullable = false, length = 3)
  private Format format;

  @Column(name = "language", nullable = false, length = 5)
  private String language;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 10)
  private State state;

  @Column(name = "done_lines", nullable = false)
  private long doneLines;

  @Column(name = "total_lines", nullable = false)
  private long totalLines;

  @Column(name = "size_bytes")
  private Long sizeBytes;

  @Column(name = "started_at", nullable = false)
  private OffsetDateTime startedAt;

  @Column(name = "finished_at")
  private OffsetDateTime finishedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ReportExport() {}

  public ReportExport(
      String token,
      long accountId,
      Long custodianId,
      String period,
      Format format,
      String language,
      OffsetDateTime now) {
    this.token = token;
    this.accountId = accountId;
    this.custodianId = custodianId;
    this.period = period;
    this.format = format;
    this.language = language;
    this.state = State.RUNNING;
    this.startedAt = now;
  }

  /** Records how far the export got. */
  public void progress(long done, long total) {
    this.doneLines = done;
    this.totalLines = Math.max(total, done);
  }

  /** The file is in the row. */
  public void done(long size, OffsetDateTime now) {
    this.state = State.DONE;
    this.sizeBytes = size;
    this.doneLines = totalLines;
    this.finishedAt = now;
  }

  public void failed(OffsetDateTime now) {
    this.state = State.FAILED;
    this.finishedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getToken() {
    return token;
  }

  public long getAccountId() {
    return accountId;
  }

  public Long getCustodianId() {
    return custodianId;
  }

  public String getPeriod() {
    return period;
  }

  public Format getFormat() {
    return format;
  }

  public String getLanguage() {
    return language;
  }

  public State getState() {
    return state;
  }

  public long getDoneLines() {
    return doneLines;
  }

  public long getTotalLines() {
    return totalLines;
  }
}
