package coop.spokes.identity.infra;

import coop.spokes.identity.model.SecondFactor;
import coop.spokes.platform.security.ResealsSecrets;
import coop.spokes.platform.security.SecretBox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Seals and opens authenticator secrets with the platform's {@link SecretBox}, bound to the account
 * they belong to (a sealed secret copied to another account's row does not open), and re-seals them
 * all with the current key during a key rotation.
 */
@ApplicationScoped
public class TotpSecrets implements ResealsSecrets {
  private static final int PAGE = 200;

  @Inject SecretBox box;
  @Inject SecondFactors factors;

  public String seal(long accountId, byte[] secret) {
    return box.seal(purpose(accountId), secret);
  }

  public byte[] open(SecondFactor factor) {
    return box.open(purpose(factor.getAccountId()), factor.getSecretSealed());
  }

  @Override
  public int resealAll() {
    int count = 0;
    for (int first = 0; ; first += PAGE) {
      List<SecondFactor> page = factors.page(first, PAGE);
      for (SecondFactor factor : page) {
        if (!box.isCurrent(factor.getSecretSealed())) {
          factor.reseal(box.reseal(purpose(factor.getAccountId()), factor.getSecretSealed()));
          count++;
        }
      }
      factors.flushAndClear(); // memory stays one page, however many accounts there are
      if (page.size() < PAGE) {
        return count;
      }
    }
  }

  private static String purpose(long accountId) {
    return "identity.totp:" + accountId;
  }
}
