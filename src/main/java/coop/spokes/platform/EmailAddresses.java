package coop.spokes.platform;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The plausibility check for e-mail addresses that every context uses: one {@code @}, a local part
 * of at most 64 characters, a domain with a dot, no spaces, at most 320 characters in all. Whether
 * the address works is only known once a mail sent to it is answered (verification links).
 */
public final class EmailAddresses {
  private static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

  private EmailAddresses() {}

  public static boolean isPlausible(String address) {
    return address != null && address.length() <= 320 && SHAPE.matcher(address).matches();
  }

  /** Trimmed and lower-cased, as addresses are stored and compared. */
  public static String normalize(String address) {
    return address == null ? null : address.strip().toLowerCase(Locale.ROOT);
  }
}
