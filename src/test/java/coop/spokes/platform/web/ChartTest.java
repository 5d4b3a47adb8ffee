package coop.spokes.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChartTest {
  static final Locale CA = Locale.forLanguageTag("ca");

  @Test
  void aDoughnutIsChartJsConfigurationWithOneColourPerSlice() {
    Chart chart = Chart.doughnut(CA).slice("Actius", 1200).slice("Baixa", 3);

    JsonObject config = Json.createReader(new StringReader(chart.getConfig())).readObject();

    assertThat(config.getString("type")).isEqualTo("doughnut");
    assertThat(config.getJsonObject("data").getJsonArray("labels").getString(0))
        .isEqualTo("Actius");
    var set = config.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
    assertThat(set.getJsonArray("data").getJsonNumber(0).intValue()).isEqualTo(1200);
    assertThat(set.getJsonArray("backgroundColor")).hasSize(2);
    assertThat(config.getJsonObject("options").getString("locale")).isEqualTo("ca");
  }

  @Test
  void theSummaryStatesTheFiguresInTheReadersNumberFormat() {
    assertThat(Chart.doughnut(CA).slice("Actius", 1200).slice("Baixa", 3).getSummary())
        .isEqualTo("Actius 1.200, Baixa 3");
    assertThat(
            Chart.bar(Locale.ENGLISH)
                .categories(List.of("Xarxa", "Steel"))
                .series("Good", List.of(80, 5))
                .series("None", List.of(2, 1.5))
                .stacked()
                .getSummary())
        .isEqualTo("Xarxa: Good 80, None 2; Steel: Good 5, None 1.5");
  }

  @Test
  void aLabelCannotCloseTheScriptTheConfigurationIsWrittenInto() {
    String config = Chart.doughnut(Locale.ENGLISH).slice("</script><script>x()", 1).getConfig();

    assertThat(config).doesNotContain("</script>");
    assertThat(Json.createReader(new StringReader(config)).readObject().toString())
        .contains("</script><script>x()");
  }

  @Test
  void allZeroIsEmpty() {
    assertThat(Chart.doughnut(Locale.ENGLISH).slice("A", 0).isEmpty()).isTrue();
    assertThat(Chart.doughnut(Locale.ENGLISH).slice("A", 2).isEmpty()).isFalse();
  }
}
