package coop.spokes.assembly.tally;

import coop.spokes.assembly.tally.Outcome.ClassFigures;
import coop.spokes.assembly.tally.Outcome.Figures;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The outcome as the recount's {@code --json} output and a published document's {@code outcome}:
 * every figure an exact {@code "p/q"} or integer string, every unit stated. {@link #differences}
 * compares a published outcome with a recount.
 */
public final class OutcomeJson {

  /** The output's format, as its {@code format} field names it. */
  public static final String FORMAT = "spokes-recount/1";

  private static final JsonProvider JSON = JsonProvider.provider();

  private OutcomeJson() {}

  public static JsonObject write(Outcome o) {
    JsonObjectBuilder b = JSON.createObjectBuilder().add("format", FORMAT);
    b.add("result", o.result().name());
    b.add("elected", strings(o.elected()));
    b.add("tied", strings(o.tied()));
    JsonObjectBuilder units =
        JSON.createObjectBuilder()
            .add(
                "tally", Outcome.POINTS.equals(o.unit()) ? "points of " + o.pointsTotal() : "votes")
            .add("memberWeight", "votes of one member before class shares")
            .add("heads", "members (a voter who split counts in proportion)")
            .add("share", "fraction of the base")
            .add("turnout", "fraction of the eligible");
    b.add("units", units);
    if (o.pointsTotal() != null) {
      b.add("pointsTotal", o.pointsTotal().toString());
    }
    JsonObjectBuilder options = JSON.createObjectBuilder();
    o.options()
        .forEach(
            (name, f) ->
                options.add(
                    name,
                    JSON.createObjectBuilder()
                        .add("weight", f.weight().toString())
                        .add("heads", f.heads().toString())));
    b.add("options", options);
    b.add("overall", figures(o.overall()));
    JsonObjectBuilder classes = JSON.createObjectBuilder();
    o.classes().forEach((name, c) -> classes.add(name, classFigures(c)));
    b.add("classes", classes);
    if (o.pluralWeights() != null) {
      var p = o.pluralWeights();
      JsonArrayBuilder voters = JSON.createArrayBuilder();
      for (var v : p.voters()) {
        JsonObjectBuilder row = JSON.createObjectBuilder();
        if (v.voter() != null) {
          row.add("voter", v.voter());
        }
        row.add("rawWeight", v.rawWeight().toString())
            .add("votes", v.votes().toString())
            .add("weight", v.weight().toString())
            .add("ballots", Long.toString(v.ballots()));
        voters.add(row);
      }
      JsonObjectBuilder plural = JSON.createObjectBuilder();
      add(plural, "cap", p.cap());
      if (p.capOf() != null) {
        plural.add("capOf", p.capOf().toLowerCase(java.util.Locale.ROOT));
      }
      add(plural, "total", p.total());
      add(plural, "capWeight", p.capWeight());
      add(plural, "scale", p.scale());
      plural.add("capped", Long.toString(p.capped())).add("voters", voters);
      b.add("pluralWeights", plural);
    }
    JsonArrayBuilder caps = JSON.createArrayBuilder();
    for (var c : o.classCaps()) {
      JsonObjectBuilder cap =
          JSON.createObjectBuilder()
              .add("classes", strings(c.classes()))
              .add("fraction", c.fraction().toString())
              .add("uncapped", c.uncapped().toString())
              .add("others", c.others().toString())
              .add("applied", c.applied());
      add(cap, "capped", c.capped());
      add(cap, "voterWeight", c.voterWeight());
      caps.add(cap);
    }
    b.add("classCaps", caps);
    JsonArrayBuilder checks = JSON.createArrayBuilder();
    for (var c : o.quorum().checks()) {
      JsonObjectBuilder check =
          JSON.createObjectBuilder()
              .add("scope", c.scope())
              .add("measure", c.measure().toLowerCase(java.util.Locale.ROOT))
              .add("attending", c.attending().toString());
      add(check, "eligible", c.eligible());
      add(check, "required", c.required());
      add(check, "count", c.count());
      checks.add(check.add("comparison", c.comparison()).add("met", c.met()));
    }
    b.add(
        "quorum",
        JSON.createObjectBuilder()
            .add("call", Integer.toString(o.quorum().call()))
            .add("met", o.quorum().met())
            .add("checks", checks));
    JsonArrayBuilder thresholds = JSON.createArrayBuilder();
    for (var t : o.thresholds()) {
      JsonObjectBuilder th =
          JSON.createObjectBuilder()
              .add("option", t.option())
              .add("measure", t.measure().toLowerCase(java.util.Locale.ROOT))
              .add("base", t.base().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
              .add("figure", t.figure().toString())
              .add("baseFigure", t.baseFigure().toString());
      add(th, "share", t.share());
      th.add("fraction", t.fraction().toString())
          .add("comparison", t.comparison())
          .add("met", t.met());
      JsonArrayBuilder within = JSON.createArrayBuilder();
      for (var d : t.doubleMajority()) {
        JsonObjectBuilder w =
            JSON.createObjectBuilder()
                .add("class", d.className())
                .add("figure", d.figure().toString())
                .add("baseFigure", d.baseFigure().toString());
        add(w, "share", d.share());
        within.add(w.add("met", d.met()));
      }
      thresholds.add(th.add("doubleMajority", within));
    }
    b.add("thresholds", thresholds);
    JsonArrayBuilder aside = JSON.createArrayBuilder();
    for (var s : o.setAside()) {
      JsonObjectBuilder row = JSON.createObjectBuilder().add("ballot", Integer.toString(s.index()));
      if (s.receipt() != null) {
        row.add("receipt", s.receipt());
      }
      aside.add(row.add("voter", s.voter()).add("reason", s.reason()).add("key", s.key()));
    }
    b.add("setAside", aside);
    b.add("checksNotMade", strings(o.checksNotMade()));
    return b.build();
  }

  private static JsonObjectBuilder classFigures(ClassFigures c) {
    JsonObjectBuilder b = figures(c.figures());
    add(b, "share", c.share());
    if (c.shareCounted() != null) {
      b.add("shareCounted", c.shareCounted());
    }
    add(b, "perUnit", c.perUnit());
    b.add("subtotals", fractions(c.subtotals()));
    b.add("voterWeight", fractions(c.voterWeight()));
    return b;
  }

  private static JsonObjectBuilder figures(Figures f) {
    return JSON.createObjectBuilder()
        .add("eligible", pair(Fraction.of(f.eligibleHeads()), f.eligibleWeight()))
        .add("cast", pair(Fraction.of(f.castHeads()), f.castWeight()))
        .add("turnout", pair(f.turnoutHeads(), f.turnoutWeight()));
  }

  private static JsonObjectBuilder pair(Fraction heads, Fraction weight) {
    JsonObjectBuilder b = JSON.createObjectBuilder();
    add(b, "heads", heads);
    add(b, "weight", weight);
    return b;
  }

  private static JsonObjectBuilder fractions(Map<String, Fraction> map) {
    JsonObjectBuilder b = JSON.createObjectBuilder();
    map.forEach((k, v) -> b.add(k, v.toString()));
    return b;
  }

  private static JsonArrayBuilder strings(List<String> list) {
    JsonArrayBuilder b = JSON.createArrayBuilder();
    list.forEach(b::add);
    return b;
  }

  private static void add(JsonObjectBuilder b, String key, Fraction value) {
    if (value != null) {
      b.add(key, value.toString());
    }
  }

  /**
   * Where a published outcome differs from the recount: every field the publication states must be
   * in the recount with the same value (exact numbers compared as numbers, so {@code "2/4"} equals
   * {@code "1/2"}); fields it leaves out are not compared.
   *
   * @return one line per difference, each starting with its JSON path
   */
  public static List<String> differences(JsonObject published, JsonObject recount) {
    List<String> out = new ArrayList<>();
    compare("$.outcome", published, recount, out);
    return out;
  }

  private static void compare(String at, JsonValue published, JsonValue recount, List<String> out) {
    if (recount == null) {
      out.add(at + ": published, but the recount has no such figure");
      return;
    }
    if (published instanceof JsonObject p && recount instanceof JsonObject r) {
      for (String key : p.keySet()) {
        if (at.equals("$.outcome") && (key.equals("format") || key.equals("units"))) {
          continue;
        }
        compare(at + "." + key, p.get(key), r.get(key), out);
      }
      return;
    }
    if (published instanceof JsonArray p && recount instanceof JsonArray r) {
      if (p.size() != r.size()) {
        out.add(at + ": published " + p.size() + " entries, recount " + r.size());
        return;
      }
      for (int i = 0; i < p.size(); i++) {
        compare(at + "[" + i + "]", p.get(i), r.get(i), out);
      }
      return;
    }
    if (!same(published, recount)) {
      out.add(at + ": published " + text(published) + ", recount " + text(recount));
    }
  }

  private static boolean same(JsonValue published, JsonValue recount) {
    if (published.equals(recount)) {
      return true;
    }
    try {
      return Fraction.parse(text(published)).equals(Fraction.parse(text(recount)));
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String text(JsonValue v) {
    if (v instanceof JsonString s) {
      return s.getString();
    }
    if (v instanceof JsonNumber n) {
      return n.toString();
    }
    return v.toString();
  }
}
