package coop.spokes.platform.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes CSV for spreadsheets (UTF-8 with a byte-order mark, so spreadsheet programs read accents
 * right; RFC 4180 quoting by Apache Commons CSV). Every cell that a spreadsheet would take for a
 * formula — starting with {@code = + - @}, a tab or a carriage return — is prefixed with an
 * apostrophe (OWASP "CSV injection").
 */
public final class CsvWriter implements AutoCloseable {
  private final CSVPrinter printer;

  public CsvWriter(OutputStream out, String... header) {
    try {
      out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      printer =
          new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(neutralise(header)).get());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes one row; {@code null} becomes an empty cell. */
  public void row(Object... cells) {
    try {
      printer.printRecord(
          (Object[])
              neutralise(
                  Arrays.stream(cells)
                      .map(c -> c == null ? "" : c.toString())
                      .toArray(String[]::new)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A cell safe to open in a spreadsheet. */
  public static String neutralise(String cell) {
    if (cell == null || cell.isEmpty()) {
      return cell == null ? "" : cell;
    }
    char first = cell.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + cell
        : cell;
  }

  private static String[] neutralise(String[] cells) {
    return Arrays.stream(cells).map(CsvWriter::neutralise).toArray(String[]::new);
  }

  @Override
  public void close() {
    try {
      printer.close(true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
