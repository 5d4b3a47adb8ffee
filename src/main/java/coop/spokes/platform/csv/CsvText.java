package coop.spokes.platform.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;

/**
 * The text of an uploaded CSV file: UTF-8 when it is valid UTF-8, otherwise Windows-1252 (as older
 * spreadsheets save it), without a leading byte-order mark.
 */
public final class CsvText {
  private CsvText() {}

  public static String decode(byte[] content) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
    } catch (CharacterCodingException e) {
      text = new String(content, Charset.forName("windows-1252"));
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * How Spokes reads a file people upload or paste: a header row naming the columns (matched by
   * name, so their order is free), cells trimmed, empty lines skipped, unnamed columns allowed.
   */
  public static CSVFormat headed(char delimiter) {
    return CSVFormat.DEFAULT
        .builder()
        .setDelimiter(delimiter)
        .setHeader()
        .setSkipHeaderRecord(true)
        .setTrim(true)
        .setIgnoreEmptyLines(true)
        .setAllowMissingColumnNames(true)
        .get();
  }
}
