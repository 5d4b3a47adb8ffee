package coop.spokes.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CSV for spreadsheets: quoted, UTF-8 with a BOM, and no cell that a spreadsheet runs as a formula.
 */
class CsvWriterTest {

  @ParameterizedTest
  @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1", "-1+2", "@SUM(A1)", "\tx", "\rx"})
  void formulaLikeCellsAreNeutralisedWithAnApostrophe(String cell) {
    assertThat(CsvWriter.neutralise(cell)).isEqualTo("'" + cell);
  }

  @Test
  void ordinaryCellsAreKept() {
    assertThat(CsvWriter.neutralise("Núria Soler")).isEqualTo("Núria Soler");
    assertThat(CsvWriter.neutralise("ES-000123")).isEqualTo("ES-000123");
    assertThat(CsvWriter.neutralise("")).isEmpty();
  }

  @Test
  void documentHasABomAHeaderAndQuotedCells() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CsvWriter csv = new CsvWriter(out, "number", "name")) {
      csv.row("ES-000001", "Soler, Núria \"Nuri\"");
      csv.row("ES-000002", "=cmd|' /C calc'!A0");
      csv.row("ES-000003", null);
    }
    byte[] bytes = out.toByteArray();
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);

    assertThat(bytes[0]).isEqualTo((byte) 0xEF);
    assertThat(text.split("\r\n"))
        .containsExactly(
            "number,name",
            "ES-000001,\"Soler, Núria \"\"Nuri\"\"\"",
            "ES-000002,'=cmd|' /C calc'!A0",
            "ES-000003,");
  }
}
