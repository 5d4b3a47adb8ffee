package coop.spokes.identity.service;

import coop.spokes.audit.service.AuditService;
import coop.spokes.identity.infra.AccountRepository;
import coop.spokes.identity.infra.PasswordHasher;
import coop.spokes.identity.infra.SecondFactors;
import coop.spokes.identity.infra.TotpSecrets;
import coop.spokes.identity.model.Base32;
import coop.spokes.identity.model.IdentityException;
import coop.spokes.identity.model.RecoveryCode;
import coop.spokes.identity.model.SecondFactor;
import coop.spokes.identity.model.SignInPolicy;
import coop.spokes.identity.model.Totp;
import coop.spokes.identity.model.UserAccount;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.AccessDeniedException;
import coop.spokes.platform.security.Grant;
import coop.spokes.platform.security.Role;
import coop.spokes.platform.security.SecretBoxException;
import coop.spokes.platform.security.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Administrators' and treasurers' second factor (TOTP with one-time recovery codes): set up, enable
 * with a first code, new recovery codes, disable; and the admins' setting that requires it of those
 * roles. Enabling, disabling, new recovery codes and the setting are audited. The sign-in step
 * itself is {@link SignInCodeService}.
 */
@ApplicationScoped
public class SecondFactorService {
  static final String STREAM = "identity";

