package coop.spokes.identity.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An account's authenticator (TOTP, see {@link Totp}): its secret, sealed by the service with the
 * platform's {@code SecretBox} (this entity never sees the key), set up but not yet enabled until a
 * first code proves the app has it. Invariants: a code is accepted at most once per step and never
 * for a step at or before the last one used; after {@link #FREE_FAILURES} wrong codes in a row,
 * checks are refused for a delay that doubles with each further failure (from 30 s up to {@link
 * #MAX_DELAY}); a right code starts the count again.
 */
@Entity
@Table(name = "identity_second_factor")
public class SecondFactor {
  /** Wrong codes in a row accepted before checks are delayed. */
  public static final int FREE_FAILURES = 5;

  /** The longest delay between checks after many wrong codes. */
  public static final Duration MAX_DELAY = Duration.ofMinutes(15);

  /** What checking a typed code found. */
  public enum Check {
    ACCEPTED,
    WRONG,
    THROTTLED
  }

  @Id
  @Column(name = "account_id")
  private Long accountId;

  @Column(name = "secret_sealed", nullable = false, length = 200)
  private String secretSealed;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "enabled_at")
  private OffsetDateTime enabledAt;

  @Column(name = "last_used_step")
  private Long lastUsedStep;

  @Column(name = "failed_attempts", nullable = false)
  private int failedAttempts;

  @Column(name = "last_failed_at")
  private OffsetDateTime lastFailedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected SecondFactor() {}

  /** A new authenticator being set up, with its secret already sealed. */
  public SecondFactor(long accountId, String secretSealed, OffsetDateTime now) {
    this.accountId = accountId;
    this.secretSealed = secretSealed;
    this.createdAt = now;
  }

  /**
   * Checks {@code typed} against {@code secret} (this factor's secret, opened by the caller):
   * accepted codes are spent, wrong ones counted.
   */
  public Check check(byte[] secret, String typed, OffsetDateTime now) {
    if (isThrottled(now)) {
      return Check.THROTTLED;
    }
    OptionalLong step = Totp.matchingStep(secret, typed, now.toInstant(), lastUsedStep);
    if (step.isEmpty()) {
      recordFailure(now);
      return Check.WRONG;
    }
    lastUsedStep = step.getAsLong();
    failedAttempts = 0;
    return Check.ACCEPTED;
  }

  /**
   * Enables the authenticator with its first code.
   *
   * @throws IdentityException {@code identity.secondFactor.code.wrong} or {@code
   *     identity.secondFactor.throttled} (field "code"); the failure is counted all the same
   */
  public void enable(byte[] secret, String typed, OffsetDateTime now) {
    if (isEnabled()) {
      throw new IdentityException(null, "identity.secondFactor.alreadyOn");
    }
    requireAccepted(check(secret, typed, now));
    enabledAt = now;
  }

  /** Throws the keyed exception for a check that was not accepted. */
  public static void requireAccepted(Check check) {
    switch (check) {
      case ACCEPTED -> {}
      case WRONG -> throw new IdentityException("code", "identity.secondFactor.code.wrong");
      case THROTTLED -> throw new IdentityException("code", "identity.secondFactor.throttled");
    }
  }

  /** Counts a wrong code or recovery code. */
  public void recordFailure(OffsetDateTime now) {
    failedAttempts++;
    lastFailedAt = now;
  }

  /** Starts the count of wrong codes again (a recovery code was accepted). */
  public void recordSuccess() {
    failedAttempts = 0;
  }

  /** Whether checks are refused at {@code now} because of wrong codes in a row. */
  public boolean isThrottled(OffsetDateTime now) {
    return throttledUntil().map(now::isBefore).orElse(false);
  }

  /** Until when checks are refused, if they are after the wrong codes so far. */
  public Optional<OffsetDateTime> throttledUntil() {
    if (failedAttempts < FREE_FAILURES || lastFailedAt == null) {
      return Optional.empty();
    }
    int doublings = Math.min(failedAttempts - FREE_FAILURES, 10);
    Duration delay = Duration.ofSeconds(30L << doublings);
    return Optional.of(lastFailedAt.plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay));
  }

  /** Replaces the sealed secret with the same secret sealed anew (key rotation). */
  public void reseal(String resealed) {
    this.secretSealed = resealed;
  }

  public boolean isEnabled() {
    return enabledAt != null;
  }

  public Long getAccountId() {
    return accountId;
  }

  public String getSecretSealed() {
    return secretSealed;
  }

  public OffsetDateTime getEnabledAt() {
    return enabledAt;
  }

  public Long getLastUsedStep() {
    return lastUsedStep;
  }

  public int getFailedAttempts() {
    return failedAttempts;
  }
}
