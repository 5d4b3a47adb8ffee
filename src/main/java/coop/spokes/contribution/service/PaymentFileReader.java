package coop.spokes.contribution.service;

import coop.spokes.contribution.infra.ImportRepository;
import coop.spokes.contribution.model.ContributionException;
import coop.spokes.contribution.model.ImportFormat;
import coop.spokes.contribution.model.ImportOutcome;
import coop.spokes.platform.csv.CsvText;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a bank's or payment platform's CSV export with a custodian's format into staged lines: the
 * columns found by their header names (any case), each cell trimmed and cut to its column's length,
 * nothing interpreted yet (the check does that, line by line, with its problems shown).
 */
final class PaymentFileReader {
  private PaymentFileReader() {}

  /**
   * The lines of {@code content} read with layout {@code l}, numbered from 1, all PENDING.
   *
   * @throws ContributionException at field {@code file}: {@code
   *     contribution.import.file.tooManyLines}, {@code contribution.import.file.unreadable}, {@code
   *     contribution.import.file.missingColumn}
   */
  static List<ImportRepository.Line> read(ImportFormat.Layout l, byte[] content) {
    List<ImportRepository.Line> lines = new ArrayList<>();
    try (CSVParser parser =
        CsvText.headed(l.delimiter()).parse(new StringReader(CsvText.decode(content)))) {
      Map<String, Integer> headers = new HashMap<>();
      List<String> names = parser.getHeaderNames();
      for (int i = 0; i < names.size(); i++) {
        headers.putIfAbsent(names.get(i).strip().toLowerCase(Locale.ROOT), i);
      }
      int reference = column(headers, l.columnReference(), true);
      int date = column(headers, l.columnDate(), true);
      int amount = column(headers, l.columnAmount(), true);
      int currency = column(headers, l.columnCurrency(), false);
      int member = column(headers, l.columnMember(), true);
      int note = column(headers, l.columnNote(), false);
      int lineNo = 0;
      for (CSVRecord r : parser) {
        if (++lineNo > PaymentImportService.MAX_LINES) {
          throw new ContributionException(
              "file", "contribution.import.file.tooManyLines", PaymentImportService.MAX_LINES);
        }
        lines.add(
            new ImportRepository.Line(
                lineNo,
                cell(r, reference, 200),
                cell(r, date, 40),
                cell(r, amount, 40),
                cell(r, currency, 10),
                cell(r, member, 320),
                cell(r, note, 500),
                null,
                null,
                null,
                null,
                ImportOutcome.PENDING,
                null));
      }
    } catch (IOException
        | java.io.UncheckedIOException
        | IllegalArgumentException
        | IllegalStateException e) {
      throw new ContributionException("file", "contribution.import.file.unreadable");
    }
    return lines;
  }

  private static int column(Map<String, Integer> headers, String name, boolean required) {
    if (name == null) {
      return -1;
    }
    Integer i = headers.get(name.strip().toLowerCase(Locale.ROOT));
    if (i == null && required) {
      throw new ContributionException("file", "contribution.import.file.missingColumn", name);
    }
    return i == null ? -1 : i;
  }

  private static String cell(CSVRecord r, int index, int max) {
    if (index < 0 || index >= r.size()) {
      return null;
    }
    String v = r.get(index);
    if (v == null || v.isBlank()) {
      return null;
    }
    v = v.strip();
    return v.length() > max ? v.substring(0, max) : v;
  }
}
