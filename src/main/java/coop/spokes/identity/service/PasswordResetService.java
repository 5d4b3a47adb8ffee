package coop.spokes.identity.service;

import coop.spokes.audit.service.AuditService;
import coop.spokes.identity.infra.AccountRepository;
import coop.spokes.identity.infra.PasswordLinks;
import coop.spokes.identity.infra.Passwords;
import coop.spokes.identity.model.IdentityException;
import coop.spokes.identity.model.PasswordResetToken;
import coop.spokes.identity.model.UserAccount;
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
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Password reset by e-mailed single-use link. Asking never reveals whether an account exists: the
 * page says the same either way, and only an existing, enabled account gets a mail. A link works
 * once, for {@code spokes.identity.reset.token-minutes} (an hour). The token itself is minted only
 * when the outbox sends the mail ({@link PasswordLinks}), so the database never holds it.
 *
 * <p>Requests are limited per client address ({@code reset.max-per-address-per-hour}, refused with
 * a message, whatever the address typed) and per address typed ({@code
 * reset.max-per-account-per-hour} links sent, further requests silently send nothing), so the form
 * can flood neither a mailbox nor the outbox. Asking for a reset link never spends other links (a
 * welcome or invitation link, or an earlier reset link): a stranger who asks for a reset cannot
 * break the link a new member is about to use. Setting the password spends them all.
 */
@ApplicationScoped
@Transactional
public class PasswordResetService {
  @Inject Access access;
  @Inject AccountRepository accounts;
  @Inject Passwords passwords;
  @Inject PasswordLinks passwordLinks;
  @Inject RateLimiter limits;
  @Inject Secrets secrets;
  @Inject MailService mail;
  @Inject AuditService audit;
  @Inject Clock clock;
  @PersistenceContext EntityManager em;

  /** Reset requests from one client address (maximum configured). */
  static final RateLimit PER_ADDRESS = new RateLimit("reset-address", 10, Duration.ofHours(1));

  /** Reset links sent for one login name (maximum configured). */
  static final RateLimit PER_ACCOUNT = new RateLimit("reset-account", 3, Duration.ofHours(1));

  @Inject
  @ConfigProperty(name = "spokes.identity.reset.token-minutes", defaultValue = "60")
  int tokenMinutes;

  @Inject
  @ConfigProperty(name = "spokes.identity.reset.max-per-address-per-hour", defaultValue = "10")
  int maxPerAddress;

  @Inject
  @ConfigProperty(name = "spokes.identity.reset.max-per-account-per-hour", defaultValue = "3")
  int maxPerAccount;

  /**
   * Sends a reset link to {@code email} if it belongs to an enabled account and the limits allow.
   * Open to visitors.
   *
   * @throws IdentityException {@code identity.forgot.tooMany} when {@code clientAddress} has asked
   *     too often in the last hour (said whether or not the address has an account)
   */
  public void requestReset(String email, String clientAddress) {
    access.permitPublic();
    OffsetDateTime now = now();
    if (!limits.acquire(PER_ADDRESS.withMax(maxPerAddress), clientAddress, now)) {
      throw new IdentityException(null, "identity.forgot.tooMany");
    }
    String name = UserAccount.normalizeEmail(email == null ? "" : email);
    RateLimit perAccount = PER_ACCOUNT.withMax(maxPerAccount);
    if (!limits.allows(perAccount, name, now)) {
      return;
    }
    Optional<UserAccount> account = accounts.findByEmail(name).filter(UserAccount::isEnabled);
    if (account.isPresent()) {
      limits.record(perAccount, name, now);
      issue(account.get(), "passwordReset", false);
    }
  }

  /**
   * Sends the account's owner a link to set their password (e.g. after an admin opened the
   * account). Requires ADMIN.
   */
  public void sendSetPasswordLink(long accountId) {
    access.requireAny(coop.spokes.platform.security.Grant.admin());
    UserAccount account =
        accounts
            .find(accountId)
            .orElseThrow(() -> new coop.spokes.platform.NotFoundException("account", accountId));
    issue(account, "setPassword", true);
  }

