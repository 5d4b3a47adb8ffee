package coop.spokes.audit.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last event of a stream: appends lock this row, so writers of one stream take turns while
 * other streams go on in parallel. It also lets verification notice a truncated tail.
 */
@Entity
@Table(name = "audit_stream_head")
public class AuditStreamHead {
  @Id
  @Column(name = "stream", length = 100)
  private String stream;

  @Column(name = "last_seq", nullable = false)
  private long lastSeq;

  @Column(name = "last_hash", nullable = false, length = 64)
  private String lastHash;

  protected AuditStreamHead() {}

  public AuditStreamHead(String stream) {
    this.stream = stream;
    this.lastSeq = 0;
    this.lastHash = HashChain.GENESIS;
  }

  /** Appends the next event of this stream and moves the head to it. */
  public AuditEvent append(AuditEntry entry, java.time.OffsetDateTime at) {
    if (!entry.stream().equals(stream)) {
      throw new IllegalArgumentException("entry for " + entry.stream() + " appended to " + stream);
    }
    AuditEvent event = new AuditEvent(lastSeq + 1, lastHash, entry, at);
    lastSeq = event.getSeq();
    lastHash = event.getHash();
    return event;
  }

  public String getStream() {
    return stream;
  }

  public long getLastSeq() {
    return lastSeq;
  }

  public String getLastHash() {
    return lastHash;
  }
}
