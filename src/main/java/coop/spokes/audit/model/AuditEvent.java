package coop.spokes.audit.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One entry of an audit stream. Immutable once written: the class has no setters, the table is only
 * ever inserted into, and any later change is caught by {@link HashChain} verification. {@code seq}
 * numbers a stream's events 1, 2, 3… without gaps, so a deleted row shows as a gap.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {
  @Id
  @SequenceGenerator(
      name = "audit_event_seq",
      sequenceName = "audit_event_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
  private Long id;

  @Column(name = "stream", nullable = false, length = 100)
  private String stream;

  @Column(name = "seq", nullable = false)
  private long seq;

  @Column(name = "occurred_at", nullable = false)
  private OffsetDateTime occurredAt;

  @Column(name = "actor_id")
  private Long actorId;

  @Column(name = "action", nullable = false, length = 100)
  private String action;

  @Column(name = "subject_type", length = 60)
  private String subjectType;

  @Column(name = "subject_id", length = 100)
  private String subjectId;

  @Column(name = "details", nullable = false, length = 4000)
  private String details;

  @Column(name = "note", length = 1000)
  private String note;

  @Column(name = "prev_hash", nullable = false, length = 64)
  private String prevHash;

  @Column(name = "hash", nullable = false, length = 64)
  private String hash;

  protected AuditEvent() {}

  /** Builds the event that follows {@code prevHash} at {@code seq}, computing its hash. */
  public AuditEvent(long seq, String prevHash, AuditEntry entry, OffsetDateTime occurredAt) {
    this.stream = entry.stream();
    this.seq = seq;
    this.occurredAt = HashChain.truncate(occurredAt);
    this.actorId = entry.actorId();
    this.action = entry.action();
    this.subjectType = entry.subjectType();
    this.subjectId = entry.subjectId();
    this.details = HashChain.canonicalDetails(entry.details());
    this.note = entry.note();
    this.prevHash = prevHash;
    this.hash = HashChain.hash(this);
  }

  public Long getId() {
    return id;
  }

  public String getStream() {
    return stream;
  }

  public long getSeq() {
    return seq;
  }

  public OffsetDateTime getOccurredAt() {
    return occurredAt;
  }

  public Long getActorId() {
    return actorId;
  }

  public String getAction() {
    return action;
  }

  public String getSubjectType() {
    return subjectType;
  }

  public String getSubjectId() {
    return subjectId;
  }

  public String getDetails() {
    return details;
  }

  public String getNote() {
    return note;
  }

  public String getPrevHash() {
    return prevHash;
  }

  public String getHash() {
    return hash;
  }
}
