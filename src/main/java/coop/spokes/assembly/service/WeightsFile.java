package coop.spokes.assembly.service;

import coop.spokes.assembly.model.AssemblyException;
import coop.spokes.platform.csv.CsvText;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a raw-weights file with Commons CSV: a header row naming the member-number and weight
 * columns (in any of the four languages), comma- or semicolon-separated as spreadsheets save it.
 */
final class WeightsFile {
  static final Set<String> NUMBER =
      Set.of(
          "member",
          "member number",
          "member_number",
          "number",
          "número",
          "numero",
          "número de miembro",
          "número de membre",
          "numéro",
          "numéro de membre",
          "membre",
          "miembro");
  static final Set<String> WEIGHT =
      Set.of("weight", "raw weight", "raw_weight", "peso", "pes", "poids");

  private WeightsFile() {}

  /**
   * The lines as {line number, member number, weight}.
   *
   * @throws AssemblyException at {@code file}: {@code assembly.weights.empty}, {@code
   *     assembly.weights.columns}, {@code assembly.weights.tooMany}
   */
  static List<String[]> read(String text, int maxLines) {
    if (text == null || text.isBlank()) {
      throw new AssemblyException("file", "assembly.weights.empty");
    }
    String first = text.lines().findFirst().orElse("");
    char delimiter =
        first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count()
            ? ';'
            : ',';
    List<String[]> rows = new ArrayList<>();
    try (CSVParser parser =
        CsvText.headed(delimiter).parse(new StringReader(text.replace("\uFEFF", "")))) {
      int number = -1;
      int weight = -1;
      List<String> names = parser.getHeaderNames();
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i).strip().toLowerCase(Locale.ROOT);
        if (number < 0 && NUMBER.contains(name)) {
          number = i;
        } else if (weight < 0 && WEIGHT.contains(name)) {
          weight = i;
        }
      }
      if (number < 0 || weight < 0) {
        throw new AssemblyException("file", "assembly.weights.columns");
      }
      for (CSVRecord r : parser) {
        if (rows.size() >= maxLines) {
          throw new AssemblyException("file", "assembly.weights.tooMany", maxLines);
        }
        rows.add(
            new String[] {
              Long.toString(r.getRecordNumber() + 1),
              number < r.size() ? r.get(number) : "",
              weight < r.size() ? r.get(weight) : ""
            });
      }
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      throw new AssemblyException("file", "assembly.weights.columns");
    }
    if (rows.isEmpty()) {
      throw new AssemblyException("file", "assembly.weights.empty");
    }
    return rows;
  }
}
