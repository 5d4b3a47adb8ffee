package coop.spokes.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encrypts small secrets that Spokes must be able to read back (a TOTP seed, a BBB server's shared
 * secret) before they go into the database, with AES-256-GCM and keys that can be rotated. Use it
 * for anything the server needs in clear later; use {@link Secrets#hmac} instead for anything it
 * only needs to compare (tokens, recovery codes).
 *
 * <h2>Keys</h2>
 *
 * Keys come from MicroProfile Config, {@code spokes.platform.secret-keys} (environment variable
 * {@code SPOKES_PLATFORM_SECRET_KEYS}): a comma-separated list of {@code id:base64key}, where
 * {@code id} is 1 to 16 letters, digits, {@code _} or {@code -} and the key is 32 random bytes in
 * standard Base64 (e.g. {@code openssl rand -base64 32}). The <b>first</b> key encrypts; every
 * listed key decrypts. A key whose id starts with {@code demo} is the demo key shipped in {@code
 * microprofile-config.properties}: it is refused whenever demo data is off ({@link
 * #refuseDemoKeys}, called at start-up).
 *
 * <h2>Sealed form</h2>
 *
 * {@link #seal} returns text, safe for a {@code VARCHAR} column: {@code
 * sb1.<keyId>.<base64url(nonce || ciphertext || tag)>}, with a fresh random 96-bit nonce for every
 * seal and a 128-bit tag. The caller names a <em>purpose</em> (e.g. {@code "identity.totp:" +
 * accountId}): it is bound to the ciphertext as additional authenticated data together with the key
 * id, so a sealed value copied to another row or another use does not open. The sealed text is
 * about 4/3 × (plaintext + 28) + 20 characters long.
 *
 * <h2>Rotation</h2>
 *
 * <ol>
 *   <li>Put a new key first in the list and keep the old ones after it; restart. New seals use the
 *       new key, old ones still open.
 *   <li>Re-seal what is stored: each context that keeps sealed values implements {@link
 *       ResealsSecrets}, which uses {@link #reseal}; {@link SecretRotation#resealAll()} (an admin
 *       action) runs them all.
 *   <li>Remove the old key once {@link #isCurrent} holds for every stored value (the re-seal count
 *       is then 0); restart.
 * </ol>
 *
 * <p>Opening fails with {@link SecretBoxException} when the text is not a sealed value, names a key
 * id that is not configured, was sealed for another purpose, or was altered in any way (GCM
 * authentication). It never returns wrong plaintext.
 */
@ApplicationScoped
public class SecretBox {
  /** The configuration key holding the list of {@code id:base64key}. */
  public static final String CONFIG_KEY = "spokes.platform.secret-keys";

  private static final String VERSION = "sb1";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,16}");
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject
  @ConfigProperty(name = CONFIG_KEY)
  List<String> configured;

  private String currentId;
  private Map<String, SecretKey> keys;

  protected SecretBox() {}

  /** For tests and tools outside CDI: the same list as the configuration property. */
  public SecretBox(List<String> keys) {
    this.configured = keys;
    init();
  }

  @PostConstruct
  void init() {
    Map<String, SecretKey> parsed = parse(configured);
    this.keys = parsed;
    this.currentId = parsed.keySet().iterator().next();
  }

  /** Encrypts {@code plaintext} for {@code purpose} with the current (first) key. */
  public String seal(String purpose, byte[] plaintext) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(aad(currentId, purpose));
      byte[] sealed = cipher.doFinal(plaintext);
      byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
      return VERSION
          + "."
          + currentId
          + "."
          + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /** As {@link #seal(String, byte[])} for text (UTF-8). */
  public String seal(String purpose, String plaintext) {
    return seal(purpose, plaintext.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Decrypts {@code sealed} for {@code purpose} with the key it names.
   *
   * @throws SecretBoxException when it cannot be opened (see the class description)
   */
  public byte[] open(String purpose, String sealed) {
    String[] parts = sealed == null ? new String[0] : sealed.split("\\.", -1);
    if (parts.length != 3 || !VERSION.equals(parts[0])) {
      throw new SecretBoxException("not a sealed value");
    }
    SecretKey key = keys.get(parts[1]);
    if (key == null) {
      throw new SecretBoxException("no key configured with id " + parts[1]);
    }
    byte[] data;
    try {
      data = Base64.getUrlDecoder().decode(parts[2]);
    } catch (IllegalArgumentException e) {
      throw new SecretBoxException("not a sealed value");
    }
    if (data.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new SecretBoxException("not a sealed value");
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, data, 0, NONCE_BYTES));
      cipher.updateAAD(aad(parts[1], purpose));
      return cipher.doFinal(data, NONCE_BYTES, data.length - NONCE_BYTES);
    } catch (javax.crypto.AEADBadTagException e) {
      throw new SecretBoxException("sealed value altered, or sealed for another purpose");
    } catch (GeneralSecurityException e) {
      throw new SecretBoxException("cannot open: " + e.getMessage());
    }
  }

  /** As {@link #open(String, String)}, for text sealed with {@link #seal(String, String)}. */
  public String openText(String purpose, String sealed) {
    return new String(open(purpose, sealed), StandardCharsets.UTF_8);
  }

  /** Whether {@code sealed} was sealed with the current (first) key. */
  public boolean isCurrent(String sealed) {
    return sealed != null && sealed.startsWith(VERSION + "." + currentId + ".");
  }

  /**
   * The same secret sealed with the current key: {@code sealed} itself when it already is, else
   * opened with its old key and sealed anew (for rotation).
   *
   * @throws SecretBoxException when it cannot be opened
   */
  public String reseal(String purpose, String sealed) {
    return isCurrent(sealed) ? sealed : seal(purpose, open(purpose, sealed));
  }

  /** The id of the key that seals now. */
  public String currentKeyId() {
    return currentId;
  }

  /**
   * The key shipped for the demo in microprofile-config.properties (published, so never secret).
   */
  static final String DEMO_KEY = "IJuckNgEba63PHltygHVb3N7PbS7n6L/Wxhu01sbFLM=";

  /**
   * Refuses demo keys outside the demo: called at start-up with the configured list.
   *
   * @throws IllegalStateException when {@code demoEnabled} is false and a key id starts with "demo"
   *     or a key is the published {@link #DEMO_KEY} under any id, or when the list is not valid
   */
  public static void refuseDemoKeys(List<String> keys, boolean demoEnabled) {
    Map<String, SecretKey> parsed = parse(keys);
    // The published demo key is refused by its bytes too, whatever id it is given.
    byte[] demo = java.util.Base64.getDecoder().decode(DEMO_KEY);
    if (!demoEnabled
        && parsed.entrySet().stream()
            .anyMatch(
                e ->
                    e.getKey().startsWith("demo")
                        || java.security.MessageDigest.isEqual(e.getValue().getEncoded(), demo))) {
      throw new IllegalStateException(
          CONFIG_KEY
              + " (SPOKES_PLATFORM_SECRET_KEYS) holds the demo key while demo data is off: set your"
              + " own keys (docs/operations.md, Secret keys)");
    }
  }

  private static Map<String, SecretKey> parse(List<String> entries) {
    if (entries == null || entries.isEmpty()) {
      throw new IllegalStateException(CONFIG_KEY + " is empty: configure at least one key");
    }
    Map<String, SecretKey> parsed = new LinkedHashMap<>();
    List<String> ids = new ArrayList<>();
    for (String entry : entries) {
      String trimmed = entry.strip();
      int colon = trimmed.indexOf(':');
      String id = colon < 0 ? "" : trimmed.substring(0, colon);
      if (!KEY_ID.matcher(id).matches() || ids.contains(id)) {
        throw new IllegalStateException(
            CONFIG_KEY + ": each entry is id:base64key with a distinct id of 1-16 [A-Za-z0-9_-]");
      }
      byte[] key;
      try {
        key = Base64.getDecoder().decode(trimmed.substring(colon + 1));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(CONFIG_KEY + ": key " + id + " is not Base64");
      }
      if (key.length != 32) {
        throw new IllegalStateException(CONFIG_KEY + ": key " + id + " must be 32 bytes");
      }
      ids.add(id);
      parsed.put(id, new SecretKeySpec(key, "AES"));
    }
    return parsed;
  }

  private static byte[] aad(String keyId, String purpose) {
    return (VERSION + "." + keyId + "." + purpose).getBytes(StandardCharsets.UTF_8);
  }
}
