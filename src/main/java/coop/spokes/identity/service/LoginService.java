package coop.spokes.identity.service;

import coop.spokes.audit.service.AuditService;
import coop.spokes.identity.infra.AccountRepository;
import coop.spokes.identity.infra.PasswordHasher;
import coop.spokes.identity.infra.SecondFactors;
import coop.spokes.identity.model.HashingBusyException;
import coop.spokes.identity.model.LoginBackoff;
import coop.spokes.identity.model.RoleGrant;
import coop.spokes.identity.model.SecondFactor;
import coop.spokes.identity.model.UserAccount;
import coop.spokes.platform.ratelimit.RateLimit;
import coop.spokes.platform.ratelimit.RateLimiter;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Role;
import coop.spokes.platform.security.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks sign-in attempts, with throttling that a stranger cannot turn against an account's owner:
 *
 * <ul>
 *   <li>per login name <em>and</em> client address: after {@code throttle.free-failures} failures
 *       of that pair, each further attempt from there waits a growing delay ({@link LoginBackoff}:
 *       doubling from {@code first-delay-seconds} up to {@code max-delay-minutes}); the owner
 *       signing in from another address is not delayed at all;
 *   <li>per client address: after {@code ip-max-failures} failures from one address within {@code
 *       window-minutes}, whatever the login names, attempts from there are refused until the window
 *       moves on.
 * </ul>
 *
 * A throttled attempt is refused before any password is hashed and is not audited (the failures
 * that led to it are). Unknown accounts take as long as known ones. Failed attempts are audited
 * with the account's id when the name matches an account, else with a keyed hash of the name typed
 * (never the text itself, which may be a mistyped password), and the client address. When the
 * account has a second factor on, a right password only starts the sign-in: {@link
 * SignInCodeService} finishes it.
 */
@ApplicationScoped
public class LoginService {
  static final String STREAM = "auth";

  @Inject Access access;
  @Inject AccountRepository accounts;
  @Inject RateLimiter limits;
  @Inject PasswordHasher hasher;
  @Inject Secrets secrets;
  @Inject AuditService audit;
  @Inject Clock clock;
  @Inject SecondFactors secondFactors;

  @Inject
  @ConfigProperty(name = "spokes.identity.throttle.window-minutes", defaultValue = "15")
  int windowMinutes;

  @Inject
  @ConfigProperty(name = "spokes.identity.throttle.ip-max-failures", defaultValue = "20")
  int addressMax;

  @Inject
  @ConfigProperty(name = "spokes.identity.throttle.free-failures", defaultValue = "5")
  int freeFailures;

  @Inject
  @ConfigProperty(name = "spokes.identity.throttle.first-delay-seconds", defaultValue = "60")
  int firstDelaySeconds;

  @Inject
  @ConfigProperty(name = "spokes.identity.throttle.max-delay-minutes", defaultValue = "15")
  int maxDelayMinutes;

  @Inject
  @ConfigProperty(name = "spokes.identity.throttle.memory-hours", defaultValue = "24")
  int memoryHours;

  /**
   * Checks {@code password} for {@code loginName} coming from {@code address}. Open to visitors.
   * Never says whether the account exists: unknown, disabled and wrong-password attempts fail
   * alike. When every hashing permit is taken the result is {@code busy} and nothing is counted.
   */
  @Transactional
  public LoginResult signIn(String loginName, String password, String address) {
    access.permitPublic();
    OffsetDateTime now = OffsetDateTime.now(clock);
    String name = loginName == null ? "" : UserAccount.normalizeEmail(loginName);
    String pair = name + "\n" + address;
    if (isThrottled(pair, address, now)) {
      return LoginResult.failed(true);
    }
    Optional<UserAccount> found = accounts.findByEmail(name).filter(UserAccount::isEnabled);
    boolean valid;
    try {
      valid =
          found.isPresent()
              ? hasher.verify(password, found.get().getPasswordHash())
              : decoy(password);
    } catch (HashingBusyException e) {
      return LoginResult.tooBusy();
    }
    if (!valid) {
      limits.record(pairLimit(), pair, now);
      limits.record(addressLimit(), address, now);
      auditFailure(found, name, address);
      return LoginResult.failed(isThrottled(pair, address, now));
    }
    UserAccount account = found.get();
    upgradeHash(account, password);
    limits.forget(pairLimit(), pair);
    if (secondFactors.find(account.getId()).filter(SecondFactor::isEnabled).isPresent()) {
      // Second step (SignInCodeService): no roles until the code is accepted.
      return LoginResult.awaitingCode(
          new SessionStamp.Value(account.getId(), account.getCredentialsStamp()));
    }
    audit.recordAs(
        account.getId(), STREAM, "login.succeeded", "account", account.getId(), Map.of(), null);
    return LoginResult.succeeded(
        account.getEmail(),
        groupsOf(account),
        new SessionStamp.Value(account.getId(), account.getCredentialsStamp()));
  }

  private boolean isThrottled(String pair, String address, OffsetDateTime now) {
    RateLimiter.Tally failures = limits.tally(pairLimit(), pair, now);
    return backoff().mustWait(failures.count(), failures.last(), now)
        || !limits.allows(addressLimit(), address, now);
  }

  /**
   * Failures of one (login name, client address) pair, remembered for {@code memory-hours} (at
   * least the address window, at most {@link RateLimit#LONGEST}); {@link LoginBackoff} turns their
   * count into a delay.
   */
  private RateLimit pairLimit() {
    Duration memory = Duration.ofMinutes(Math.max(memoryHours * 60L, windowMinutes));
    return new RateLimit("login-pair", Math.max(1, freeFailures), min(memory, RateLimit.LONGEST));
  }

  /** Failures from one client address, whatever the login names. */
  private RateLimit addressLimit() {
    return new RateLimit(
        "login-address", addressMax, min(Duration.ofMinutes(windowMinutes), RateLimit.LONGEST));
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  LoginBackoff backoff() {
    return new LoginBackoff(
        freeFailures, Duration.ofSeconds(firstDelaySeconds), Duration.ofMinutes(maxDelayMinutes));
  }

  /** A hash with older parameters is replaced, unless the hashing permits are all taken now. */
  private void upgradeHash(UserAccount account, String password) {
    if (hasher.needsUpgrade(account.getPasswordHash())) {
      try {
        account.upgradePasswordHash(hasher.hash(password));
      } catch (HashingBusyException e) {
        // the next sign-in upgrades it
      }
    }
  }

  private void auditFailure(Optional<UserAccount> found, String name, String address) {
    String note = "address=" + address;
    if (found.isPresent()) {
      audit.recordAs(null, STREAM, "login.failed", "account", found.get().getId(), Map.of(), note);
    } else {
      String nameKey = secrets.hmac("audit-login-name", name).substring(0, 16);
      audit.recordAs(
          null, STREAM, "login.failed", null, null, Map.of(), note + " name-key=" + nameKey);
    }
  }

  private boolean decoy(String password) {
    hasher.verifyDecoy(password);
    return false;
  }

  /** The container groups of {@code account}: USER and the roles of its grants. */
  Set<String> groupsOf(UserAccount account) {
    Set<String> groups = new HashSet<>();
    groups.add(Role.SIGNED_IN);
    for (RoleGrant g : accounts.grantsOf(account.getId())) {
      groups.add(g.getRole().name());
    }
    return groups;
  }
}
