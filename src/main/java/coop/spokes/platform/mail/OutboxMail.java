package coop.spokes.platform.mail;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A message waiting in the outbox. It is written in the same transaction as the change that causes
 * it and sent after commit, so a rolled-back change sends nothing and an SMTP outage never blocks
 * the user: a failed send is retried with exponential backoff until {@code maxAttempts}.
 *
 * <p>It never holds a usable secret, sent or not: a single-use link is kept as a {@link SecretLink}
 * reference ({@code link_provider}, {@code link_reference}) and its place in the bodies as the
 * {@link MailTemplates#SECRET_LINK} mark; the link is minted only when the message is sent. It may
 * carry attachments ({@code platform_mail_attachment}).
 */
@Entity
@Table(name = "platform_mail_outbox")
@NamedQuery(
    name = "OutboxMail.due",
    query =
        "select m.id from OutboxMail m where m.sentAt is null and m.failedAt is null"
            + " and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id")
public class OutboxMail {
  static final Duration FIRST_RETRY = Duration.ofMinutes(1);
  static final Duration LONGEST_RETRY = Duration.ofHours(6);

  @Id
  @SequenceGenerator(
      name = "platform_mail_outbox_seq",
      sequenceName = "platform_mail_outbox_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "platform_mail_outbox_seq")
  private Long id;

  @Column(name = "recipient", nullable = false, length = 320)
  private String recipient;

  @Column(name = "language", nullable = false, length = 8)
  private String language;

  @Column(name = "template", nullable = false, length = 100)
  private String template;

  @Column(name = "subject", nullable = false, length = 400)
  private String subject;

  @Column(name = "body_text", nullable = false, length = 20000)
  private String bodyText;

  @Column(name = "body_html", nullable = false, length = 40000)
  private String bodyHtml;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  /** When to try next; null once sent or given up (the due index then leaves the message out). */
  @Column(name = "next_attempt_at")
  private OffsetDateTime nextAttemptAt;

  @Column(name = "claimed_until")
  private OffsetDateTime claimedUntil;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "sent_at")
  private OffsetDateTime sentAt;

  @Column(name = "failed_at")
  private OffsetDateTime failedAt;

  @Column(name = "last_error", length = 1000)
  private String lastError;

  @Column(name = "link_provider", length = 100)
  private String linkProvider;

  @Column(name = "link_reference")
  private Long linkReference;

  /** The {@link MailSealProvider} that opens the bodies of a sealed message; null otherwise. */
  @Column(name = "sealed_by", length = 100)
  private String sealedBy;

  @Column(name = "sealed_reference")
  private Long sealedReference;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "platform_mail_attachment", joinColumns = @JoinColumn(name = "outbox_id"))
  @OrderColumn(name = "attachment_index")
  private List<MailAttachment> attachments = new ArrayList<>();

  protected OutboxMail() {}

  OutboxMail(
      String recipient, String language, String template, RenderedMail mail, OffsetDateTime now) {
    this(recipient, language, template, mail, null, List.of(), now);
  }

  /**
   * A message of {@code mail}, whose bodies hold the {@link MailTemplates#SECRET_LINK} mark exactly
   * where {@code link} (if any) goes.
   */
  OutboxMail(
      String recipient,
      String language,
      String template,
      RenderedMail mail,
      SecretLink link,
      List<MailAttachment> attachments,
      OffsetDateTime now) {
    this.recipient = recipient;
    this.language = language;
    this.template = template;
    this.subject = mail.subject();
    this.bodyText = mail.text();
    this.bodyHtml = mail.html();
    this.linkProvider = link == null ? null : link.provider();
    this.linkReference = link == null ? null : link.reference();
    this.attachments.addAll(attachments);
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  /**
   * A message whose bodies are sealed by {@code seal} (the subject is not: it must hold nothing to
   * hide), opened only when it is sent and cleared once it is.
   */
  OutboxMail(
      String recipient,
      String language,
      String template,
      RenderedMail mail,
      MailSeal seal,
      OffsetDateTime now) {
    this(
        recipient,
        language,
        template,
        new RenderedMail(
            mail.subject(), seal.seal().apply(mail.text()), seal.seal().apply(mail.html())),
        null,
        List.of(),
        now);
    this.sealedBy = seal.provider();
    this.sealedReference = seal.reference();
  }

  /** What replaces the bodies of a sealed message once it is sent or given up. */
  static final String CLEARED = "(cleared: this message was sealed)";

  /** Empties the bodies of a sealed message (sent or given up: nobody needs them any more). */
  void clearSealed() {
    if (sealedBy != null) {
      bodyText = CLEARED;
      bodyHtml = CLEARED;
    }
  }

  /** On a detached copy about to be sent: the opened bodies of a sealed message. */
  void opened(String text, String html) {
    bodyText = text;
    bodyHtml = html;
  }

  /** The provider and reference of a sealed message, if it is one. */
  public Optional<MailSeal> getSeal() {
    return sealedBy == null
        ? Optional.empty()
        : Optional.of(new MailSeal(sealedBy, sealedReference, null));
  }

  /** Takes this message for sending until {@code until}, unless another sender holds it. */
  boolean claim(OffsetDateTime now, OffsetDateTime until) {
    if (sentAt != null || failedAt != null || (claimedUntil != null && claimedUntil.isAfter(now))) {
      return false;
    }
    claimedUntil = until;
    return true;
  }

  void sent(OffsetDateTime now) {
    clearSealed();
    sentAt = now;
    nextAttemptAt = null;
    claimedUntil = null;
    attempts++;
  }

  /**
   * Gives up without sending: the single-use link it was to carry was spent, revoked or expired
   * before it could be sent (e.g. a newer reset link replaced it).
   */
  void withdrawn(OffsetDateTime now, String reason) {
    clearSealed();
    claimedUntil = null;
    nextAttemptAt = null;
    failedAt = now;
    lastError = reason;
  }

  /** Records a failed attempt: retry later with a doubled delay, or give up after the last one. */
  void attemptFailed(OffsetDateTime now, String error, int maxAttempts) {
    attemptFailed(now, error, maxAttempts, FIRST_RETRY);
  }

  /** As above, with the first retry after {@code firstRetry} (configurable for tests). */
  void attemptFailed(OffsetDateTime now, String error, int maxAttempts, Duration firstRetry) {
    attempts++;
    claimedUntil = null;
    lastError = error == null ? "" : error.substring(0, Math.min(error.length(), 1000));
    if (attempts >= maxAttempts) {
      clearSealed();
      failedAt = now;
      nextAttemptAt = null;
    } else {
      nextAttemptAt = now.plus(backoff(attempts, firstRetry));
    }
  }

  /** 1, 2, 4, 8 ... minutes, at most six hours. */
  static Duration backoff(int attemptsSoFar) {
    return backoff(attemptsSoFar, FIRST_RETRY);
  }

  static Duration backoff(int attemptsSoFar, Duration first) {
    Duration d = first.multipliedBy(1L << Math.min(attemptsSoFar - 1, 20));
    return d.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : d;
  }

  public Long getId() {
    return id;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getBodyText() {
    return bodyText;
  }

  public String getBodyHtml() {
    return bodyHtml;
  }

  /** The single-use link to mint when sending, if the message carries one. */
  public Optional<SecretLink> getSecretLink() {
    return linkProvider == null
        ? Optional.empty()
        : Optional.of(new SecretLink(linkProvider, linkReference));
  }

  public List<MailAttachment> getAttachments() {
    return List.copyOf(attachments);
  }

  public String getLastError() {
    return lastError;
  }

  public int getAttempts() {
    return attempts;
  }

  public OffsetDateTime getSentAt() {
    return sentAt;
  }

  public OffsetDateTime getFailedAt() {
    return failedAt;
  }

  public OffsetDateTime getNextAttemptAt() {
    return nextAttemptAt;
  }
}
