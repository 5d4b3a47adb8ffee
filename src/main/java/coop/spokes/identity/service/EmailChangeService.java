package coop.spokes.identity.service;

import coop.spokes.audit.service.AuditService;
import coop.spokes.identity.infra.AccountRepository;
import coop.spokes.identity.infra.EmailChangeLinks;
import coop.spokes.identity.infra.PasswordHasher;
import coop.spokes.identity.model.EmailChange;
import coop.spokes.identity.model.IdentityException;
import coop.spokes.identity.model.UserAccount;
import coop.spokes.platform.EmailAddresses;
import coop.spokes.platform.NotFoundException;
import coop.spokes.platform.mail.MailService;
import coop.spokes.platform.mail.SecretLink;
import coop.spokes.platform.ratelimit.RateLimit;
import coop.spokes.platform.ratelimit.RateLimiter;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * Changing one's sign-in address: asked with the current password, used only after the link sent to
 * the new address is opened; the old address is told about the request. The link's secret is minted
 * only when the outbox sends the mail ({@link EmailChangeLinks}), so the database never holds it.
 */
@ApplicationScoped
@Transactional
public class EmailChangeService {
  /** E-mail change requests one account may make in an hour. */
  static final int MAX_PER_HOUR = 5;

  /** Requests to move one account to another address. */
  static final RateLimit REQUESTS =
      new RateLimit("email-change", MAX_PER_HOUR, Duration.ofHours(1));

  @Inject jakarta.enterprise.event.Event<AccountEmailChanged> emailChanged;
  @Inject Access access;
  @Inject AccountRepository accounts;
  @Inject PasswordHasher hasher;
  @Inject Secrets secrets;
  @Inject RateLimiter limits;
  @Inject MailService mail;
  @Inject AuditService audit;
  @Inject Clock clock;
  @PersistenceContext EntityManager em;

  /**
   * Asks to change the signed-in user's address to {@code newEmail}, confirming with the current
   * password. Requires a signed-in user.
   *
   * <p>An address that already has an account gets a notice instead of a link, and the caller is
   * told the same as for a free one.
   *
   * @throws IdentityException {@code identity.password.currentWrong} at field {@code
   *     emailPassword}, {@code identity.account.email.invalid} at field {@code newEmail}, {@code
   *     identity.email.tooMany} past {@link #MAX_PER_HOUR} requests in an hour
   */
  public void requestChange(String newEmail, String currentPassword) {
    long self = access.requireUserId();
    UserAccount account =
        accounts.find(self).orElseThrow(() -> new NotFoundException("account", self));
    if (!hasher.verify(currentPassword == null ? "" : currentPassword, account.getPasswordHash())) {
      throw new IdentityException("emailPassword", "identity.password.currentWrong");
    }
    String email = EmailAddresses.normalize(newEmail);
    if (!EmailAddresses.isPlausible(email) || email.equals(account.getEmail())) {
      throw new IdentityException("newEmail", "identity.account.email.invalid");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    // Each request mails two addresses: a few an hour, so nobody can flood another's mailbox.
    if (!limits.acquire(REQUESTS, Long.toString(self), now)) {
      throw new IdentityException(null, "identity.email.tooMany", MAX_PER_HOUR);
    }
    var owner = accounts.findByEmail(email);
    if (owner.isPresent()) {
      // The caller is told the same as for a free address (issue #8: nothing says whether an
      // address has an account); the address's owner is told, and nothing changes.
      mail.queue(email, owner.get().getLanguage(), "emailInUse", owner.get().getDisplayName());
      noticeAndAudit(account, email);
      return;
    }
    em.createNamedQuery("EmailChange.openOfUser", EmailChange.class)
        .setParameter("userId", self)
        .getResultList()
        .forEach(c -> c.revoke(now));
    // A first secret known to nobody: the mailed one replaces it when the outbox sends the mail.
    EmailChange change = new EmailChange(self, email, hash(Secrets.newToken()), now);
    em.persist(change);
    em.flush();
    SecretLink link = new SecretLink(EmailChangeLinks.NAME, change.getId());
    mail.queue(email, account.getLanguage(), "emailChange", account.getDisplayName(), link);
    noticeAndAudit(account, email);
  }

  /** Tells the account's current address that a change was asked for, and audits the request. */
  private void noticeAndAudit(UserAccount account, String email) {
    mail.queue(
        account.getEmail(),
        account.getLanguage(),
        "emailChangeNotice",
        account.getDisplayName(),
        email);
    audit.record(
        AccountService.STREAM,
        "email.change-requested",
        "account",
        account.getId(),
        Map.of(),
        null);
  }

  /**
   * Opens the link sent to the new address: from now on the account signs in with it. Open to
   * visitors (the token is the proof).
   *
   * @return whether the link was valid and the address is now in use
   */
  public boolean confirm(String token) {
    access.permitPublic();
    if (token == null || token.isBlank() || token.length() > 100) {
      return false;
    }
    var found =
        em.createNamedQuery("EmailChange.byHash", EmailChange.class)
            .setParameter("hash", hash(token))
            .getResultStream()
            .findFirst();
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (found.isEmpty() || !found.get().isUsable(now)) {
      return false;
    }
    EmailChange change = found.get();
    em.lock(change, LockModeType.PESSIMISTIC_WRITE);
    if (accounts.findByEmail(change.getNewEmail()).isPresent()) {
      change.revoke(now);
      return false;
    }
    UserAccount account =
        em.find(UserAccount.class, change.getUserId(), LockModeType.PESSIMISTIC_WRITE);
    change.use(now);
    String old = account.getEmail();
    account.changeEmail(change.getNewEmail());
    emailChanged.fire(new AccountEmailChanged(account.getId(), old, account.getEmail()));
    audit.record(
        AccountService.STREAM, "email.changed", "account", account.getId(), Map.of(), null);
    return true;
  }

  private String hash(String token) {
    return secrets.hmac(EmailChange.SECRET_PURPOSE, token);
  }
}
