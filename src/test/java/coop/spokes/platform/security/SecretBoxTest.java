package coop.spokes.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretBoxTest {
  static final String OLD = "k2025:" + key(1);
  static final String NEW = "k2026:" + key(2);

  @Test
  void sealedTextOpensToTheSameBytesAndHidesThem() {
    SecretBox box = new SecretBox(List.of(OLD));

    String sealed = box.seal("identity.totp:7", "JBSWY3DPEHPK3PXP");

    assertThat(sealed).startsWith("sb1.k2025.").doesNotContain("JBSWY3DPEHPK3PXP");
    assertThat(box.openText("identity.totp:7", sealed)).isEqualTo("JBSWY3DPEHPK3PXP");
  }

  @Test
  void everySealUsesAFreshNonce() {
    SecretBox box = new SecretBox(List.of(OLD));

    String a = box.seal("p", "same");
    String b = box.seal("p", "same");

    assertThat(a).isNotEqualTo(b);
    byte[] raw = Base64.getUrlDecoder().decode(a.substring(a.lastIndexOf('.') + 1));
    assertThat(raw).hasSize(12 + 4 + 16); // nonce, ciphertext, tag
  }

  @Test
  void alteredCiphertextIsRefused() {
    SecretBox box = new SecretBox(List.of(OLD));
    String sealed = box.seal("p", "secret");
    byte[] raw = Base64.getUrlDecoder().decode(sealed.substring(sealed.lastIndexOf('.') + 1));
    raw[raw.length - 20] ^= 1;
    String tampered = "sb1.k2025." + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);

    assertThatThrownBy(() -> box.open("p", tampered)).isInstanceOf(SecretBoxException.class);
    assertThatThrownBy(() -> box.open("p", "sb1.k2025.AAAA"))
        .isInstanceOf(SecretBoxException.class);
    assertThatThrownBy(() -> box.open("p", "plain text")).isInstanceOf(SecretBoxException.class);
  }

  @Test
  void aValueSealedForOnePurposeDoesNotOpenForAnother() {
    SecretBox box = new SecretBox(List.of(OLD));
    String sealed = box.seal("identity.totp:7", "secret");

    assertThatThrownBy(() -> box.open("identity.totp:8", sealed))
        .isInstanceOf(SecretBoxException.class);
  }

  @Test
  void unknownOrSwappedKeyIdIsRefused() {
    SecretBox old = new SecretBox(List.of(OLD));
    SecretBox other = new SecretBox(List.of(NEW));
    String sealed = old.seal("p", "secret");

    assertThatThrownBy(() -> other.open("p", sealed))
        .isInstanceOf(SecretBoxException.class)
        .hasMessageContaining("k2025");
    // The right ciphertext presented under another configured key's id does not open either.
    SecretBox both = new SecretBox(List.of(NEW, OLD));
    String relabelled = sealed.replace("sb1.k2025.", "sb1.k2026.");
    assertThatThrownBy(() -> both.open("p", relabelled)).isInstanceOf(SecretBoxException.class);
  }

  @Test
  void rotationSealsWithTheFirstKeyAndStillOpensOldValues() {
    String sealedBefore = new SecretBox(List.of(OLD)).seal("p", "secret");
    SecretBox rotated = new SecretBox(List.of(NEW, OLD));

    String resealed = rotated.reseal("p", sealedBefore);

    assertThat(rotated.isCurrent(sealedBefore)).isFalse();
    assertThat(rotated.openText("p", sealedBefore)).isEqualTo("secret");
    assertThat(resealed).startsWith("sb1.k2026.");
    assertThat(rotated.isCurrent(resealed)).isTrue();
    assertThat(rotated.reseal("p", resealed)).isSameAs(resealed);
    assertThat(new SecretBox(List.of(NEW)).openText("p", resealed)).isEqualTo("secret");
    assertThat(rotated.currentKeyId()).isEqualTo("k2026");
  }

  @Test
  void badKeyListsAreRefused() {
    assertThatThrownBy(() -> new SecretBox(List.of())).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new SecretBox(List.of("nokey")))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () ->
                new SecretBox(List.of("short:" + Base64.getEncoder().encodeToString(new byte[16]))))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new SecretBox(List.of(OLD, OLD)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new SecretBox(List.of("bad id:" + key(3))))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theDemoKeyIsRefusedWhenDemoDataIsOff() {
    List<String> demo = List.of("demo:" + key(4));
    List<String> rotatingAwayFromDemo = List.of(NEW, "demo:" + key(4));

    SecretBox.refuseDemoKeys(demo, true);
    SecretBox.refuseDemoKeys(List.of(NEW), false);
    assertThatThrownBy(() -> SecretBox.refuseDemoKeys(demo, false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SPOKES_PLATFORM_SECRET_KEYS");
    assertThatThrownBy(() -> SecretBox.refuseDemoKeys(rotatingAwayFromDemo, false))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void thePublishedDemoKeyIsRefusedUnderAnyId() {
    assertThatThrownBy(() -> SecretBox.refuseDemoKeys(List.of("prod:" + SecretBox.DEMO_KEY), false))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theShippedDefaultIsTheDemoKey() throws Exception {
    var props = new java.util.Properties();
    try (var in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
      props.load(in);
    }
    String configured = props.getProperty(SecretBox.CONFIG_KEY);

    assertThat(configured).startsWith("demo:");
    assertThat(new SecretBox(List.of(configured.split(","))).currentKeyId()).isEqualTo("demo");
  }

  private static String key(int fill) {
    byte[] k = new byte[32];
    java.util.Arrays.fill(k, (byte) fill);
    return Base64.getEncoder().encodeToString(k);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
