package coop.spokes.identity.service;

import coop.spokes.audit.service.AuditService;
import coop.spokes.identity.infra.AccountRepository;
import coop.spokes.identity.infra.PasswordHasher;
import coop.spokes.identity.infra.Passwords;
import coop.spokes.identity.model.IdentityException;
import coop.spokes.identity.model.UserAccount;
import coop.spokes.platform.NotFoundException;
import coop.spokes.platform.persistence.PageRequest;
import coop.spokes.platform.persistence.PageResult;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Grant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

/** Opening, listing and changing accounts. */
@ApplicationScoped
@Transactional
public class AccountService {
  static final String STREAM = "identity";

  @Inject Access access;
  @Inject AccountRepository accounts;
  @Inject PasswordHasher hasher;
  @Inject Passwords passwords;
  @Inject PasswordResetService resets;
  @Inject AuditService audit;
  @Inject Clock clock;
  @Inject CurrentCaller caller;

  /**
   * Opens an account without a password and mails its owner a link to set one, in one transaction.
   * Requires ADMIN.
   *
   * @throws IdentityException {@code identity.account.email.invalid}, {@code
   *     identity.account.email.taken}, and the field rules of {@link UserAccount}
   */
  public AccountSummary open(NewAccount request) {
    access.requireAny(Grant.admin());
    UserAccount account = openAccount(request);
    resets.sendSetPasswordLink(account.getId());
    return summary(account);
  }

  /**
   * For another context's use case that has checked access (e.g. approving a membership
   * application): the account with this e-mail address, opened (without a password) if there is
   * none. Internal: only services call it (ArchitectureTest).
   */
  public OpenedAccount openOrFindInternal(NewAccount request) {
    access.permitInternal();
    var existing = accounts.findByEmail(request.email() == null ? "" : request.email());
    if (existing.isPresent()) {
      return new OpenedAccount(summary(existing.get()), false);
    }
    return new OpenedAccount(summary(openAccount(request)), true);
  }

  /** The id of the account with this e-mail address. Internal: only services call it. */
  public java.util.Optional<Long> findIdInternal(String email) {
    access.permitInternal();
    return accounts.findByEmail(email == null ? "" : email).map(UserAccount::getId);
  }

  /**
   * The signed-in caller's account as read once for this request (no query of its own), for mail to
   * the caller; empty for a visitor. Internal: only services call it.
   */
  public java.util.Optional<AccountSummary> callerInternal() {
    access.permitInternal();
    return caller.summary();
  }

  /** An account by id, for other contexts' mail and names. Internal: only services call it. */
  public java.util.Optional<AccountSummary> findInternal(long accountId) {
    access.permitInternal();
    return accounts.find(accountId).map(AccountService::summary);
  }

  /**
   * The display names of the given accounts, by id, in one query (a page of a list; absent: no such
   * account). Internal: only services call it.
   */
  public java.util.Map<Long, String> displayNamesInternal(java.util.Collection<Long> accountIds) {
    access.permitInternal();
    return accounts.displayNames(accountIds);
  }

  /**
   * The accounts with the given ids, by id, in one query (absent: no such account). Internal: only
   * services call it.
   */
  public java.util.Map<Long, AccountSummary> summariesInternal(java.util.Collection<Long> ids) {
    access.permitInternal();
    java.util.Map<Long, AccountSummary> found = new java.util.HashMap<>();
    accounts.findAll(ids).forEach(a -> found.put(a.getId(), summary(a)));
    return found;
  }

  /**
   * Serialises one person's writes in another context: holds a lock on the account until the
   * caller's transaction ends, so a second request of the same person that calls this waits for the
   * first to commit and then sees what it wrote (a check-then-insert such as "no overlapping time
   * entry" cannot race). Take it before reading what the rule checks. Internal: only services call
   * it.
   *
   * @throws NotFoundException when there is no such account
   */
  public void lockInternal(long accountId) {
    access.permitInternal();
    if (!accounts.lock(accountId)) {
      throw new NotFoundException("account", accountId);
    }
  }

  /** Whether an account uses this e-mail address. Internal: only services call it. */
  public boolean existsInternal(String email) {
    access.permitInternal();
    return accounts.findByEmail(email == null ? "" : email).isPresent();
  }

