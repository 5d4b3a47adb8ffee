package coop.spokes.identity.model;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238) as authenticator apps compute them: HMAC-SHA1 over
 * 30-second steps since the Unix epoch, 6 digits, a 20-byte random secret shown as Base32. The
 * codes themselves come from {@code java-otp}; this class adds Spokes' rules: a code is accepted
 * for the current step or one step either side (a phone clock up to about 30 s off), and never for
 * a step at or before the last one used, so a code that was seen cannot be replayed.
 */
public final class Totp {
  /** The step length of RFC 6238 and of every common authenticator app. */
  public static final Duration STEP = Duration.ofSeconds(30);

  public static final int DIGITS = 6;
  public static final int SECRET_BYTES = 20;

  /** How many steps a code may be off (either way). */
  public static final int DRIFT_STEPS = 1;

  private static final SecureRandom RANDOM = new SecureRandom();

  private Totp() {}

  /** A new random secret. */
  public static byte[] newSecret() {
    byte[] secret = new byte[SECRET_BYTES];
    RANDOM.nextBytes(secret);
    return secret;
  }

  /** The step number that {@code at} falls in. */
  public static long stepOf(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), STEP.getSeconds());
  }

  /**
   * The code for {@code step}: {@code digits} decimal digits (with leading zeros) of the RFC 6238
   * value with HMAC {@code algorithm} ({@code HmacSHA1}, {@code HmacSHA256} or {@code HmacSHA512}).
   */
  public static String code(byte[] secret, long step, int digits, String algorithm) {
    try {
      var generator = new TimeBasedOneTimePasswordGenerator(STEP, digits, algorithm);
      int value =
          generator.generateOneTimePassword(
              new SecretKeySpec(secret, algorithm),
              Instant.ofEpochSecond(step * STEP.getSeconds()));
      return String.format(java.util.Locale.ROOT, "%0" + digits + "d", value);
    } catch (InvalidKeyException e) {
      throw new IllegalArgumentException("unusable TOTP secret", e);
    }
  }

  /** The 6-digit HMAC-SHA1 code of {@code step}, as authenticator apps show it. */
  public static String code(byte[] secret, long step) {
    return code(secret, step, DIGITS, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
  }

  /**
   * The step whose code {@code typed} is, within {@link #DRIFT_STEPS} of {@code at} and after
   * {@code lastUsedStep}; empty when the code is wrong, too old or already used. Spaces in the
   * typed code are ignored.
   */
  public static OptionalLong matchingStep(
      byte[] secret, String typed, Instant at, Long lastUsedStep) {
    String code = typed == null ? "" : typed.replace(" ", "");
    if (!code.matches("\\d{" + DIGITS + "}")) {
      return OptionalLong.empty();
    }
    long now = stepOf(at);
    OptionalLong found = OptionalLong.empty();
    // Every candidate is computed and compared in constant time, whichever matches.
    for (long step = now - DRIFT_STEPS; step <= now + DRIFT_STEPS; step++) {
      boolean same =
          java.security.MessageDigest.isEqual(
              code(secret, step).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
              code.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      if (same && (lastUsedStep == null || step > lastUsedStep) && found.isEmpty()) {
        found = OptionalLong.of(step);
      }
    }
    return found;
  }

  /**
   * The {@code otpauth://} link that authenticator apps read (from a QR code): issuer {@code
   * issuer}, account {@code accountName}, with the secret in Base32.
   */
  public static String uri(String issuer, String accountName, byte[] secret) {
    String label = enc(issuer) + ":" + enc(accountName);
    return "otpauth://totp/"
        + label
        + "?secret="
        + Base32.encode(secret)
        + "&issuer="
        + enc(issuer)
        + "&algorithm=SHA1&digits="
        + DIGITS
        + "&period="
        + STEP.getSeconds();
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
  }
}
