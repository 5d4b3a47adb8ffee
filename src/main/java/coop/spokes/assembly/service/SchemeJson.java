package coop.spokes.assembly.service;

import coop.spokes.assembly.infra.TallyDocuments;
import coop.spokes.assembly.model.AssemblyException;
import coop.spokes.assembly.tally.Fraction;
import coop.spokes.assembly.tally.InvalidTallyException;
import coop.spokes.assembly.tally.Motion;
import coop.spokes.assembly.tally.Scheme;
import coop.spokes.assembly.tally.TallyDocumentReader;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns chairs' settings into a tally document's {@code scheme} and {@code motion} sections, and
 * checks them with the tally core itself, so an assembly never stores what the count would refuse.
 * A refusal becomes an {@link AssemblyException} at the form field at fault, with the tally's own
 * reason as its argument.
 */
final class SchemeJson {
  private SchemeJson() {}

  /**
   * @throws AssemblyException {@code assembly.scheme.invalid} at the field at fault
   */
  static String scheme(SchemeSettings s) {
    if (s.rule() == null) {
      throw new AssemblyException("rule", "assembly.scheme.rule.invalid");
    }
    JsonObjectBuilder o = Json.createObjectBuilder();
    JsonObjectBuilder rule = Json.createObjectBuilder().add("rule", s.rule());
    switch (s.rule()) {
      case "one-member-one-vote" -> {
        // Nothing more to say.
      }
      case "kind-multipliers" -> {
        JsonObjectBuilder m = Json.createObjectBuilder();
        s.multipliers()
            .forEach(
                (kind, v) -> {
                  if (v == null || v.signum() <= 0) {
                    throw new AssemblyException(
                        "multiplier" + kind, "assembly.scheme.multiplier.invalid");
                  }
                  m.add(TallyDocuments.name(kind), exact(v));
                });
        rule.add("multipliers", m);
      }
      case "plural-votes" -> {
        if (s.pluralCap() != null && !s.pluralCap().isBlank()) {
          rule.add("cap", fraction(s.pluralCap(), "pluralCap"));
          rule.add("capOf", s.pluralCapOfCast() ? "cast" : "eligible");
        }
      }
      default -> throw new AssemblyException("rule", "assembly.scheme.rule.invalid");
    }
    o.add("memberWeight", rule);
    if (s.organisationsSplit()) {
      o.add("splitVotes", Json.createArrayBuilder().add("organisation"));
    }
    if (!s.classShares().isEmpty()) {
      JsonObjectBuilder shares = Json.createObjectBuilder();
      BigDecimal total = BigDecimal.ZERO;
      for (Map.Entry<String, BigDecimal> e : s.classShares().entrySet()) {
        if (e.getValue() == null || e.getValue().signum() < 0) {
          throw new AssemblyException("share" + e.getKey(), "assembly.scheme.share.invalid");
        }
        shares.add(TallyDocuments.name(e.getKey()), exact(e.getValue()));
        total = total.add(e.getValue());
      }
      JsonObjectBuilder cs =
          Json.createObjectBuilder()
              .add("unit", "points")
              .add("total", exact(total))
              .add("shares", shares)
              .add("denominator", s.sharesOfEligible() ? "eligible" : "votes-cast")
              .add("belowTurnout", s.belowTurnoutRedistribute() ? "redistribute" : "abstain");
      if (s.minimumTurnout() != null && !s.minimumTurnout().isBlank()) {
        String f = fraction(s.minimumTurnout(), "minimumTurnout");
        JsonObjectBuilder t = Json.createObjectBuilder();
        for (String c : s.classShares().keySet()) {
          t.add(TallyDocuments.name(c), Json.createObjectBuilder().add("fraction", f));
        }
        cs.add("minimumTurnout", t);
      }
      o.add("classShares", cs);
    }
    JsonObject json = o.build();
    checkScheme(json);
    return TallyDocuments.text(json);
  }

