package coop.spokes.identity.service;

import coop.spokes.audit.service.AuditService;
import coop.spokes.identity.infra.AccountRepository;
import coop.spokes.identity.infra.SecondFactors;
import coop.spokes.identity.infra.TotpSecrets;
import coop.spokes.identity.model.RecoveryCode;
import coop.spokes.identity.model.SecondFactor;
import coop.spokes.identity.model.UserAccount;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.SecretBoxException;
import coop.spokes.platform.security.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The second step of signing in, for accounts with a second factor on: after the right password
 * ({@link LoginService}), an authenticator code or an unused recovery code gives the session its
 * roles. Wrong codes are counted per account and checks are delayed after several in a row ({@link
 * SecondFactor}); each wrong code and each recovery code used is audited.
 */
@ApplicationScoped
public class SignInCodeService {
  private static final Logger LOG = Logger.getLogger(SignInCodeService.class.getName());

  @Inject Access access;
  @Inject AccountRepository accounts;
  @Inject SecondFactors factors;
  @Inject TotpSecrets totpSecrets;
  @Inject Secrets secrets;
  @Inject LoginService logins;
  @Inject AuditService audit;
  @Inject Clock clock;

  /**
   * Finishes the sign-in of {@code accountId} with {@code typed}, an authenticator code or a
   * recovery code. Open to visitors, but only the identity store calls it, for the account whose
   * password was just accepted in this session ({@link PendingSignIn}). Never throws for a wrong
   * code, so the count of failures is kept.
   */
  @Transactional
  public LoginResult completeSignIn(long accountId, String typed) {
    access.permitPublic();
    OffsetDateTime now = OffsetDateTime.now(clock);
    Optional<UserAccount> account = accounts.find(accountId).filter(UserAccount::isEnabled);
    Optional<SecondFactor> factor =
        account.flatMap(a -> factors.findForUpdate(accountId)).filter(SecondFactor::isEnabled);
    if (factor.isEmpty()) {
      return LoginResult.failed(false);
    }
    SecondFactor.Check check =
        RecoveryCode.looksLikeOne(typed)
            ? useRecoveryCode(factor.get(), typed, now)
            : checkCode(factor.get(), typed, now);
    switch (check) {
      case THROTTLED -> {
        return LoginResult.failed(true);
      }
      case WRONG -> {
        audit.recordAs(
            accountId,
            LoginService.STREAM,
            "login.code-failed",
            "account",
            accountId,
            Map.of(),
            null);
        return LoginResult.failed(false);
      }
      default -> {
        audit.recordAs(
            accountId,
            LoginService.STREAM,
            "login.succeeded",
            "account",
            accountId,
            Map.of("secondFactor", RecoveryCode.looksLikeOne(typed) ? "recovery" : "totp"),
            null);
        return LoginResult.succeeded(
            account.get().getEmail(),
            logins.groupsOf(account.get()),
            new SessionStamp.Value(accountId, account.get().getCredentialsStamp()));
      }
    }
  }

  private SecondFactor.Check checkCode(SecondFactor factor, String typed, OffsetDateTime now) {
    byte[] secret;
    try {
      secret = totpSecrets.open(factor);
    } catch (SecretBoxException e) {
      // Its key was removed from the configuration: only a recovery code can sign in now.
      LOG.log(
          Level.SEVERE,
          "authenticator secret of account "
              + factor.getAccountId()
              + " cannot be opened: "
              + e.getMessage());
      return SecondFactor.Check.WRONG;
    }
    return factor.check(secret, typed, now);
  }

  private SecondFactor.Check useRecoveryCode(
      SecondFactor factor, String typed, OffsetDateTime now) {
    if (factor.isThrottled(now)) {
      return SecondFactor.Check.THROTTLED;
    }
    String hash = recoveryHash(secrets, factor.getAccountId(), typed);
    List<RecoveryCode> unused = factors.unusedRecoveryCodes(factor.getAccountId());
    Optional<RecoveryCode> match =
        unused.stream().filter(c -> Secrets.same(c.getCodeHash(), hash)).findFirst();
    if (match.isEmpty()) {
      factor.recordFailure(now);
      return SecondFactor.Check.WRONG;
    }
    match.get().use(now);
    factor.recordSuccess();
    audit.recordAs(
        factor.getAccountId(),
        SecondFactorService.STREAM,
        "second-factor.recovery-code-used",
        "account",
        factor.getAccountId(),
        Map.of("left", Integer.toString(unused.size() - 1)),
        null);
    return SecondFactor.Check.ACCEPTED;
  }

  /** The keyed hash a recovery code is stored under (bound to its account). */
  static String recoveryHash(Secrets secrets, long accountId, String typed) {
    return secrets.hmac("identity.recovery-code", accountId + ":" + RecoveryCode.normalize(typed));
  }
}
