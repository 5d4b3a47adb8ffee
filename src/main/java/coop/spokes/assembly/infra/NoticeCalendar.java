package coop.spokes.assembly.infra;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The {@code .ics} invitation sent with an assembly's notice (RFC 5545): one event from the first
 * call to the end of the voting window, in UTC, with the text escaped and long lines folded as the
 * standard asks. Written by hand: a single event needs no library.
 */
public final class NoticeCalendar {
  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  private NoticeCalendar() {}

  /** The calendar file's bytes (UTF-8, CRLF line ends). */
  public static byte[] event(
      String uid,
      String title,
      String description,
      String place,
      OffsetDateTime start,
      OffsetDateTime end,
      OffsetDateTime stamp) {
    StringBuilder ics = new StringBuilder();
    line(ics, "BEGIN:VCALENDAR");
    line(ics, "VERSION:2.0");
    line(ics, "PRODID:-//Spokes//Assemblies//EN");
    line(ics, "METHOD:PUBLISH");
    line(ics, "BEGIN:VEVENT");
    line(ics, "UID:" + text(uid));
    line(ics, "DTSTAMP:" + utc(stamp));
    line(ics, "DTSTART:" + utc(start));
    line(ics, "DTEND:" + utc(end));
    line(ics, "SUMMARY:" + text(title));
    if (description != null && !description.isBlank()) {
      line(ics, "DESCRIPTION:" + text(description));
    }
    if (place != null && !place.isBlank()) {
      line(ics, "LOCATION:" + text(place));
    }
    line(ics, "END:VEVENT");
    line(ics, "END:VCALENDAR");
    return ics.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String utc(OffsetDateTime t) {
    return UTC.format(t.withOffsetSameInstant(ZoneOffset.UTC));
  }

  /** TEXT values: backslash, semicolon and comma escaped, line breaks as {@code \n}. */
  static String text(String value) {
    return value
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
        .replaceAll("\\p{Cc}", "");
  }

  /** Appends a content line folded at 75 octets (continuations start with a space). */
  static void line(StringBuilder out, String content) {
    int octets = 0;
    int i = 0;
    while (i < content.length()) {
      int cp = content.codePointAt(i);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > 75) {
        out.append("\r\n ");
        octets = 1;
      }
      out.appendCodePoint(cp);
      octets += size;
      i += Character.charCount(cp);
    }
    out.append("\r\n");
  }
}
