package coop.spokes.assembly.infra;

import coop.spokes.assembly.tally.Fraction;
import coop.spokes.assembly.tally.MemberWeightRule;
import coop.spokes.assembly.tally.Motion;
import coop.spokes.assembly.tally.Scheme;
import coop.spokes.assembly.tally.Tally;
import coop.spokes.assembly.tally.TallyDocumentReader;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a motion's tally document (docs/tally-format.md) from what the assembly stored: the
 * scheme, the roll's eligible members per class and kind (with pseudonymous raw weights under
 * plural votes), the attendance of the motion's call, the motion's rules, and its ballots as groups
 * of identical (class, kind, weight, choices) with their count. Receipts are published apart, never
 * in the document. On a secret motion, a ballot whose (class, kind, weight) only one member on the
 * roll has would single that member out: such ballots are written as their class's total ({@code
 * merged}). The server counts the document it wrote, so the published outcome and a recount read
 * the same thing.
 */
public final class TallyDocuments {
  private static final JsonWriterFactory PRETTY =
      Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

  /**
   * Readers and builders come from factories made once: each {@code Json.createReader} or {@code
   * Json.createObjectBuilder} call looks the JSON provider up through the class loaders again,
   * which profiling showed as 8 % of a busy vote page's time (docs/benchmarks.md).
   */
  private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