  @Inject Access access;
  @Inject AccountRepository accounts;
  @Inject SecondFactors factors;
  @Inject TotpSecrets totpSecrets;
  @Inject PasswordHasher hasher;
  @Inject Secrets secrets;
  @Inject AuditService audit;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "spokes.identity.second-factor.issuer", defaultValue = "Spokes")
  String issuer;

  /** The signed-in user's second factor. Requires a signed-in user. */
  @Transactional
  public SecondFactorStatus status() {
    long self = access.requireUserId();
    Optional<SecondFactor> factor = factors.find(self).filter(SecondFactor::isEnabled);
    return new SecondFactorStatus(
        mayUse(),
        factor.isPresent(),
        factor.isPresent() ? factors.unusedRecoveryCodes(self).size() : 0,
        mayUse() && factors.policy().isSecondFactorRequired());
  }

  /**
   * Starts setting up an authenticator for the signed-in user with a new secret (replacing one
   * being set up). Requires ADMIN or TREASURER (any scope).
   *
   * @throws IdentityException {@code identity.secondFactor.alreadyOn}
   */
  @Transactional
  public SecondFactorSetUp startSetUp() {
    long self = access.requireUserId();
    requireMayUse();
    Optional<SecondFactor> existing = factors.find(self);
    if (existing.filter(SecondFactor::isEnabled).isPresent()) {
      throw new IdentityException(null, "identity.secondFactor.alreadyOn");
    }
    existing.ifPresent(factors::delete);
    factors.flush();
    byte[] secret = Totp.newSecret();
    factors.save(new SecondFactor(self, totpSecrets.seal(self, secret), now()));
    String email = accounts.find(self).map(UserAccount::getEmail).orElseThrow();
    return new SecondFactorSetUp(
        Base32.encode(secret).replaceAll("(.{4})(?!$)", "$1 "), Totp.uri(issuer, email, secret));
  }

  /**
   * Enables the authenticator being set up with its first code and returns the recovery codes,
   * shown this once. Requires ADMIN or TREASURER (any scope).
   *
   * @throws IdentityException {@code identity.secondFactor.notSetUp}, {@code
   *     identity.secondFactor.code.wrong} or {@code identity.secondFactor.throttled} (field code)
   */
  @Transactional(dontRollbackOn = IdentityException.class)
  public List<String> enable(String code) {
    long self = access.requireUserId();
    requireMayUse();
    SecondFactor factor =
        factors
            .findForUpdate(self)
            .orElseThrow(() -> new IdentityException(null, "identity.secondFactor.notSetUp"));
    factor.enable(totpSecrets.open(factor), code, now());
    List<String> codes = replaceRecoveryCodes(self);
    audit.record(STREAM, "second-factor.enabled", "account", self, Map.of(), null);
    return codes;
  }

  /**
   * Replaces the signed-in user's recovery codes with ten new ones, shown this once, after checking
   * a current authenticator code. Requires a signed-in user with the second factor on.
   *
   * @throws IdentityException {@code identity.secondFactor.notOn}, {@code
   *     identity.secondFactor.code.wrong} or {@code identity.secondFactor.throttled} (field code)
   */
  @Transactional(dontRollbackOn = IdentityException.class)
  public List<String> newRecoveryCodes(String code) {
    long self = access.requireUserId();
    SecondFactor factor = enabledFactor(self);
    SecondFactor.requireAccepted(factor.check(totpSecrets.open(factor), code, now()));
    List<String> codes = replaceRecoveryCodes(self);
    audit.record(STREAM, "second-factor.recovery-codes-replaced", "account", self, Map.of(), null);
    return codes;
  }

  /**
   * Turns the signed-in user's second factor off, after checking a current authenticator code or
   * their password. Requires a signed-in user with the second factor on. When the admins require
   * it, the user is sent to set it up again at once.
   *
   * @throws IdentityException {@code identity.secondFactor.notOn}, {@code
   *     identity.secondFactor.disable.wrong} or {@code identity.secondFactor.throttled} (field
   *     code)
   */
  @Transactional(dontRollbackOn = IdentityException.class)
  public void disable(String codeOrPassword) {
    long self = access.requireUserId();
    SecondFactor factor = enabledFactor(self);
    OffsetDateTime now = now();
    if (factor.isThrottled(now)) {
      throw new IdentityException("code", "identity.secondFactor.throttled");
    }
    String typed = codeOrPassword == null ? "" : codeOrPassword;
    boolean accepted = false;
    try {
      accepted = factor.check(totpSecrets.open(factor), typed, now) == SecondFactor.Check.ACCEPTED;
    } catch (SecretBoxException unreadable) {
      // Its key is no longer configured: the password still turns it off.
      factor.recordFailure(now);
    }
    if (!accepted) {
      UserAccount account = accounts.find(self).orElseThrow();
      // check() counted the failure; the password may still be right.
      accepted =
          account.getPasswordHash() != null && hasher.verify(typed, account.getPasswordHash());
    }
    if (!accepted) {
      throw new IdentityException("code", "identity.secondFactor.disable.wrong");
    }
    factors.delete(factor);
    audit.record(STREAM, "second-factor.disabled", "account", self, Map.of(), null);
  }

  /** Whether account {@code accountId} has a second factor on. Admins only. */
  @Transactional
  public boolean isOnFor(long accountId) {
    access.requireAny(Grant.admin());
    return factors.find(accountId).filter(SecondFactor::isEnabled).isPresent();
  }

  /**
   * Turns off another person's second factor (lost phone and recovery codes); they sign in with
   * their password and, if it is required, set it up again. Admins only, never for themselves.
   *
   * @throws IdentityException {@code identity.secondFactor.notOn} or {@code
   *     identity.secondFactor.resetSelf}
   */
  @Transactional
  public void turnOffFor(long accountId) {
    access.requireAny(Grant.admin());
    if (access.userId().filter(id -> id == accountId).isPresent()) {
      throw new IdentityException(null, "identity.secondFactor.resetSelf");
    }
    SecondFactor factor =
        factors
            .findForUpdate(accountId)
            .filter(SecondFactor::isEnabled)
            .orElseThrow(() -> new IdentityException(null, "identity.secondFactor.notOn"));
    factors.delete(factor);
    audit.record(STREAM, "second-factor.reset", "account", accountId, Map.of(), null);
  }

  /**
   * Whether the signed-in user must set up a second factor before anything else: the admins require
   * it, they are an administrator or treasurer, and theirs is not on. False for visitors. Open to
   * every caller (the filter asks on each request).
   */
  @Transactional
  public boolean setUpDue() {
    access.permitPublic();
    Optional<Long> self = access.userId();
    if (self.isEmpty() || !mayUse() || !factors.policy().isSecondFactorRequired()) {
      return false;
    }
    return factors.find(self.get()).filter(SecondFactor::isEnabled).isEmpty();
  }

  /** Whether the admins require a second factor of administrators and treasurers. Admins only. */
  @Transactional
  public boolean isRequired() {
    access.requireAny(Grant.admin());
    return factors.policy().isSecondFactorRequired();
  }

  /**
   * Requires a second factor of administrators and treasurers, or stops requiring it. Admins only;
   * an admin must have their own on before requiring it.
   *
   * @throws IdentityException {@code identity.signInPolicy.setUpYoursFirst}
   */
  @Transactional
  public void requireForPrivilegedRoles(boolean required) {
    access.requireAny(Grant.admin());
    long self = access.requireUserId();
    SignInPolicy policy = factors.policy();
    boolean own = factors.find(self).filter(SecondFactor::isEnabled).isPresent();
    policy.requireSecondFactor(required, own, self, now());
    audit.record(
        STREAM,
        "sign-in-policy.changed",
        "policy",
        SignInPolicy.ID,
        Map.of("secondFactorRequired", Boolean.toString(required)),
        null);
  }

  private void requireMayUse() {
    if (!mayUse()) {
      throw new AccessDeniedException();
    }
  }

  /** Administrators and treasurers (of any custodian) use a second factor. */
  private boolean mayUse() {
    return access.holdsRole(Role.ADMIN) || access.holdsRole(Role.TREASURER);
  }

  private SecondFactor enabledFactor(long self) {
    return factors
        .findForUpdate(self)
        .filter(SecondFactor::isEnabled)
        .orElseThrow(() -> new IdentityException(null, "identity.secondFactor.notOn"));
  }

  private List<String> replaceRecoveryCodes(long self) {
    OffsetDateTime now = now();
    List<String> shown = new ArrayList<>();
    List<RecoveryCode> stored = new ArrayList<>();
    for (int i = 0; i < RecoveryCode.COUNT; i++) {
      String code = RecoveryCode.newCode();
      shown.add(code);
      stored.add(new RecoveryCode(self, SignInCodeService.recoveryHash(secrets, self, code), now));
    }
    factors.replaceRecoveryCodes(self, stored);
    return shown;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
