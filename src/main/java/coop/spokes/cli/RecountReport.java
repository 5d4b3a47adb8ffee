package coop.spokes.cli;

import coop.spokes.assembly.tally.Fraction;
import coop.spokes.assembly.tally.Outcome;
import coop.spokes.assembly.tally.Outcome.Figures;
import coop.spokes.assembly.tally.TallyDocumentReader.TallyDocument;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The recount as text: the outcome with every intermediate figure, exact fractions with a rounded
 * decimal beside them for reading.
 */
final class RecountReport {

  /** How many per-voter rows the text shows; {@code --json} shows them all. */
  private static final int VOTER_ROWS = 20;

  private final PrintStream out;
  private final ResourceBundle text;

  RecountReport(PrintStream out, ResourceBundle text) {
    this.out = out;
    this.text = text;
  }

  /** An exact figure, and its rounded decimal when it is not whole: {@code 200/3 (≈ 66.6667)}. */
  static String show(Fraction f) {
    if (f == null) {
      return "–";
    }
    if (f.isWhole()) {
      return f.toString();
    }
    BigDecimal d = f.toDecimal(4).stripTrailingZeros();
    return f + " (≈ " + d.toPlainString() + ")";
  }

  void print(Path file, TallyDocument document, Outcome o, List<String> differences) {
    line("assembly.recount.title", file, document.input().ballots().size(), unit(o));
    line("assembly.recount.result", o.result().name(), String.join(", ", o.elected()));
    if (!o.tied().isEmpty()) {
      line("assembly.recount.tied", String.join(", ", o.tied()));
    }
    out.println();
    line("assembly.recount.options");
    o.options()
        .forEach(
            (name, f) -> line("assembly.recount.option", name, show(f.weight()), show(f.heads())));
    out.println();
    line("assembly.recount.overall");
    figures(o.overall());
    for (var e : o.classes().entrySet()) {
      var c = e.getValue();
      out.println();
      line("assembly.recount.class", e.getKey());
      figures(c.figures());
      if (c.share() != null) {
        line("assembly.recount.share", show(c.share()), c.shareCounted());
      }
      if (c.perUnit() != null) {
        line("assembly.recount.perUnit", show(c.perUnit()));
      }
      line("assembly.recount.subtotals", joined(c.subtotals()));
      if (!c.voterWeight().isEmpty()) {
        line("assembly.recount.voterWeight", joined(c.voterWeight()));
      }
    }
    if (o.pluralWeights() != null) {
      var p = o.pluralWeights();
      out.println();
      line(
          "assembly.recount.plural",
          show(p.cap()),
          p.capOf() == null ? "–" : p.capOf().toLowerCase(java.util.Locale.ROOT),
          show(p.total()),
          show(p.capWeight()),
          show(p.scale()),
          p.capped());
      p.voters().stream()
          .limit(VOTER_ROWS)
          .forEach(
              v ->
                  line(
                      "assembly.recount.pluralRow",
                      v.voter() == null ? "–" : v.voter(),
                      show(v.rawWeight()),
                      show(v.votes()),
                      show(v.weight()),
                      v.ballots()));
      if (p.voters().size() > VOTER_ROWS) {
        line("assembly.recount.moreRows", p.voters().size() - VOTER_ROWS);
      }
    }
    for (var c : o.classCaps()) {
      out.println();
      line(
          "assembly.recount.classCap",
          String.join(", ", c.classes()),
          show(c.fraction()),
          show(c.uncapped()),
          show(c.others()),
          c.applied() ? show(c.capped()) : "–",
          c.applied() ? show(c.voterWeight()) : "–");
    }
    out.println();
    line("assembly.recount.quorum", o.quorum().call(), yes(o.quorum().met()));
    for (var q : o.quorum().checks()) {
      line(
          "assembly.recount.quorumCheck",
          q.scope(),
          q.measure().toLowerCase(java.util.Locale.ROOT),
          show(q.attending()),
          show(q.eligible()),
          symbol(q.comparison()),
          q.required() == null ? "–" : show(q.required()),
          q.count() == null ? "–" : show(q.count()),
          yes(q.met()));
    }
    for (var t : o.thresholds()) {
      out.println();
      line(
          "assembly.recount.threshold",
          t.option(),
          show(t.figure()),
          show(t.baseFigure()),
          t.base().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
          show(t.share()),
          symbol(t.comparison()),
          t.fraction(),
          yes(t.met()));
      for (var d : t.doubleMajority()) {
        line(
            "assembly.recount.doubleMajority",
            d.className(),
            show(d.figure()),
            show(d.baseFigure()),
            show(d.share()),
            yes(d.met()));
      }
    }
    if (!o.setAside().isEmpty()) {
      out.println();
      line("assembly.recount.setAside", o.setAside().size());
      o.setAside()
          .forEach(
              s ->
                  line(
                      "assembly.recount.setAsideRow",
                      String.valueOf(s.index()),
                      s.voter(),
                      say(s.key())));
    }
    for (String note : o.checksNotMadeKeys()) {
      line("assembly.recount.notChecked", say(note));
    }
    out.println();
    if (differences == null) {
      line("assembly.recount.unpublished");
    } else if (differences.isEmpty()) {
      line("assembly.recount.matches");
    } else {
      line("assembly.recount.differs", differences.size());
      differences.forEach(d -> out.println("  " + d));
    }
  }

  private void figures(Figures f) {
    line(
        "assembly.recount.figures",
        f.eligibleHeads(),
        show(f.eligibleWeight()),
        f.castHeads(),
        show(f.castWeight()),
        show(f.turnoutHeads()),
        show(f.turnoutWeight()));
  }

  private String unit(Outcome o) {
    return Outcome.POINTS.equals(o.unit())
        ? MessageFormat.format(text.getString("assembly.recount.unit.points"), o.pointsTotal())
        : text.getString("assembly.recount.unit.votes");
  }

  /** {@code >=} as the reader expects to see it: {@code ≥}. */
  private static String symbol(String code) {
    return code.equals(">=") ? "≥" : code;
  }

  private String yes(boolean met) {
    return text.getString(met ? "assembly.recount.met" : "assembly.recount.notMet");
  }

  private static String joined(Map<String, Fraction> map) {
    return map.entrySet().stream()
        .map(e -> e.getKey() + " " + show(e.getValue()))
        .collect(Collectors.joining(", "));
  }

  private void line(String key, Object... args) {
    out.println(say(key, args));
  }

  private String say(String key, Object... args) {
    return new MessageFormat(text.getString(key), text.getLocale()).format(args);
  }
}
