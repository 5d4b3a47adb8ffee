package coop.spokes.platform.web;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One dashboard chart: what {@code <p:chart value="...">} draws (a Chart.js configuration, written
 * with JSON-P so every label is escaped) and, for people who cannot see the canvas, the same
 * figures as one sentence ({@link #summary}, the canvas's accessible name). Built by the context
 * that owns the figures; labels come from the bundles, already in the reader's language.
 *
 * <pre>{@code
 * Chart.doughnut(locale).slice("Active", 120).slice("Lapsed", 4)
 * }</pre>
 */
public final class Chart implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * Colours for series, each at least 3:1 against white (WCAG 1.4.11 for graphics) and told apart
   * by more than hue: the legend and the summary name every series too.
   */
  static final List<String> PALETTE =
      List.of("#2e6f5e", "#b5332e", "#0b5e8e", "#8a5a00", "#5b4a8a", "#36454f");

  /**
   * Looked up once: {@code JSON.createObjectBuilder()} looks the provider up on every call, which
   * took a tenth of a dashboard's time.
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  private final String type;
  private final Locale locale;
  private final List<String> labels = new ArrayList<>();
  private final List<Series> series = new ArrayList<>();
  private boolean stacked;

  private record Series(String label, List<Number> values) implements Serializable {}

  private Chart(String type, Locale locale) {
    this.type = type;
    this.locale = locale;
  }

  /** A ring of slices, one per category. */
  public static Chart doughnut(Locale locale) {
    Chart c = new Chart("doughnut", locale);
    c.series.add(new Series("", new ArrayList<>()));
    return c;
  }

  /** Bars over categories (call {@link #categories} then {@link #series}). */
  public static Chart bar(Locale locale) {
    return new Chart("bar", locale);
  }

  /** One slice of a doughnut. */
  public Chart slice(String label, Number value) {
    labels.add(label);
    series.get(0).values().add(value);
    return this;
  }

  /** The categories along a bar chart's axis. */
  public Chart categories(List<String> names) {
    labels.addAll(names);
    return this;
  }

  /** One series of a bar chart, a value per category. */
  public Chart series(String label, List<? extends Number> values) {
    series.add(new Series(label, new ArrayList<>(values)));
    return this;
  }

  /** Bars of every series stacked into one bar per category. */
  public Chart stacked() {
    this.stacked = true;
    return this;
  }

  /** Whether there is anything to draw (all zero draws nothing). */
  public boolean isEmpty() {
    return series.stream().flatMap(s -> s.values().stream()).allMatch(v -> v.doubleValue() == 0);
  }

  /** The Chart.js configuration, as JSON. */
  public String getConfig() {
    JsonArrayBuilder datasets = JSON.createArrayBuilder();
    for (int s = 0; s < series.size(); s++) {
      Series one = series.get(s);
      JsonArrayBuilder data = JSON.createArrayBuilder();
      one.values().forEach(v -> data.add(v.doubleValue()));
      JsonObjectBuilder set = JSON.createObjectBuilder().add("data", data);
      if (type.equals("doughnut")) {
        JsonArrayBuilder colours = JSON.createArrayBuilder();
        for (int i = 0; i < labels.size(); i++) {
          colours.add(PALETTE.get(i % PALETTE.size()));
        }
        set.add("backgroundColor", colours);
      } else {
        set.add("label", one.label()).add("backgroundColor", PALETTE.get(s % PALETTE.size()));
      }
      datasets.add(set);
    }
    JsonArrayBuilder names = JSON.createArrayBuilder();
    labels.forEach(names::add);
    JsonObjectBuilder options =
        JSON.createObjectBuilder()
            .add("locale", locale.toLanguageTag())
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add("animation", false)
            .add(
                "plugins",
                JSON.createObjectBuilder()
                    .add(
                        "legend",
                        JSON.createObjectBuilder()
                            .add("display", type.equals("doughnut") || series.size() > 1)
                            .add("position", "bottom")));
    if (type.equals("bar")) {
      JsonObjectBuilder axis = JSON.createObjectBuilder().add("stacked", stacked);
      options.add(
          "scales",
          JSON.createObjectBuilder()
              .add("x", axis)
              .add(
                  "y",
                  JSON.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true)));
    }
    return JSON.createObjectBuilder()
        .add("type", type)
        .add("data", JSON.createObjectBuilder().add("labels", names).add("datasets", datasets))
        .add("options", options)
        .build()
        .toString()
        // The configuration is written into a script element: never let a label close it.
        .replace("</", "<\\/");
  }

  /**
   * The figures as one sentence, e.g. "Active 120, Lapsed 4" or, for bars, "Xarxa Comuna: good 80,
   * partial 12; Steel City: …", with numbers in the reader's format.
   */
  public String getSummary() {
    java.text.NumberFormat numbers = java.text.NumberFormat.getNumberInstance(locale);
    numbers.setMaximumFractionDigits(1);
    List<String> parts = new ArrayList<>();
    if (type.equals("doughnut")) {
      for (int i = 0; i < labels.size(); i++) {
        parts.add(labels.get(i) + " " + numbers.format(series.get(0).values().get(i)));
      }
      return String.join(", ", parts);
    }
    for (int i = 0; i < labels.size(); i++) {
      List<String> values = new ArrayList<>();
      for (Series s : series) {
        values.add(
            (s.label().isEmpty() ? "" : s.label() + " ") + numbers.format(s.values().get(i)));
      }
      parts.add(labels.get(i) + ": " + String.join(", ", values));
    }
    return String.join("; ", parts);
  }
}
