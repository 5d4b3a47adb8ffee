package coop.spokes.membership.service;

import coop.spokes.membership.model.MembershipException;
import coop.spokes.platform.csv.CsvText;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a custodian's register exported from a spreadsheet: UTF-8 or Windows-1252, comma, semicolon
 * or tab separated (whichever the first row uses most), the first row naming the columns; blank
 * rows skipped, every cell trimmed.
 */
final class RegisterFileReader {
  private RegisterFileReader() {}

  /** The column names and the rows of a register file. */
  record Table(List<String> headers, List<List<String>> rows) {}

  /**
   * The table in {@code content} (not empty, within {@link MemberImportService#MAX_BYTES}).
   *
   * @throws MembershipException at field {@code file}: {@code membership.import.file.empty}, {@code
   *     membership.import.file.tooManyRows}, {@code membership.import.file.unreadable}
   */
  static Table read(byte[] content) {
    String text = CsvText.decode(content);
    String firstLine = text.lines().findFirst().orElse("");
    char delimiter = delimiterOf(firstLine);
    List<List<String>> rows = new ArrayList<>();
    List<String> headers;
    try (CSVParser parser =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setTrim(true)
            .setIgnoreEmptyLines(true)
            .get()
            .parse(new StringReader(text))) {
      var records = parser.iterator();
      if (!records.hasNext()) {
        throw new MembershipException("file", "membership.import.file.empty");
      }
      headers = cells(records.next());
      while (records.hasNext()) {
        List<String> row = cells(records.next());
        if (row.stream().allMatch(String::isBlank)) {
          continue;
        }
        if (rows.size() == MemberImportService.MAX_ROWS) {
          throw new MembershipException(
              "file", "membership.import.file.tooManyRows", MemberImportService.MAX_ROWS);
        }
        rows.add(row);
      }
    } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
      throw new MembershipException("file", "membership.import.file.unreadable");
    }
    if (headers.size() > MemberImportService.MAX_COLUMNS || rows.isEmpty()) {
      throw new MembershipException(
          "file",
          rows.isEmpty() ? "membership.import.file.empty" : "membership.import.file.unreadable");
    }
    return new Table(headers, rows);
  }

  private static char delimiterOf(String header) {
    char best = ',';
    long most = header.chars().filter(ch -> ch == ',').count();
    for (char candidate : new char[] {';', '\t'}) {
      long n = header.chars().filter(ch -> ch == candidate).count();
      if (n > most) {
        best = candidate;
        most = n;
      }
    }
    return best;
  }

  private static List<String> cells(CSVRecord record) {
    List<String> cells = new ArrayList<>(record.size());
    record.forEach(c -> cells.add(c == null ? "" : c.strip()));
    return cells;
  }
}
