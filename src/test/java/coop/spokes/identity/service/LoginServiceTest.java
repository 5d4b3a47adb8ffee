package coop.spokes.identity.service;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.audit.service.AuditService;
import coop.spokes.identity.infra.AccountRepository;
import coop.spokes.identity.infra.PasswordHasher;
import coop.spokes.identity.infra.SecondFactors;
import coop.spokes.identity.model.HashingBusyException;
import coop.spokes.identity.model.RoleGrant;
import coop.spokes.identity.model.SecondFactor;
import coop.spokes.identity.model.UserAccount;
import coop.spokes.platform.ratelimit.InMemoryRateEvents;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Secrets;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sign-in throttle without a server: in-memory stand-ins count hashes, failures and audit
 * entries, and a clock the test moves on.
 */
class LoginServiceTest {
  static final String OWNER = "owner@example.org";
  static final String RIGHT = "the right password";
  static final String STRANGER_ADDRESS = "203.0.113.66";
  static final String OWNER_ADDRESS = "198.51.100.7";

  MovableClock clock = new MovableClock();
  InMemoryRateEvents failures = new InMemoryRateEvents();
  CountingHasher hasher = new CountingHasher();
  CountingAudit audit = new CountingAudit();
  LoginService logins = new LoginService();

  @BeforeEach
  void wire() throws Exception {
    UserAccount owner = new UserAccount(OWNER, "Owner", "en", "UTC", clock.now());
    Field id = UserAccount.class.getDeclaredField("id");
    id.setAccessible(true);
    id.set(owner, 42L);
    owner.setPasswordHash("stored", clock.now());
    logins.access =
        new Access() {
          @Override
          public void permitPublic() {}
        };
    logins.accounts =
        new AccountRepository() {
          @Override
          public Optional<UserAccount> findByEmail(String email) {
            return email.equals(OWNER) ? Optional.of(owner) : Optional.empty();
          }

          @Override
          public List<RoleGrant> grantsOf(long userId) {
            return List.of();
          }
        };
    logins.limits = failures.limiter();
    logins.secondFactors =
        new SecondFactors() {
          @Override
          public Optional<SecondFactor> find(long accountId) {
            return Optional.empty(); // no second factor: a right password signs in
          }
        };
    logins.hasher = hasher;
    logins.secrets = new Secrets("a test key that is long enough to be a key");
    logins.audit = audit;
    logins.clock = clock;
    logins.windowMinutes = 15;
    logins.addressMax = 20;
    logins.freeFailures = 5;
    logins.firstDelaySeconds = 60;
    logins.maxDelayMinutes = 15;
    logins.memoryHours = 24;
  }

  @Test
  void aThrottledAttemptIsRefusedBeforeAnyHashAndIsNotAudited() {
    failFiveTimesFrom(STRANGER_ADDRESS);
    int hashes = hasher.calls;
    int entries = audit.entries.size();

    LoginResult refused = logins.signIn(OWNER, RIGHT, STRANGER_ADDRESS);
    LoginResult again = logins.signIn(OWNER, "another guess", STRANGER_ADDRESS);

    assertThat(refused.success()).isFalse();
    assertThat(refused.throttled()).isTrue();
    assertThat(again.throttled()).isTrue();
    assertThat(hasher.calls).isEqualTo(hashes);
    assertThat(audit.entries).hasSize(entries);
  }

  @Test
  void aStrangersFailuresDoNotStopTheOwnerFromAnotherAddress() {
    failFiveTimesFrom(STRANGER_ADDRESS);

    LoginResult owner = logins.signIn(OWNER, RIGHT, OWNER_ADDRESS);

    assertThat(owner.success()).isTrue();
    assertThat(logins.signIn(OWNER, RIGHT, STRANGER_ADDRESS).throttled()).isTrue();
  }

