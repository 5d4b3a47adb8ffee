package coop.spokes.assembly.model;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * A motion on an assembly's agenda. Its rules (kind, options, seats, threshold, double majority,
 * quorum) are a tally document's {@code motion} section, read and checked by the tally core before
 * they are stored. Invariants: rules change only while PENDING; it opens once and closes once; its
 * ballot key exists only while it is OPEN; once closed it keeps its tally document and outcome.
 */
@Entity
@Table(name = "assembly_motion")
public class AssemblyMotion {
  public static final int MAX_TITLE = 300;
  public static final int MAX_BODY = 10000;

  @Id
  @SequenceGenerator(
      name = "assembly_motion_seq",
      sequenceName = "assembly_motion_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assembly_motion_seq")
  private Long id;

  @Column(name = "assembly_id", nullable = false)
  private Long assemblyId;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "title", nullable = false, length = MAX_TITLE)
  private String title;

  @Column(name = "body", length = MAX_BODY)
  private String body;

  @Column(name = "rules", nullable = false, length = 8000)
  private String rules;

  @Column(name = "secret", nullable = false)
  private boolean secret;

  @Column(name = "changeable", nullable = false)
  private boolean changeable;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 10)
  private MotionState state = MotionState.PENDING;

  @Column(name = "call_number", nullable = false)
  private int callNumber = 1;

  /** The per-motion key, sealed by the platform's secret box; null unless OPEN. */
  @Column(name = "ballot_key", length = 400)
  private String ballotKey;

  @Column(name = "opened_at")
  private OffsetDateTime openedAt;

  @Column(name = "closed_at")
  private OffsetDateTime closedAt;

  @Column(name = "result", length = 12)
  private String result;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "document")
  private String document;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "outcome")
  private String outcome;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected AssemblyMotion() {}

  public AssemblyMotion(
      long assemblyId,
      int position,
      String title,
      String body,
      String rules,
      boolean secret,
      boolean changeable) {
    this.assemblyId = assemblyId;
    this.position = position;
    change(title, body, rules, secret, changeable);
  }

  /**
   * Changes the motion. Only while PENDING.
   *
   * @throws AssemblyException {@code assembly.motion.title.invalid} at {@code title}, {@code
   *     assembly.text.tooLong} at {@code body}, {@code assembly.motion.notPending}
   */
  public void change(
      String newTitle, String newBody, String newRules, boolean isSecret, boolean isChangeable) {
    requirePending();
    if (newTitle == null || newTitle.isBlank() || newTitle.strip().length() > MAX_TITLE) {
      throw new AssemblyException("title", "assembly.motion.title.invalid", MAX_TITLE);
    }
    if (newBody != null && newBody.strip().length() > MAX_BODY) {
      throw new AssemblyException("body", "assembly.text.tooLong", MAX_BODY);
    }
    title = newTitle.strip();
    body = newBody == null || newBody.isBlank() ? null : newBody.strip();
    rules = newRules;
    secret = isSecret;
    changeable = isChangeable;
  }

  /** Moves it to another place on the agenda (the caller keeps positions distinct). */
  public void moveTo(int newPosition) {
    requirePending();
    position = newPosition;
  }

  /**
   * PENDING → OPEN at {@code call}, holding {@code sealedKey} until it closes.
   *
   * @throws AssemblyException {@code assembly.motion.notPending}
   */
  public void open(OffsetDateTime now, int call, String sealedKey) {
    requirePending();
    state = MotionState.OPEN;
    openedAt = now;
    callNumber = call;
    ballotKey = sealedKey;
  }

  /**
   * OPEN → CLOSED: the ballot key is destroyed, so no replaceable ballot can be found any more.
   *
   * @throws AssemblyException {@code assembly.motion.notOpen}
   */
  public void close(OffsetDateTime now) {
    requireOpen();
    state = MotionState.CLOSED;
    closedAt = now;
    ballotKey = null;
  }

  /** The same ballot key, sealed again under the platform's current key (key rotation). */
  public void resealKey(String sealedKey) {
    requireOpen();
    ballotKey = sealedKey;
  }

  /** Keeps the tally document, the outcome (JSON) and the result (PASSED, FAILED…) of a count. */
  public void counted(String tallyDocument, String outcomeJson, String resultCode) {
    if (state != MotionState.CLOSED) {
      throw new AssemblyException(null, "assembly.motion.notClosed");
    }
    document = tallyDocument;
    outcome = outcomeJson;
    result = resultCode;
  }

  /**
   * @throws AssemblyException {@code assembly.motion.notOpen} unless OPEN
   */
  public void requireOpen() {
    if (state != MotionState.OPEN) {
      throw new AssemblyException(null, "assembly.motion.notOpen");
    }
  }

  private void requirePending() {
    if (state != MotionState.PENDING) {
      throw new AssemblyException(null, "assembly.motion.notPending");
    }
  }

  public Long getId() {
    return id;
  }

  public Long getAssemblyId() {
    return assemblyId;
  }

  public int getPosition() {
    return position;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public String getRules() {
    return rules;
  }

  public boolean isSecret() {
    return secret;
  }

  public boolean isChangeable() {
    return changeable;
  }

  public MotionState getState() {
    return state;
  }

  public int getCallNumber() {
    return callNumber;
  }

  public String getBallotKey() {
    return ballotKey;
  }

  public OffsetDateTime getOpenedAt() {
    return openedAt;
  }

  public OffsetDateTime getClosedAt() {
    return closedAt;
  }

  public String getResult() {
    return result;
  }

  public String getDocument() {
    return document;
  }

  public String getOutcome() {
    return outcome;
  }
}
