package coop.spokes.audit.model;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What a context asks to record. {@code details} hold ids and non-personal values only (they are
 * hashed and can never be erased); anything personal (an e-mail address typed at login, an IP
 * address) goes in {@code note}, which is kept outside the hash so it can be erased later.
 */
public record AuditEntry(
    String stream,
    String action,
    String subjectType,
    String subjectId,
    Long actorId,
    Map<String, String> details,
    String note) {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._:-]{0,99}");
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._-]{1,60}");

  public AuditEntry {
    requireName(stream, "stream");
    requireName(action, "action");
    details =
        details == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(details));
    details.forEach(
        (k, v) -> {
          if (!KEY.matcher(k).matches()) {
            throw new IllegalArgumentException("bad detail key " + k);
          }
          Objects.requireNonNull(v, k);
        });
    if (note != null && note.length() > 1000) {
      note = note.substring(0, 1000);
    }
  }

  private static void requireName(String value, String what) {
    if (value == null || !NAME.matcher(value).matches()) {
      throw new IllegalArgumentException("bad " + what + ": " + value);
    }
  }
}
