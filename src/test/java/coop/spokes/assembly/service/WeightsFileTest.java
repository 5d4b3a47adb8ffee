package coop.spokes.assembly.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Raw-weights files as spreadsheets save them: headers in four languages, "," or ";". */
class WeightsFileTest {

  @Test
  void readsCommaAndSemicolonFilesWithHeadersInAnyLanguage() {
    List<String[]> comma =
        WeightsFile.read("Member number,Weight\nES-000001,12\nES-000002,3.5\n", 10);
    assertThat(comma).hasSize(2);
    assertThat(comma.get(1)).containsExactly("3", "ES-000002", "3.5");
    List<String[]> semicolon = WeightsFile.read("\uFEFFnuméro;poids\nQC-000001;7,5\n", 10);
    assertThat(semicolon.get(0)).containsExactly("2", "QC-000001", "7,5");
  }

  @Test
  void refusesAFileWithoutTheColumnsEmptyOrTooLong() {
    assertThatThrownBy(() -> WeightsFile.read("name,amount\nx,1\n", 10))
        .hasMessage("assembly.weights.columns");
    assertThatThrownBy(() -> WeightsFile.read("member,weight\n", 10))
        .hasMessage("assembly.weights.empty");
    assertThatThrownBy(() -> WeightsFile.read("member,weight\na,1\nb,2\nc,3\n", 2))
        .hasMessage("assembly.weights.tooMany");
  }
}