  private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());

  private TallyDocuments() {}

  /** Parses JSON text (a stored scheme or motion rules) as an object. */
  public static JsonObject parse(String json) {
    try (JsonReader r = READERS.createReader(new StringReader(json))) {
      return r.readObject();
    }
  }

  /** A builder of a JSON object, from the shared factory. */
  public static JsonObjectBuilder object() {
    return BUILDERS.createObjectBuilder();
  }

  /** Writes a JSON object as indented text. */
  public static String text(JsonObject o) {
    StringWriter out = new StringWriter();
    try (JsonWriter w = PRETTY.createWriter(out)) {
      w.writeObject(o);
    }
    return out.toString().strip() + "\n";
  }

  /** The tally's name of a class or kind code (PRODUCER → producer). */
  public static String name(String code) {
    return code.toLowerCase(Locale.ROOT);
  }

  /** A roll member as the document needs them. */
  public record Eligible(String memberClass, String kind, String rawWeight) {}

  /** Attendance of one class at the motion's call. */
  public record ClassAttendance(
      long present, long represented, Fraction presentWeight, Fraction representedWeight) {}

  /** Everything a motion's document is made of. */
  public record Parts(
      String motionRef,
      String title,
      String scheme,
      String rules,
      int call,
      boolean secret,
      List<Eligible> eligible,
      Map<String, ClassAttendance> attendance,
      List<BallotStore.Group> ballots) {}

  /** The document, as a JSON object. */
  public static JsonObject write(Parts p) {
    JsonObject schemeJson = parse(p.scheme());
    Scheme scheme = TallyDocumentReader.readScheme(schemeJson);
    boolean plural = scheme.memberWeight() instanceof MemberWeightRule.PluralVotes;
    JsonObject rules = parse(p.rules());
    Motion motion = TallyDocumentReader.readMotion(rules);

    JsonObjectBuilder doc = Json.createObjectBuilder();
    doc.add("format", TallyDocumentReader.FORMAT);
    doc.add("units", units(scheme, plural));
    doc.add("scheme", schemeJson);

    // The roll: heads per class and kind; who holds each (class, kind, weight).
    Map<String, Map<String, Long>> byClass = new LinkedHashMap<>();
    Map<String, Long> holders = new HashMap<>();
    JsonArrayBuilder voters = Json.createArrayBuilder();
    int n = 0;
    for (Eligible e : p.eligible()) {
      String c = name(e.memberClass());
      String k = name(e.kind());
      byClass.computeIfAbsent(c, x -> new LinkedHashMap<>()).merge(k, 1L, Long::sum);
      holders.merge(c + "|" + k + "|" + weightOf(scheme, plural, k, e.rawWeight()), 1L, Long::sum);
      if (plural) {
        voters.add(
            Json.createObjectBuilder()
                .add("voter", "v-" + (++n))
                .add("class", c)
                .add("kind", k)
                .add("rawWeight", e.rawWeight()));
      }
    }
    for (String c : classesOf(scheme)) {
      byClass.putIfAbsent(c, new LinkedHashMap<>());
    }
    JsonObjectBuilder classes = Json.createObjectBuilder();
    byClass.forEach(
        (c, kinds) -> {
          JsonObjectBuilder kindsJson = Json.createObjectBuilder();
          kinds.forEach((k, count) -> kindsJson.add(k, Long.toString(count)));
          classes.add(
              c,
              Json.createObjectBuilder()
                  .add("eligible", Long.toString(kinds.values().stream().mapToLong(x -> x).sum()))
                  .add("byKind", kindsJson));
        });
    JsonObjectBuilder electorate = Json.createObjectBuilder().add("classes", classes);
    if (plural) {
      electorate.add("voters", voters);
    }
    doc.add("electorate", electorate);

    // The call's attendance, every class on the roll (none present is 0, which a quorum needs).
    JsonObjectBuilder call = Json.createObjectBuilder();
    ClassAttendance none = new ClassAttendance(0, 0, Fraction.ZERO, Fraction.ZERO);
    for (String c : byClass.keySet()) {
      ClassAttendance a = p.attendance().getOrDefault(c.toUpperCase(Locale.ROOT), none);
      call.add(
          c,
          Json.createObjectBuilder()
              .add("present", Long.toString(a.present()))
              .add("represented", Long.toString(a.represented()))
              .add("presentWeight", a.presentWeight().toString())
              .add("representedWeight", a.representedWeight().toString()));
    }
    doc.add("attendance", Json.createObjectBuilder().add(Integer.toString(p.call()), call));

    JsonObjectBuilder motionJson = Json.createObjectBuilder(rules);
    motionJson.add("id", p.motionRef());
    motionJson.add("title", p.title());
    motionJson.add("call", Integer.toString(p.call()));
    doc.add("motion", motionJson);

    JsonArrayBuilder ballots = Json.createArrayBuilder();
    Map<String, Merged> merged = new LinkedHashMap<>();
    for (BallotStore.Group g : p.ballots()) {
      String c = name(g.memberClass());
      String k = name(g.kind());
      JsonObject choices = parse(g.choices());
      boolean alone = p.secret() && holders.getOrDefault(c + "|" + k + "|" + g.weight(), 0L) <= 1;
      if (alone && motion.kind() != Motion.Kind.MULTIPLE_CHOICE && !capOfCast(scheme)) {
        merged.computeIfAbsent(c, x -> new Merged()).add(scheme, k, g, choices);
        continue;
      }
      JsonObjectBuilder b = Json.createObjectBuilder().add("class", c).add("kind", k);
      if (plural) {
        b.add("rawWeight", g.weight());
      } else {
        b.add("weight", g.weight());
      }
      b.add("choices", choices);
      if (g.count() > 1) {
        b.add("count", Long.toString(g.count()));
      }
      ballots.add(b);
    }
    doc.add("ballots", ballots);
    if (!merged.isEmpty()) {
      JsonArrayBuilder list = Json.createArrayBuilder();
      merged.forEach((c, m) -> list.add(m.json(c)));
      doc.add("merged", list);
    }
    return doc.build();
  }

  /**
   * The member weight a ballot of this kind and raw weight carries as stored: under plural votes
   * the raw weight itself (the tally applies brackets and cap), else 1 or the kind's multiplier.
   */
  public static String weightOf(Scheme scheme, boolean plural, String kind, String rawWeight) {
    if (plural) {
      return Fraction.parse(rawWeight).toString();
    }
    return Tally.memberWeight(scheme, kind, null, "$").toString();
  }

  private static boolean capOfCast(Scheme scheme) {
    return scheme.memberWeight() instanceof MemberWeightRule.PluralVotes p
        && p.capOf() == MemberWeightRule.CapBase.CAST;
  }

  private static List<String> classesOf(Scheme scheme) {
    return scheme.classShares() == null
        ? List.of()
        : new ArrayList<>(scheme.classShares().shares().keySet());
  }

  private static JsonObject units(Scheme scheme, boolean plural) {
    JsonObjectBuilder u = Json.createObjectBuilder();
    u.add(
        "memberWeight",
        plural
            ? "votes of one member from their raw weight, after any cap"
            : scheme.memberWeight() instanceof MemberWeightRule.KindMultipliers
                ? "votes of one member: their kind's multiplier"
                : "votes of one member before class shares: 1 (one member, one vote)");
    u.add(
        "tally",
        scheme.classShares() == null ? "votes" : "points of " + scheme.classShares().total());
    u.add("heads", "members");
    u.add("turnout", "fraction of the eligible members");
    return u.build();
  }

  /** Ballots of one class written as totals. */
  private static final class Merged {
    long ballots;
    final Map<String, Fraction> weight = new LinkedHashMap<>();
    final Map<String, Fraction> heads = new LinkedHashMap<>();

    void add(Scheme scheme, String kind, BallotStore.Group g, JsonObject choices) {
      ballots += g.count();
      Fraction unit = Fraction.parse(g.weight());
      Fraction total = Fraction.ZERO;
      for (String o : choices.keySet()) {
        total = total.plus(Fraction.parse(choices.getString(o)));
      }
      for (String o : choices.keySet()) {
        Fraction v = Fraction.parse(choices.getString(o)).times(g.count());
        weight.merge(o, v, Fraction::plus);
        heads.merge(o, v.dividedBy(total.signum() == 0 ? unit : total), Fraction::plus);
      }
    }

    JsonObject json(String c) {
      JsonObjectBuilder w = Json.createObjectBuilder();
      weight.forEach((o, v) -> w.add(o, v.toString()));
      JsonObjectBuilder h = Json.createObjectBuilder();
      heads.forEach((o, v) -> h.add(o, v.toString()));
      return Json.createObjectBuilder()
          .add("class", c)
          .add("ballots", Long.toString(ballots))
          .add("weight", w)
          .add("heads", h)
          .build();
    }
  }
}
