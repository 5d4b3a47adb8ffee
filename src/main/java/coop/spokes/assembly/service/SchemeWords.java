package coop.spokes.assembly.service;

import coop.spokes.assembly.infra.TallyDocuments;
import coop.spokes.assembly.tally.ClassShares;
import coop.spokes.assembly.tally.Fraction;
import coop.spokes.assembly.tally.MemberWeightRule;
import coop.spokes.assembly.tally.Motion;
import coop.spokes.assembly.tally.Scheme;
import jakarta.json.JsonString;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A weighting scheme and a motion's rules in plain words, as bundle keys with arguments ({@code
 * assembly.words.*}): what every ballot page shows above the choices, so a voter knows what their
 * vote weighs before they cast it.
 */
public final class SchemeWords {
  private SchemeWords() {}

  /** One sentence: a bundle key and its arguments (class and kind names are codes to translate). */
  public record Line(String key, List<String> args) implements Serializable {
    public Line {
      args = List.copyOf(args);
    }
  }

  public static List<Line> of(Scheme s) {
    List<Line> lines = new ArrayList<>();
    if (s.memberWeight() instanceof MemberWeightRule.KindMultipliers k) {
      for (Map.Entry<String, Fraction> e : k.multipliers().entrySet()) {
        lines.add(line("assembly.words.multiplier", code(e.getKey()), e.getValue().toString()));
      }
    } else if (s.memberWeight() instanceof MemberWeightRule.PluralVotes p) {
      lines.add(line("assembly.words.plural"));
      if (p.cap() != null) {
        lines.add(
            line(
                p.capOf() == MemberWeightRule.CapBase.CAST
                    ? "assembly.words.capOfCast"
                    : "assembly.words.capOfEligible",
                percent(p.cap())));
      }
    } else {
      lines.add(line("assembly.words.oneVote"));
    }
    if (s.splitKinds().contains("organisation")) {
      lines.add(line("assembly.words.split"));
    }
    ClassShares cs = s.classShares();
    if (cs != null) {
      for (Map.Entry<String, Fraction> e : cs.shares().entrySet()) {
        lines.add(
            line(
                "assembly.words.share",
                code(e.getKey()),
                percent(e.getValue().dividedBy(cs.total()))));
      }
      lines.add(
          line(
              cs.denominator() == ClassShares.Denominator.ELIGIBLE
                  ? "assembly.words.sharedAmongEligible"
                  : "assembly.words.sharedAmongVotes"));
      cs.minimumTurnout().values().stream()
          .findFirst()
          .filter(t -> t.fraction() != null)
          .ifPresent(
              t ->
                  lines.add(
                      line(
                          cs.belowTurnout() == ClassShares.BelowTurnout.REDISTRIBUTE
                              ? "assembly.words.belowTurnoutRedistribute"
                              : "assembly.words.belowTurnoutAbstain",
                          percent(t.fraction()))));
    }
    return lines;
  }

  /** What a motion needs to pass, in words. */
  public static List<Line> of(Motion m, boolean secret, boolean changeable) {
    List<Line> lines = new ArrayList<>();
    Motion.Threshold t = m.threshold();
    String comparison =
        t.comparison().symbol().equals(">") ? "assembly.words.moreThan" : "assembly.words.atLeast";
    lines.add(
        line(
            m.kind() == Motion.Kind.MULTIPLE_CHOICE
                ? "assembly.words.elects"
                : "assembly.words.passes",
            Integer.toString(m.seats()),
            "@" + comparison,
            percent(t.fraction()),
            "@assembly.words.base." + t.base().name(),
            "@assembly.words.measure." + t.measure().name()));
    if (!m.doubleMajority().isEmpty()) {
      lines.add(
          line(
              "assembly.words.doubleMajority",
              String.join(", ", m.doubleMajority().stream().map(SchemeWords::code).toList())));
    }
    m.quorum()
        .forEach(
            (call, q) ->
                lines.add(
                    line(
                        "assembly.words.quorum",
                        Integer.toString(call),
                        q.fraction() == null ? "0" : percent(q.fraction()))));
    lines.add(line(secret ? "assembly.words.secret" : "assembly.words.named"));
    lines.add(line(changeable ? "assembly.words.changeable" : "assembly.words.final"));
    return lines;
  }

  /** A class or kind name to translate: {@code @assembly.class.PRODUCER}. */
  private static String code(String name) {
    return "@assembly.code." + name.toUpperCase(Locale.ROOT);
  }

  /** A fraction as a percentage to two decimals at most (2/3 → 66.67). */
  static String percent(Fraction f) {
    return new java.math.BigDecimal(f.numerator())
        .multiply(java.math.BigDecimal.valueOf(100))
        .divide(new java.math.BigDecimal(f.denominator()), 2, java.math.RoundingMode.HALF_EVEN)
        .stripTrailingZeros()
        .toPlainString();
  }

  private static Line line(String key, String... args) {
    return new Line(key, List.of(args));
  }

  /**
   * A ballot's stored choices ({@code {"yes":"1"}} or a split vote's parts), option by option in
   * the order stored, each with its part of the vote as written.
   */
  public static Map<String, String> choices(String json) {
    Map<String, String> parts = new LinkedHashMap<>();
    TallyDocuments.parse(json)
        .forEach((option, v) -> parts.put(option, ((JsonString) v).getString()));
    return parts;
  }
}