  /**
   * A new single-use link for the account's owner to set a password, valid for {@code validity},
   * for another context's mail (e.g. the welcome mail of a new member): pass it to {@code
   * MailService.queue} as an argument, and the outbox mints it when it sends the mail. Older links
   * stop working. Internal: only services call it (ArchitectureTest).
   */
  public SecretLink setPasswordLinkInternal(long accountId, Duration validity) {
    access.permitInternal();
    UserAccount account =
        accounts
            .find(accountId)
            .orElseThrow(() -> new coop.spokes.platform.NotFoundException("account", accountId));
    return newLink(account, validity);
  }

  /**
   * A new single-use link for the account's owner to set a password, valid for {@code validity},
   * for a page that sends its visitor there at once (e.g. an invitation accepted by someone who had
   * no account): the link is returned, never stored nor mailed, and the database keeps only the
   * keyed hash of its secret. Older links stop working. Internal: only services call it.
   */
  public String setPasswordLinkNowInternal(long accountId, Duration validity) {
    access.permitInternal();
    SecretLink link = setPasswordLinkInternal(accountId, validity);
    return passwordLinks
        .mint(link.reference())
        .orElseThrow(() -> new IllegalStateException("a new link is always usable"));
  }

  /** Whether {@code token} is a usable reset token. Open to visitors. */
  public boolean isUsable(String token) {
    access.permitPublic();
    return find(token).filter(t -> t.isUsable(now())).isPresent();
  }

  /**
   * Sets a new password with a reset token, spending it. Open to visitors (the token is the proof).
   *
   * @throws IdentityException {@code identity.reset.tokenInvalid}, or the password policy keys at
   *     field {@code password}
   */
  public void resetPassword(String token, String newPassword) {
    access.permitPublic();
    PasswordResetToken t =
        find(token)
            .filter(x -> x.isUsable(now()))
            .orElseThrow(() -> new IdentityException(null, "identity.reset.tokenInvalid"));
    em.lock(t, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(t);
    UserAccount account =
        accounts
            .find(t.getUserId())
            .filter(UserAccount::isEnabled)
            .orElseThrow(() -> new IdentityException(null, "identity.reset.tokenInvalid"));
    passwords.set(account, newPassword);
    t.use(now());
    spendOpenLinks(account.getId(), now());
    audit.record(
        AccountService.STREAM, "password.reset", "account", account.getId(), Map.of(), null);
  }

  /**
   * Issues a new token for the account, spending older ones when {@code spendOlder}, and mails it
   * with {@code template}.
   */
  private void issue(UserAccount account, String template, boolean spendOlder) {
    OffsetDateTime now = now();
    if (spendOlder) {
      spendOpenLinks(account.getId(), now);
    }
    SecretLink link = newToken(account, now, Duration.ofMinutes(tokenMinutes));
    mail.queue(
        account.getEmail(),
        account.getLanguage(),
        template,
        account.getDisplayName(),
        link,
        tokenMinutes);
    audit.record(
        AccountService.STREAM,
        "password.reset-requested",
        "account",
        account.getId(),
        Map.of(),
        null);
  }

  /** A new token valid for {@code validity} (older ones spent), as the link that uses it. */
  private SecretLink newLink(UserAccount account, Duration validity) {
    OffsetDateTime now = now();
    em.createNamedQuery("PasswordResetToken.openOfUser", PasswordResetToken.class)
        .setParameter("userId", account.getId())
        .getResultList()
        .forEach(old -> old.revoke(now));
    return newToken(account, now, validity);
  }

  /**
   * A new token row for the account, as the reference the outbox mints its link from. The row's
   * first secret is random and known to nobody: the mailed one replaces it when the mail is sent.
   */
  private SecretLink newToken(UserAccount account, OffsetDateTime now, Duration validity) {
    PasswordResetToken token =
        new PasswordResetToken(account.getId(), hash(Secrets.newToken()), now, validity);
    em.persist(token);
    em.flush();
    return new SecretLink(PasswordLinks.NAME, token.getId());
  }

  private void spendOpenLinks(long userId, OffsetDateTime now) {
    em.createNamedQuery("PasswordResetToken.openOfUser", PasswordResetToken.class)
        .setParameter("userId", userId)
        .getResultList()
        .forEach(old -> old.revoke(now));
  }

  private Optional<PasswordResetToken> find(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    return em.createNamedQuery("PasswordResetToken.byHash", PasswordResetToken.class)
        .setParameter("hash", hash(token))
        .getResultStream()
        .findFirst();
  }

  private String hash(String token) {
    return secrets.hmac(PasswordResetToken.SECRET_PURPOSE, token);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
