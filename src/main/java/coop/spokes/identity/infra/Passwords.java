package coop.spokes.identity.infra;

import coop.spokes.identity.model.IdentityException;
import coop.spokes.identity.model.PasswordPolicy;
import coop.spokes.identity.model.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/** Sets a new password on an account after checking it against the {@link PasswordPolicy}. */
@ApplicationScoped
public class Passwords {
  @Inject PasswordHasher hasher;
  @Inject Clock clock;

  /**
   * @throws IdentityException at field {@code password} with the first policy problem's key and the
   *     arguments (minimum length, maximum length)
   */
  public void set(UserAccount account, String newPassword) {
    List<String> problems =
        PasswordPolicy.standard()
            .problems(newPassword, List.of(account.getEmail(), account.getDisplayName()));
    if (!problems.isEmpty()) {
      throw new IdentityException(
          "password", problems.get(0), PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
    }
    account.setPasswordHash(hasher.hash(newPassword), OffsetDateTime.now(clock));
  }
}
