package coop.spokes.identity.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.spokes.identity.model.SecondFactor;
import coop.spokes.platform.security.SecretBox;
import coop.spokes.platform.security.SecretBoxException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class TotpSecretsTest {
  static final String OLD = "k1:" + Base64.getEncoder().encodeToString(new byte[32]);
  static final String NEW = "k2:" + Base64.getEncoder().encodeToString(filled(7));
  static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneOffset.UTC);

  @Test
  void rotationReSealsEveryStoredSecretUnderTheNewKeyOnce() {
    List<SecondFactor> stored = new ArrayList<>();
    TotpSecrets before = secrets(new SecretBox(List.of(OLD)), stored);
    for (long account = 1; account <= 450; account++) {
      stored.add(new SecondFactor(account, before.seal(account, filled((int) account)), NOW));
    }
    TotpSecrets rotated = secrets(new SecretBox(List.of(NEW, OLD)), stored);

    int first = rotated.resealAll();
    int second = rotated.resealAll();

    assertThat(first).isEqualTo(450);
    assertThat(second).isZero();
    TotpSecrets newOnly = secrets(new SecretBox(List.of(NEW)), stored);
    assertThat(newOnly.open(stored.get(299))).isEqualTo(filled(300));
  }

  @Test
  void aSecretCopiedToAnotherAccountDoesNotOpen() {
    List<SecondFactor> stored = new ArrayList<>();
    TotpSecrets secrets = secrets(new SecretBox(List.of(OLD)), stored);
    String sealedForOne = secrets.seal(1, filled(1));

    SecondFactor copied = new SecondFactor(2, sealedForOne, NOW);

    assertThatThrownBy(() -> secrets.open(copied)).isInstanceOf(SecretBoxException.class);
  }

  private static TotpSecrets secrets(SecretBox box, List<SecondFactor> stored) {
    TotpSecrets secrets = new TotpSecrets();
    secrets.box = box;
    secrets.factors =
        new SecondFactors() {
          @Override
          public List<SecondFactor> page(int first, int size) {
            return stored.subList(
                Math.min(first, stored.size()), Math.min(first + size, stored.size()));
          }

          @Override
          public void flushAndClear() {
            // in memory: nothing to write or forget
          }
        };
    return secrets;
  }

  private static byte[] filled(int value) {
    byte[] bytes = new byte[32];
    java.util.Arrays.fill(bytes, (byte) value);
    return bytes;
  }
}
