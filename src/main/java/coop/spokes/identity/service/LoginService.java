package coop.spokes.identity.service;

import coop.spokes.audit.service.AuditService;
import coop.spokes.identity.infra.AccountRepository;
import coop.spokes.identity.infra.LoginFailures;
import coop.spokes.identity.infra.PasswordHasher;
import coop.spokes.identity.infra.SecondFactors;
import coop.spokes.identity.model.LoginFailure;
import coop.spokes.identity.model.RoleGrant;
import coop.spokes.identity.model.SecondFactor;
import coop.spokes.identity.model.UserAccount;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Role;
import coop.spokes.platform.security.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks sign-in attempts, with throttling: after {@code account-max-failures} failures for one
 * login name, or {@code ip-max-failures} from one client address, within {@code window-minutes},
 * further attempts are refused without checking the password, whether or not the account exists.
 * Unknown accounts take as long as known ones, and every attempt is audited. When the account has a
 * second factor on, a right password only starts the sign-in: {@link SignInCodeService} finishes
 * it.
 */
@ApplicationScoped
public class LoginService {
  static final String STREAM = "auth";

  @Inject Access access;
  @Inject AccountRepository accounts;
  @Inject LoginFailures failures;
  @Inject PasswordHasher hasher;
  @Inject Secrets secrets;
  @Inject AuditService audit;
  @Inject Clock clock;
  @Inject SecondFactors secondFactors;

  @Inject
  @ConfigProperty(name = "spokes.identity.throttle.window-minutes", defaultValue = "15")
  int windowMinutes;

  @Inject
  @ConfigProperty(name = "spokes.identity.throttle.account-max-failures", defaultValue = "5")
  int accountMax;

  @Inject
  @ConfigProperty(name = "spokes.identity.throttle.ip-max-failures", defaultValue = "20")
  int addressMax;

  /**
   * Checks {@code password} for {@code loginName} coming from {@code address}. Open to visitors.
   * Never says whether the account exists: unknown, disabled and wrong-password attempts fail
   * alike.
   */
  @Transactional
  public LoginResult signIn(String loginName, String password, String address) {
    access.permitPublic();
    OffsetDateTime now = OffsetDateTime.now(clock);
    String name = loginName == null ? "" : UserAccount.normalizeEmail(loginName);
    String accountKey = secrets.hmac("login-account", name);
    String addressKey = secrets.hmac("login-address", address);
    if (isThrottled(accountKey, addressKey, now)) {
      audit.recordAs(null, STREAM, "login.throttled", null, null, Map.of(), noteFor(name, address));
      return LoginResult.failed(true);
    }
    Optional<UserAccount> found = accounts.findByEmail(name).filter(UserAccount::isEnabled);
    boolean valid =
        found.isPresent()
            ? hasher.verify(password, found.get().getPasswordHash())
            : decoy(password);
    if (!valid) {
      failures.add(LoginFailure.ACCOUNT, accountKey, now);
      failures.add(LoginFailure.ADDRESS, addressKey, now);
      audit.recordAs(null, STREAM, "login.failed", null, null, Map.of(), noteFor(name, address));
      return LoginResult.failed(false);
    }
    UserAccount account = found.get();
    if (hasher.needsUpgrade(account.getPasswordHash())) {
      account.upgradePasswordHash(hasher.hash(password));
    }
    failures.clear(LoginFailure.ACCOUNT, accountKey);
    failures.purgeBefore(now.minusMinutes(windowMinutes));
    if (secondFactors.find(account.getId()).filter(SecondFactor::isEnabled).isPresent()) {
      // Second step (SignInCodeService): no roles until the code is accepted.
      return LoginResult.awaitingCode(account.getId());
    }
    audit.recordAs(
        account.getId(), STREAM, "login.succeeded", "account", account.getId(), Map.of(), null);
    return LoginResult.succeeded(account.getEmail(), groupsOf(account));
  }

  /**
   * Whether attempts for this login name or from this address are refused at the moment. Open to
   * visitors.
   */
  @Transactional
  public boolean isThrottled(String loginName, String address) {
    access.permitPublic();
    String name = loginName == null ? "" : UserAccount.normalizeEmail(loginName);
    return isThrottled(
        secrets.hmac("login-account", name),
        secrets.hmac("login-address", address),
        OffsetDateTime.now(clock));
  }

  private boolean isThrottled(String accountKey, String addressKey, OffsetDateTime now) {
    OffsetDateTime since = now.minusMinutes(windowMinutes);
    return failures.countSince(LoginFailure.ACCOUNT, accountKey, since) >= accountMax
        || failures.countSince(LoginFailure.ADDRESS, addressKey, since) >= addressMax;
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

  /** Personal context, kept outside the audit hash so it can be erased. */
  private static String noteFor(String name, String address) {
    String safe = name.replaceAll("[\\p{Cntrl}]", "_");
    return ("login=" + safe.substring(0, Math.min(safe.length(), 320)) + " address=" + address)
        .toLowerCase(Locale.ROOT);
  }
}
