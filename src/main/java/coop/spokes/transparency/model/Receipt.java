package coop.spokes.transparency.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A receipt file whose content was checked to be what its media type says. Its bytes are in the row
 * ({@code content}) or in a configured directory ({@code storedName}), never both.
 */
@Entity
@Table(name = "transparency_receipt")
public class Receipt {
  /** The largest receipt accepted: 5 MB. */
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  @Id
  @SequenceGenerator(
      name = "transparency_receipt_seq",
      sequenceName = "transparency_receipt_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "transparency_receipt_seq")
  private Long id;

  @Column(name = "custodian_id", nullable = false)
  private long custodianId;

  @Column(name = "file_name", nullable = false, length = 200)
  private String fileName;

  @Column(name = "media_type", nullable = false, length = 40)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false)
  private int sizeBytes;

  @Column(name = "sha256", nullable = false, length = 64)
  private String sha256;

  /** Loaded with the row (EclipseLink is not woven here): lists read receipts by projection. */
  @Column(name = "content")
  private byte[] content;

  @Column(name = "stored_name", length = 100)
  private String storedName;

  @Column(name = "uploaded_by", nullable = false)
  private long uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private OffsetDateTime uploadedAt;

  protected Receipt() {}

  /**
   * A receipt of {@code custodianId}'s; {@code content} null when the bytes went to the receipts
   * directory under {@code storedName}.
   */
  public Receipt(
      long custodianId,
      String fileName,
      String mediaType,
      int sizeBytes,
      String sha256,
      byte[] content,
      String storedName,
      long uploadedBy,
      OffsetDateTime uploadedAt) {
    if ((content == null) == (storedName == null)) {
      throw new IllegalArgumentException("a receipt is kept in the row or in a file, not both");
    }
    this.custodianId = custodianId;
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
    this.content = content;
    this.storedName = storedName;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public Long getId() {
    return id;
  }

  public long getCustodianId() {
    return custodianId;
  }

  public String getFileName() {
    return fileName;
  }

  public String getMediaType() {
    return mediaType;
  }

  public int getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  /** The bytes, when kept in the row. */
  public byte[] getContent() {
    return content;
  }

  /** The file's name in the receipts directory, when kept there. */
  public String getStoredName() {
    return storedName;
  }
}