  @Test
  void theDelayGrowsWithEachFailureAndThenEnds() {
    failFiveTimesFrom(STRANGER_ADDRESS);
    clock.advance(Duration.ofSeconds(59));
    assertThat(logins.signIn(OWNER, "guess", STRANGER_ADDRESS).throttled()).isTrue();
    clock.advance(Duration.ofSeconds(1));
    LoginResult sixth = logins.signIn(OWNER, "guess six", STRANGER_ADDRESS);
    assertThat(sixth.throttled()).as("the sixth failure starts a two-minute wait").isTrue();

    clock.advance(Duration.ofSeconds(119));
    assertThat(logins.signIn(OWNER, RIGHT, STRANGER_ADDRESS).throttled()).isTrue();
    clock.advance(Duration.ofSeconds(1));
    assertThat(logins.signIn(OWNER, RIGHT, STRANGER_ADDRESS).success()).isTrue();
  }

  @Test
  void manyFailuresFromOneAddressStopEverySignInFromThere() {
    for (int i = 0; i < 20; i++) {
      logins.signIn("probe-" + i + "@example.org", "wrong", STRANGER_ADDRESS);
    }

    assertThat(logins.signIn(OWNER, RIGHT, STRANGER_ADDRESS).throttled()).isTrue();
    assertThat(logins.signIn(OWNER, RIGHT, OWNER_ADDRESS).success()).isTrue();
  }

  @Test
  void whenEveryHashingPermitIsTakenTheAnswerIsBusyAndNothingIsCounted() {
    hasher.busy = true;

    LoginResult result = logins.signIn(OWNER, "wrong", STRANGER_ADDRESS);

    assertThat(result.busy()).isTrue();
    assertThat(result.failureKey()).isEqualTo("identity.busy");
    assertThat(failures.events).isEmpty();
    assertThat(audit.entries).isEmpty();
  }

  @Test
  void failedSignInsAreAuditedWithoutTheTextTyped() {
    logins.signIn(OWNER, "wrong", STRANGER_ADDRESS);
    logins.signIn("my secret password", "oops", STRANGER_ADDRESS);

    assertThat(audit.entries).hasSize(2);
    assertThat(audit.entries.get(0).subjectId()).isEqualTo(42L);
    assertThat(audit.entries.get(0).note()).doesNotContain("owner");
    assertThat(audit.entries.get(1).subjectId()).isNull();
    assertThat(audit.entries.get(1).note())
        .doesNotContainIgnoringCase("secret")
        .contains("name-key=")
        .contains(STRANGER_ADDRESS);
  }

  private void failFiveTimesFrom(String address) {
    for (int i = 0; i < 5; i++) {
      LoginResult r = logins.signIn(OWNER, "wrong " + i, address);
      assertThat(r.throttled()).as("failure %d", i).isEqualTo(i == 4);
    }
  }

  static final class MovableClock extends Clock {
    Instant instant = Instant.parse("2026-03-01T10:00:00Z");

    void advance(Duration d) {
      instant = instant.plus(d);
    }

    OffsetDateTime now() {
      return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return instant;
    }
  }

  static final class CountingHasher extends PasswordHasher {
    int calls;
    boolean busy;

    @Override
    public boolean verify(String password, String storedHash) {
      count();
      return password.equals(RIGHT);
    }

    @Override
    public void verifyDecoy(String password) {
      count();
    }

    @Override
    public boolean needsUpgrade(String storedHash) {
      return false;
    }

    private void count() {
      if (busy) {
        throw new HashingBusyException();
      }
      calls++;
    }
  }

  record Entry(String action, Object subjectId, String note) {}

  static final class CountingAudit extends AuditService {
    final List<Entry> entries = new ArrayList<>();

    @Override
    public void recordAs(
        Long actorId,
        String stream,
        String action,
        String subjectType,
        Object subjectId,
        Map<String, String> details,
        String note) {
      if (!action.equals("login.succeeded")) {
        entries.add(new Entry(action, subjectId, note));
      }
    }
  }
}
