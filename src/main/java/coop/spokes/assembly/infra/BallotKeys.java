package coop.spokes.assembly.infra;

import coop.spokes.platform.security.SecretBox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secrets of secret ballots. Each open motion has a random 256-bit ballot key, stored sealed by
 * the platform's {@link SecretBox} (bound to the motion) and destroyed when the motion closes.
 * Under it, {@link #replaceKey} finds a voter's replaceable ballot until close, and {@link
 * #sealMail} encrypts receipt mails until they are sent; without it neither pairs a member with a
 * ballot. Receipts are random codes the voter keeps; ballots store only {@link #receiptHash}.
 */
@ApplicationScoped
public class BallotKeys {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] RECEIPT_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
  private static final int RECEIPT_CHARS = 24;
  private static final int GCM_NONCE = 12;

  @Inject SecretBox box;

  protected BallotKeys() {}

  /** For tests and tools outside CDI. */
  public BallotKeys(SecretBox box) {
    this.box = box;
  }

  /** A new ballot key for {@code motionId}, sealed. */
  public String newSealedKey(long motionId) {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return box.seal(purpose(motionId), key);
  }

  /** Re-seals a stored ballot key with the platform's current key (key rotation). */
  public String reseal(long motionId, String sealed) {
    return box.reseal(purpose(motionId), sealed);
  }

  /** Whether a stored ballot key is sealed with the current key. */
  public boolean isCurrent(String sealed) {
    return box.isCurrent(sealed);
  }

  /**
   * HMAC-SHA256(member, motion) under the motion's ballot key, as 64 hex characters: how a voter's
   * ballot is found again while the motion is open, and by nothing after.
   */
  public String replaceKey(long motionId, String sealedKey, long memberId) {
    return HexFormat.of()
        .formatHex(mac(subKey(motionId, sealedKey, "replace"), memberId + ":" + motionId));
  }

  /** A random receipt code, e.g. {@code K7QM-3XPA-…}: 24 characters of 32, 120 bits. */
  public static String newReceipt() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < RECEIPT_CHARS; i++) {
      if (i > 0 && i % 4 == 0) {
        s.append('-');
      }
      s.append(RECEIPT_ALPHABET[RANDOM.nextInt(RECEIPT_ALPHABET.length)]);
    }
    return s.toString();
  }

  /**
   * The SHA-256 of a receipt code as 64 hex characters, after removing spaces and dashes and
   * upper-casing, so a code typed back in any form finds its ballot.
   */
  public static String receiptHash(String receipt) {
    String normal = receipt.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(normal.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A random ballot id: 128 bits as 32 hex characters (never sequential). */
  public static String newBallotId() {
    byte[] id = new byte[16];
    RANDOM.nextBytes(id);
    return HexFormat.of().formatHex(id);
  }

  /** Encrypts a receipt mail's text under the motion's ballot key (AES-256-GCM). */
  public byte[] sealMail(long motionId, String sealedKey, String text) {
    byte[] nonce = new byte[GCM_NONCE];
    RANDOM.nextBytes(nonce);
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(
          Cipher.ENCRYPT_MODE,
          new SecretKeySpec(subKey(motionId, sealedKey, "mail"), "AES"),
          new GCMParameterSpec(128, nonce));
      byte[] body = c.doFinal(text.getBytes(StandardCharsets.UTF_8));
      byte[] out = new byte[nonce.length + body.length];
      System.arraycopy(nonce, 0, out, 0, nonce.length);
      System.arraycopy(body, 0, out, nonce.length, body.length);
      return out;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Opens what {@link #sealMail} sealed; fails when it was altered or sealed under another key. */
  public String openMail(long motionId, String sealedKey, byte[] sealed) {
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(
          Cipher.DECRYPT_MODE,
          new SecretKeySpec(subKey(motionId, sealedKey, "mail"), "AES"),
          new GCMParameterSpec(128, sealed, 0, GCM_NONCE));
      return new String(
          c.doFinal(sealed, GCM_NONCE, sealed.length - GCM_NONCE), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("a receipt mail did not open", e);
    }
  }

  /** One key per use, derived from the ballot key, so the HMAC and the cipher never share one. */
  private byte[] subKey(long motionId, String sealedKey, String use) {
    return mac(box.open(purpose(motionId), sealedKey), use);
  }

  private static byte[] mac(byte[] key, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String purpose(long motionId) {
    return "assembly.ballot-key:" + motionId;
  }
}