  /** The settings a stored scheme was made from (for the chairs' form). */
  static SchemeSettings settings(String json) {
    JsonObject o = TallyDocuments.parse(json);
    JsonObject rule = o.getJsonObject("memberWeight");
    String name = rule == null ? "one-member-one-vote" : rule.getString("rule");
    Map<String, BigDecimal> multipliers = new java.util.LinkedHashMap<>();
    if (rule != null && rule.containsKey("multipliers")) {
      rule.getJsonObject("multipliers")
          .forEach(
              (k, v) ->
                  multipliers.put(
                      k.toUpperCase(Locale.ROOT),
                      decimal(((jakarta.json.JsonString) v).getString())));
    }
    String cap = rule != null && rule.containsKey("cap") ? rule.getString("cap") : null;
    boolean capOfCast = rule != null && "cast".equals(rule.getString("capOf", ""));
    boolean split = o.containsKey("splitVotes");
    Map<String, BigDecimal> shares = new java.util.LinkedHashMap<>();
    boolean ofEligible = false;
    String minimum = null;
    boolean redistribute = true;
    JsonObject cs = o.getJsonObject("classShares");
    if (cs != null) {
      cs.getJsonObject("shares")
          .forEach(
              (c, v) ->
                  shares.put(
                      c.toUpperCase(Locale.ROOT),
                      decimal(((jakarta.json.JsonString) v).getString())));
      ofEligible = "eligible".equals(cs.getString("denominator", ""));
      redistribute = !"abstain".equals(cs.getString("belowTurnout", ""));
      JsonObject t = cs.getJsonObject("minimumTurnout");
      if (t != null && !t.isEmpty()) {
        minimum = t.getJsonObject(t.keySet().iterator().next()).getString("fraction", null);
      }
    }
    return new SchemeSettings(
        name, multipliers, split, cap, capOfCast, shares, ofEligible, minimum, redistribute);
  }

  /** The settings stored motion rules were made from (for the chairs' form). */
  static MotionSettings motionSettings(
      String rules, String title, String body, boolean secret, boolean changeable) {
    JsonObject o = TallyDocuments.parse(rules);
    JsonObject t = o.getJsonObject("threshold");
    List<String> options =
        o.containsKey("options")
            ? o.getJsonArray("options").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList()
            : List.of();
    List<String> dm =
        o.containsKey("doubleMajority")
            ? o.getJsonArray("doubleMajority").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(v -> v.getString().toUpperCase(Locale.ROOT))
                .toList()
            : List.of();
    JsonObject q = o.getJsonObject("quorum");
    return new MotionSettings(
        title,
        body,
        o.getString("kind"),
        options,
        o.containsKey("seats") ? Integer.parseInt(o.getString("seats")) : 1,
        t.getString("fraction"),
        !">".equals(t.getString("comparison", ">=")),
        t.getString("base", "cast-excluding-abstentions"),
        "heads".equals(t.getString("measure", "weight")),
        dm,
        q != null && q.containsKey("1") ? q.getJsonObject("1").getString("fraction", null) : null,
        q != null && q.containsKey("2") ? q.getJsonObject("2").getString("fraction", null) : null,
        secret,
        changeable);
  }

  private static BigDecimal decimal(String fraction) {
    Fraction f = Fraction.parse(fraction);
    return new BigDecimal(f.numerator())
        .divide(new BigDecimal(f.denominator()), 6, java.math.RoundingMode.HALF_EVEN)
        .stripTrailingZeros();
  }

  /** Reads a stored scheme (checked when it was stored). */
  static Scheme readScheme(String json) {
    return TallyDocumentReader.readScheme(TallyDocuments.parse(json));
  }

