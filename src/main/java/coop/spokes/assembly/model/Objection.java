package coop.spokes.assembly.model;

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
 * A member contests the roll: their eligibility ({@link About#ELIGIBILITY}) or their raw weight
 * ({@link About#WEIGHT}, with the weight they ask for). Chairs uphold it once enough of them
 * approve (the platform's N-of-M approvals), or one dismisses it with a reason. Decided once.
 */
@Entity
@Table(name = "assembly_objection")
public class Objection {
  /** What its approvals are recorded under (the platform's {@code Approvals}). */
  public static final String APPROVAL_SUBJECT = "assembly-objection";

  public static final int MAX_TEXT = 2000;

  /** What is contested. */
  public enum About {
    ELIGIBILITY,
    WEIGHT
  }

  /** Where it stands. */
  public enum State {
    OPEN,
    UPHELD,
    DISMISSED
  }

  @Id
  @SequenceGenerator(
      name = "assembly_objection_seq",
      sequenceName = "assembly_objection_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assembly_objection_seq")
  private Long id;

  @Column(name = "assembly_id", nullable = false)
  private Long assemblyId;

  @Column(name = "member_id", nullable = false)
  private Long memberId;

  @Column(name = "raised_by", nullable = false)
  private Long raisedBy;

  @Column(name = "raised_at", nullable = false)
  private OffsetDateTime raisedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "about", nullable = false, length = 12)
  private About about;

  @Column(name = "claim", nullable = false, length = MAX_TEXT)
  private String claim;

  @Column(name = "asked_weight", length = 40)
  private String askedWeight;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 10)
  private State state = State.OPEN;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Column(name = "decision_note", length = MAX_TEXT)
  private String decisionNote;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Objection() {}

  /**
   * @throws AssemblyException {@code assembly.objection.claim.invalid} at {@code claim}
   */
  public Objection(
      long assemblyId,
      long memberId,
      long raisedBy,
      About about,
      String claim,
      String askedWeight,
      OffsetDateTime now) {
    if (claim == null || claim.isBlank() || claim.strip().length() > MAX_TEXT) {
      throw new AssemblyException("claim", "assembly.objection.claim.invalid", MAX_TEXT);
    }
    this.assemblyId = assemblyId;
    this.memberId = memberId;
    this.raisedBy = raisedBy;
    this.about = about;
    this.claim = claim.strip();
    this.askedWeight = askedWeight;
    this.raisedAt = now;
  }

  /** Enough chairs approved it. */
  public void uphold(OffsetDateTime now) {
    requireOpen();
    state = State.UPHELD;
    decidedAt = now;
  }

  /**
   * A chair dismissed it, saying why.
   *
   * @throws AssemblyException {@code assembly.objection.reason.invalid} at {@code reason}
   */
  public void dismiss(String reason, OffsetDateTime now) {
    requireOpen();
    if (reason == null || reason.isBlank() || reason.strip().length() > MAX_TEXT) {
      throw new AssemblyException("reason", "assembly.objection.reason.invalid", MAX_TEXT);
    }
    state = State.DISMISSED;
    decisionNote = reason.strip();
    decidedAt = now;
  }

  private void requireOpen() {
    if (state != State.OPEN) {
      throw new AssemblyException(null, "assembly.objection.decided");
    }
  }

  public Long getId() {
    return id;
  }

  public Long getAssemblyId() {
    return assemblyId;
  }

  public Long getMemberId() {
    return memberId;
  }

  public Long getRaisedBy() {
    return raisedBy;
  }

  public OffsetDateTime getRaisedAt() {
    return raisedAt;
  }

  public About getAbout() {
    return about;
  }

  public String getClaim() {
    return claim;
  }

  public String getAskedWeight() {
    return askedWeight;
  }

  public State getState() {
    return state;
  }

  public OffsetDateTime getDecidedAt() {
    return decidedAt;
  }

  public String getDecisionNote() {
    return decisionNote;
  }
}
