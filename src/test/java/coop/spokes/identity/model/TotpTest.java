package coop.spokes.identity.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {
  static final byte[] SEED20 = ascii("12345678901234567890");
  static final byte[] SEED32 = ascii("12345678901234567890123456789012");
  static final byte[] SEED64 =
      ascii("1234567890123456789012345678901234567890123456789012345678901234");

  /** RFC 6238, Appendix B: 8-digit codes for each time and hash. */
  @ParameterizedTest
  @CsvSource({
    "59, 94287082, 46119246, 90693936",
    "1111111109, 07081804, 68084774, 25091201",
    "1111111111, 14050471, 67062674, 99943326",
    "1234567890, 89005924, 91819424, 93441116",
    "2000000000, 69279037, 90698825, 38618901",
    "20000000000, 65353130, 77737706, 47863826"
  })
  void rfc6238TestVectors(long time, String sha1, String sha256, String sha512) {
    long step = Totp.stepOf(Instant.ofEpochSecond(time));

    assertThat(Totp.code(SEED20, step, 8, "HmacSHA1")).isEqualTo(sha1);
    assertThat(Totp.code(SEED32, step, 8, "HmacSHA256")).isEqualTo(sha256);
    assertThat(Totp.code(SEED64, step, 8, "HmacSHA512")).isEqualTo(sha512);
  }

  @Test
  void appCodesAreTheLastSixDigitsOfTheSha1Value() {
    long step = Totp.stepOf(Instant.ofEpochSecond(59));

    assertThat(Totp.code(SEED20, step)).isEqualTo("287082");
  }

  @Test
  void aCodeOneStepEitherSideIsAcceptedTwoStepsAwayIsNot() {
    Instant now = Instant.ofEpochSecond(1_800_000_000L);
    long step = Totp.stepOf(now);

    assertThat(Totp.matchingStep(SEED20, Totp.code(SEED20, step - 1), now, null))
        .hasValue(step - 1);
    assertThat(Totp.matchingStep(SEED20, Totp.code(SEED20, step), now, null)).hasValue(step);
    assertThat(Totp.matchingStep(SEED20, Totp.code(SEED20, step + 1), now, null))
        .hasValue(step + 1);
    assertThat(Totp.matchingStep(SEED20, Totp.code(SEED20, step - 2), now, null)).isEmpty();
    assertThat(Totp.matchingStep(SEED20, Totp.code(SEED20, step + 2), now, null)).isEmpty();
  }

  @Test
  void aCodeOfAStepAlreadyUsedIsRefused() {
    Instant now = Instant.ofEpochSecond(1_800_000_000L);
    long step = Totp.stepOf(now);
    String code = Totp.code(SEED20, step);

    assertThat(Totp.matchingStep(SEED20, code, now, step)).isEmpty();
    assertThat(Totp.matchingStep(SEED20, code, now, step + 1)).isEmpty();
    assertThat(Totp.matchingStep(SEED20, code, now, step - 1)).hasValue(step);
  }

  @Test
  void malformedCodesAreRefusedAndSpacesIgnored() {
    Instant now = Instant.ofEpochSecond(1_800_000_000L);
    String code = Totp.code(SEED20, Totp.stepOf(now));

    assertThat(Totp.matchingStep(SEED20, code.substring(0, 3) + " " + code.substring(3), now, null))
        .isPresent();
    assertThat(Totp.matchingStep(SEED20, null, now, null)).isEmpty();
    assertThat(Totp.matchingStep(SEED20, "12345", now, null)).isEmpty();
    assertThat(Totp.matchingStep(SEED20, "abcdef", now, null)).isEmpty();
  }

  @Test
  void base32RoundTripsAndMatchesRfc4648() {
    assertThat(Base32.encode(ascii("foobar"))).isEqualTo("MZXW6YTBOI");
    assertThat(Base32.decode("mzxw6ytboi======")).isEqualTo(ascii("foobar"));
    byte[] secret = Totp.newSecret();
    assertThat(Base32.decode(Base32.encode(secret))).isEqualTo(secret);
    assertThat(Base32.encode(secret)).hasSize(32);
  }

  @Test
  void otpauthLinkNamesIssuerAccountAndSecret() {
    String uri = Totp.uri("Spokes Co-op", "ana@example.org", SEED20);

    assertThat(uri)
        .startsWith("otpauth://totp/Spokes%20Co-op:ana%40example.org?secret=")
        .contains("secret=" + Base32.encode(SEED20))
        .contains("issuer=Spokes%20Co-op")
        .contains("digits=6")
        .contains("period=30");
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
