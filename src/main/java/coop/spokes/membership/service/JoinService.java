package coop.spokes.membership.service;

import coop.spokes.audit.service.AuditService;
import coop.spokes.custodian.service.CustodianService;
import coop.spokes.custodian.service.CustodianSummary;
import coop.spokes.identity.service.AccountService;
import coop.spokes.membership.infra.ApplicationRepository;
import coop.spokes.membership.infra.VerificationLinks;
import coop.spokes.membership.model.ApplicationDetails;
import coop.spokes.membership.model.MembershipApplication;
import coop.spokes.membership.model.MembershipException;
import coop.spokes.platform.mail.MailLink;
import coop.spokes.platform.mail.MailService;
import coop.spokes.platform.mail.SecretLink;
import coop.spokes.platform.ratelimit.RateLimit;
import coop.spokes.platform.ratelimit.RateLimiter;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public join form and e-mail verification. Never says whether an address is known: the page
 * answers the same, and the mail says "you already have an account" instead of sending a link.
 * Submissions and re-sends are limited per client address; a filled-in honeypot field is accepted
 * silently and dropped. The verification link's secret is minted only when the outbox sends the
 * mail ({@link VerificationLinks}); until then the application holds the hash of a secret nobody
 * knows.
 */
@ApplicationScoped
@Transactional
public class JoinService {
  static final String STREAM = "membership";

  /** Applications submitted from one client address (maximum configured). */
  static final RateLimit SUBMITS = new RateLimit("join-submit", 5, Duration.ofHours(1));

  /** Verification links re-sent to one address. */
  static final RateLimit RESENDS_TO = new RateLimit("join-resend-email", 3, Duration.ofDays(1));

  /** Verification links re-sent at the request of one client address (maximum configured). */
  static final RateLimit RESENDS_FROM =
      new RateLimit("join-resend-address", 5, Duration.ofHours(1));

  @Inject Access access;
  @Inject ApplicationRepository applications;
  @Inject RateLimiter limits;
  @Inject CustodianService custodians;
  @Inject AccountService accounts;
  @Inject MailService mail;
  @Inject AuditService audit;
  @Inject Secrets secrets;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "spokes.base.url")
  String baseUrl;

  @Inject
  @ConfigProperty(name = "spokes.membership.join.max-per-hour", defaultValue = "5")
  int maxPerHour;

  /**
   * Takes an application for {@code custodianId} from a visitor at {@code address}, who accepted
   * that custodian's current terms. Open to visitors.
   *
   * @param honeypot the hidden field people never fill in; when filled, nothing is stored
   * @throws MembershipException {@code membership.join.tooMany}, {@code
   *     membership.join.terms.required} at field {@code terms}, {@code
   *     membership.join.custodian.invalid} at field {@code custodian}, and the field rules of
   *     {@link ApplicationDetails}
   */
  public void submit(
      long custodianId,
      ApplicationDetails details,
      boolean termsAccepted,
      String honeypot,
      String address) {
    access.permitPublic();
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (!limits.acquire(SUBMITS.withMax(maxPerHour), address, now)) {
      throw new MembershipException(null, "membership.join.tooMany");
    }
    ApplicationDetails checked = details.checked();
    CustodianSummary custodian =
        custodians
            .findPublic(custodianId)
            .orElseThrow(
                () -> new MembershipException("custodian", "membership.join.custodian.invalid"));
    if (!termsAccepted) {
      throw new MembershipException("terms", "membership.join.terms.required");
    }
    if (honeypot != null && !honeypot.isBlank()) {
      return;
    }
    if (accounts.existsInternal(checked.email())) {
      mail.queue(
          checked.email(),
          checked.language(),
          "membership.alreadyMember",
          checked.personName(),
          new MailLink(baseUrl.replaceAll("/+$", "") + "/identity/forgot-password.xhtml"));
      return;
    }
    MembershipApplication application =
        new MembershipApplication(
            custodian.id(), checked, custodian.termsVersion(), hash(Secrets.newToken()), now);
    applications.save(application);
    sendVerification(application, custodian.name());
    audit.record(
        STREAM,
        "application.submitted",
        "application",
        application.getId(),
        Map.of(
            "custodianId", Long.toString(custodian.id()), "termsVersion", custodian.termsVersion()),
        null);
  }

  /**
   * Opens a verification link: the application goes to the custodian's managers. Open to visitors
   * (the token is the proof).
   *
   * @return whether the link was valid
   */
  public boolean verify(String token) {
    access.permitPublic();
    Optional<MembershipApplication> found =
        token == null || token.isBlank() || token.length() > 100
            ? Optional.empty()
            : applications.findByVerification(hash(token));
    if (found.isEmpty()) {
      return false;
    }
    MembershipApplication application = applications.lock(found.get().getId()).orElseThrow();
    try {
      application.verify(OffsetDateTime.now(clock));
    } catch (MembershipException e) {
      return false;
    }
    audit.record(
        STREAM, "application.verified", "application", application.getId(), Map.of(), null);
    return true;
  }

  /**
   * Sends a new verification link to {@code email} if it has an unverified application; at most
   * three a day per address and per client. Answers the same either way. Open to visitors.
   *
   * @throws MembershipException {@code membership.join.tooMany} when re-sent too often
   */
  public void resendVerification(String email, String address) {
    access.permitPublic();
    OffsetDateTime now = OffsetDateTime.now(clock);
    String normalized = coop.spokes.platform.EmailAddresses.normalize(email);
    RateLimit from = RESENDS_FROM.withMax(maxPerHour);
    if (!limits.allows(RESENDS_TO, normalized, now) || !limits.allows(from, address, now)) {
      throw new MembershipException(null, "membership.join.tooMany");
    }
    limits.record(RESENDS_TO, normalized, now);
    limits.record(from, address, now);
    Optional<MembershipApplication> found =
        normalized == null ? Optional.empty() : applications.findUnverified(normalized);
    if (found.isEmpty() || found.get().isStale(now)) {
      return;
    }
    MembershipApplication application = applications.lock(found.get().getId()).orElseThrow();
    application.renewVerification(hash(Secrets.newToken()), now);
    sendVerification(
        application,
        custodians.findPublic(application.getCustodianId()).map(CustodianSummary::name).orElse(""));
  }

  /**
   * Expires applications left unverified for 14 days (run by a timer). Internal: no caller but the
   * timer.
   *
   * @return how many expired
   */
  public int expireStaleInternal() {
    access.permitInternal();
    OffsetDateTime now = OffsetDateTime.now(clock);
    int n = 0;
    for (MembershipApplication a :
        applications.staleUnverified(now.minus(MembershipApplication.UNVERIFIED_LIFETIME), 500)) {
      a.expire(now);
      audit.record(STREAM, "application.expired", "application", a.getId(), Map.of(), null);
      n++;
    }
    return n;
  }

  /** The custodian suggested for someone living in {@code country}. Open to visitors. */
  public Optional<CustodianSummary> suggestedCustodian(String country) {
    access.permitPublic();
    return custodians.suggestFor(country);
  }

  private void sendVerification(MembershipApplication application, String custodianName) {
    mail.queue(
        application.getEmail(),
        application.getLanguage(),
        "membership.verify",
        application.getPersonName(),
        new SecretLink(VerificationLinks.NAME, application.getId()),
        custodianName);
  }

  private String hash(String token) {
    return secrets.hmac(MembershipApplication.SECRET_PURPOSE, token);
  }
}