  /** A page of accounts matching {@code text} in e-mail or name. Requires ADMIN. */
  public PageResult<AccountSummary> page(String text, PageRequest page) {
    access.requireAny(Grant.admin());
    PageResult<UserAccount> result = accounts.page(text, page);
    return new PageResult<>(
        result.items().stream().map(AccountService::summary).toList(), result.total());
  }

  /** One account. Requires ADMIN. */
  public AccountSummary get(long accountId) {
    access.requireAny(Grant.admin());
    return summary(
        accounts.find(accountId).orElseThrow(() -> new NotFoundException("account", accountId)));
  }

  /** The signed-in user's own account. Requires a signed-in user. */
  public AccountSummary mine() {
    long self = access.requireUserId();
    return summary(accounts.find(self).orElseThrow(() -> new NotFoundException("account", self)));
  }

  /** The account with this sign-in e-mail address. Requires ADMIN. */
  public java.util.Optional<AccountSummary> findByEmail(String email) {
    access.requireAny(Grant.admin());
    return accounts.findByEmail(email == null ? "" : email).map(AccountService::summary);
  }

  /**
   * The signed-in user's home custodian (whose theme they see), if any. Requires a signed-in user.
   */
  public java.util.Optional<Long> myHomeCustodian() {
    long self = access.requireUserId();
    return accounts.find(self).map(UserAccount::getHomeCustodianId);
  }

  /** Changes the signed-in user's name, language and time zone. Requires a signed-in user. */
  public AccountSummary updateProfile(String displayName, String language, String timeZone) {
    long self = access.requireUserId();
    UserAccount account =
        accounts.find(self).orElseThrow(() -> new NotFoundException("account", self));
    account.rename(displayName);
    account.changeLanguage(language);
    account.changeTimeZone(timeZone);
    return summary(account);
  }

  /**
   * Changes the signed-in user's password after checking the current one. The account's other
   * sessions end at their next request; the calling session stays signed in once it records the
   * returned credentials stamp ({@link SessionStamp}). Requires a signed-in user.
   *
   * @return the account's new credentials stamp
   * @throws IdentityException {@code identity.password.currentWrong} at field {@code current}, or
   *     the password policy keys at field {@code password}
   */
  public SessionStamp.Value changePassword(String current, String newPassword) {
    long self = access.requireUserId();
    UserAccount account =
        accounts.find(self).orElseThrow(() -> new NotFoundException("account", self));
    if (!hasher.verify(current == null ? "" : current, account.getPasswordHash())) {
      throw new IdentityException("current", "identity.password.currentWrong");
    }
    passwords.set(account, newPassword);
    audit.record(STREAM, "password.changed", "account", self, Map.of(), null);
    return new SessionStamp.Value(self, account.getCredentialsStamp());
  }

  /**
   * Enables or disables an account. A disabled account's sessions end at their next request.
   * Requires ADMIN; an admin cannot disable themself.
   */
  public void setEnabled(long accountId, boolean enabled) {
    access.requireAny(Grant.admin());
    UserAccount account =
        accounts.find(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
    if (!enabled && access.userId().filter(id -> id == accountId).isPresent()) {
      throw new IdentityException(null, "identity.account.cannotDisableSelf");
    }
    if (enabled) {
      account.enable();
    } else {
      account.disable();
    }
    audit.record(
        STREAM,
        enabled ? "account.enabled" : "account.disabled",
        "account",
        accountId,
        Map.of(),
        null);
  }

  private UserAccount openAccount(NewAccount request) {
    String email = UserAccount.normalizeEmail(request.email());
    if (!coop.spokes.platform.EmailAddresses.isPlausible(email)) {
      throw new IdentityException("email", "identity.account.email.invalid");
    }
    if (accounts.findByEmail(email).isPresent()) {
      throw new IdentityException("email", "identity.account.email.taken");
    }
    UserAccount account =
        new UserAccount(
            email,
            request.displayName(),
            request.language(),
            request.timeZone(),
            OffsetDateTime.now(clock));
    account.moveToCustodian(request.homeCustodianId());
    accounts.save(account);
    audit.record(STREAM, "account.opened", "account", account.getId(), Map.of(), null);
    return account;
  }

  static AccountSummary summary(UserAccount a) {
    return new AccountSummary(
        a.getId(),
        a.getEmail(),
        a.getDisplayName(),
        a.getLanguage(),
        a.getTimeZone(),
        a.getHomeCustodianId(),
        a.isEnabled(),
        a.getCreatedAt());
  }
}
