package coop.spokes.audit.model;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The hash of an audit event: SHA-256 over the previous event's hash and the event's canonical
 * content, each field length-prefixed so no two different events encode alike. Times are UTC,
 * truncated to microseconds (what both PostgreSQL and H2 store).
 */
public final class HashChain {
  /** The "previous hash" of a stream's first event. */
  public static final String GENESIS = "0".repeat(64);

  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

  private HashChain() {}

  public static String hash(AuditEvent e) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    field(out, e.getPrevHash());
    field(out, e.getStream());
    field(out, Long.toString(e.getSeq()));
    field(out, INSTANT.format(truncate(e.getOccurredAt())));
    field(out, e.getActorId() == null ? "" : e.getActorId().toString());
    field(out, e.getAction());
    field(out, e.getSubjectType() == null ? "" : e.getSubjectType());
    field(out, e.getSubjectId() == null ? "" : e.getSubjectId());
    field(out, e.getDetails());
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(out.toByteArray()));
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException(ex);
    }
  }

  /** Details as sorted {@code key=value} lines; line breaks in values are escaped. */
  public static String canonicalDetails(Map<String, String> details) {
    return details.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(
            e ->
                e.getKey()
                    + "="
                    + e.getValue().replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r"))
        .collect(Collectors.joining("\n"));
  }

  /** UTC, microsecond precision. */
  public static OffsetDateTime truncate(OffsetDateTime t) {
    return t.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  private static void field(ByteArrayOutputStream out, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    out.writeBytes((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(bytes);
    out.write(';');
  }
}