  /**
   * The rules of a motion as a tally document's {@code motion} section, checked by the tally core.
   *
   * @throws AssemblyException at the field at fault
   */
  static String motion(MotionSettings m) {
    if (!List.of("yes-no", "single-choice", "multiple-choice").contains(m.kind())) {
      throw new AssemblyException("kind", "assembly.motion.kind.invalid");
    }
    if (!List.of("cast-excluding-abstentions", "cast-including-abstentions", "present", "eligible")
        .contains(m.base())) {
      throw new AssemblyException("base", "assembly.motion.base.invalid");
    }
    JsonObjectBuilder o = Json.createObjectBuilder().add("kind", m.kind());
    if (!"yes-no".equals(m.kind())) {
      Set<String> options = new LinkedHashSet<>();
      for (String line : m.options()) {
        String option = line == null ? "" : line.strip();
        if (option.isEmpty()) {
          continue;
        }
        if (option.length() > 100 || option.equalsIgnoreCase("abstain") || !options.add(option)) {
          throw new AssemblyException("options", "assembly.motion.options.invalid", option);
        }
      }
      if (options.size() < 2) {
        throw new AssemblyException("options", "assembly.motion.options.tooFew");
      }
      JsonArrayBuilder list = Json.createArrayBuilder();
      options.forEach(list::add);
      o.add("options", list);
      if ("multiple-choice".equals(m.kind())) {
        if (m.seats() < 1 || m.seats() > options.size()) {
          throw new AssemblyException("seats", "assembly.motion.seats.invalid", options.size());
        }
        o.add("seats", Integer.toString(m.seats()));
      }
    }
    o.add(
        "threshold",
        Json.createObjectBuilder()
            .add("fraction", fraction(m.threshold(), "threshold"))
            .add("comparison", m.atLeast() ? ">=" : ">")
            .add("base", m.base())
            .add("measure", m.byHeads() ? "heads" : "weight"));
    if (!m.doubleMajority().isEmpty()) {
      JsonArrayBuilder classes = Json.createArrayBuilder();
      m.doubleMajority().forEach(c -> classes.add(TallyDocuments.name(c)));
      o.add("doubleMajority", classes);
    }
    JsonObjectBuilder quorum = Json.createObjectBuilder();
    boolean anyQuorum = false;
    for (int call = 1; call <= 2; call++) {
      String q = call == 1 ? m.quorumFirst() : m.quorumSecond();
      if (q != null && !q.isBlank()) {
        quorum.add(
            Integer.toString(call),
            Json.createObjectBuilder()
                .add("measure", "heads")
                .add("fraction", fraction(q, call == 1 ? "quorumFirst" : "quorumSecond"))
                .add("comparison", ">="));
        anyQuorum = true;
      }
    }
    if (anyQuorum) {
      o.add("quorum", quorum);
    }
    JsonObject json = o.build();
    try {
      TallyDocumentReader.readMotion(json);
    } catch (InvalidTallyException e) {
      throw new AssemblyException(
          fieldOfMotion(e.path()), "assembly.motion.rules.invalid", e.reason(Locale.ENGLISH));
    }
    return TallyDocuments.text(json);
  }

  /** Reads stored motion rules (checked when they were stored). */
  static Motion readMotion(String json) {
    return TallyDocumentReader.readMotion(TallyDocuments.parse(json));
  }

  private static void checkScheme(JsonObject json) {
    try {
      TallyDocumentReader.readScheme(json);
    } catch (InvalidTallyException e) {
      throw new AssemblyException(null, "assembly.scheme.invalid", e.reason(Locale.ENGLISH));
    }
  }

  private static String fieldOfMotion(String path) {
    List<String> fields = List.of("threshold", "options", "seats", "doubleMajority", "quorum");
    for (String f : fields) {
      if (path.contains("." + f)) {
        return f;
      }
    }
    return null;
  }

  /** An exact decimal as the tally writes numbers ("2.5" → "5/2"). */
  private static String exact(BigDecimal v) {
    return Fraction.parse(v.stripTrailingZeros().toPlainString()).toString();
  }

  /**
   * A fraction typed as {@code 2/3}, {@code 0.5} or {@code 50%}, from 0 to 1.
   *
   * @throws AssemblyException {@code assembly.fraction.invalid} at {@code field}
   */
  static String fraction(String text, String field) {
    String t = text == null ? "" : text.strip().replace(',', '.');
    try {
      Fraction f;
      if (t.endsWith("%")) {
        f = Fraction.parse(t.substring(0, t.length() - 1).strip()).dividedBy(Fraction.of(100));
      } else {
        f = Fraction.parse(t);
      }
      if (f.signum() < 0 || f.compareTo(Fraction.ONE) > 0) {
        throw new AssemblyException(field, "assembly.fraction.invalid");
      }
      return f.toString();
    } catch (RuntimeException e) {
      if (e instanceof AssemblyException a) {
        throw a;
      }
      throw new AssemblyException(field, "assembly.fraction.invalid");
    }
  }
}
