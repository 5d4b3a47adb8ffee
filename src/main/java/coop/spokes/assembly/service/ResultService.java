package coop.spokes.assembly.service;

import coop.spokes.assembly.infra.AssemblyRepository;
import coop.spokes.assembly.infra.BallotKeys;
import coop.spokes.assembly.infra.BallotStore;
import coop.spokes.assembly.infra.TallyDocuments;
import coop.spokes.assembly.model.Assembly;
import coop.spokes.assembly.model.AssemblyMotion;
import coop.spokes.assembly.model.AssemblyState;
import coop.spokes.assembly.model.MotionState;
import coop.spokes.assembly.model.RollEntry;
import coop.spokes.assembly.tally.Fraction;
import coop.spokes.platform.NotFoundException;
import coop.spokes.platform.security.Access;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Published results, open to everyone: the assemblies whose result is public, each motion's outcome
 * with every figure, the tally document anyone can recount, the receipt hashes of the ballots
 * counted (apart from the ballots, so each voter can find theirs), the names and choices of named
 * ballots, and a check of a receipt code. Nothing of an assembly is public before its chairs
 * publish it.
 */
@ApplicationScoped
@Transactional
public class ResultService {
  @Inject Access access;
  @Inject AssemblyRepository repo;
  @Inject BallotStore ballots;

  /** The assemblies with a published result, latest first. Open to visitors. */
  public List<AssemblyRow> published() {
    access.permitPublic();
    return repo.inStates(List.of(AssemblyState.PUBLISHED)).stream()
        .map(AssemblyService::row)
        .toList();
  }

  /** One option's figures, as decimals to the hundredth. */
  public record OptionResult(String option, BigDecimal weight, BigDecimal heads)
      implements Serializable {}

  /** One class's figures. */
  public record ClassResult(
      String memberClass,
      long eligible,
      long cast,
      BigDecimal turnoutPercent,
      BigDecimal share,
      String shareCounted)
      implements Serializable {}

  /** A named ballot with its voter's name. */
  public record NamedChoice(String memberNumber, String displayName, String choices)
      implements Serializable {}

  /** One motion's published outcome. */
  public record MotionResult(
      long motionId,
      int position,
      String title,
      String body,
      boolean secret,
      String result,
      List<String> elected,
      String unit,
      List<OptionResult> options,
      List<ClassResult> classes,
      long ballots,
      List<NamedChoice> named,
      List<SchemeWords.Line> rules)
      implements Serializable {}

  /** A published assembly's result. */
  public record Result(
      AssemblyRow assembly,
      List<SchemeWords.Line> scheme,
      OffsetDateTime closedAt,
      OffsetDateTime publishedAt,
      Long auditHeadSeq,
      String auditHeadHash,
      List<MotionResult> motions)
      implements Serializable {}

  /**
   * A published assembly's result. Open to visitors.
   *
   * @throws NotFoundException when there is no such assembly or its result is not published
   */
  public Result result(long assemblyId) {
    access.permitPublic();
    Assembly a = published(assemblyId);
    List<MotionResult> motions = new ArrayList<>();
    for (AssemblyMotion m : repo.motions(assemblyId)) {
      if (m.getState() == MotionState.CLOSED && m.getOutcome() != null) {
        motions.add(motionResult(m));
      }
    }
    return new Result(
        AssemblyService.row(a),
        SchemeWords.of(SchemeJson.readScheme(a.getScheme())),
        a.getClosedAt(),
        a.getPublishedAt(),
        a.getAuditHeadSeq(),
        a.getAuditHeadHash(),
        motions);
  }

  private MotionResult motionResult(AssemblyMotion m) {
    JsonObject o = TallyDocuments.parse(m.getOutcome());
    List<OptionResult> options = new ArrayList<>();
    o.getJsonObject("options")
        .forEach(
            (name, v) -> {
              JsonObject f = v.asJsonObject();
              options.add(
                  new OptionResult(
                      name, decimal(f.getString("weight")), decimal(f.getString("heads"))));
            });
    List<ClassResult> classes = new ArrayList<>();
    o.getJsonObject("classes")
        .forEach(
            (name, v) -> {
              JsonObject c = v.asJsonObject();
              classes.add(
                  new ClassResult(
                      name.toUpperCase(Locale.ROOT),
                      Fraction.parse(c.getJsonObject("eligible").getString("heads"))
                          .numerator()
                          .longValue(),
                      Fraction.parse(c.getJsonObject("cast").getString("heads"))
                          .numerator()
                          .longValue(),
                      decimal(c.getJsonObject("turnout").getString("heads"))
                          .multiply(BigDecimal.valueOf(100))
                          .setScale(1, RoundingMode.HALF_EVEN),
                      c.containsKey("share")
                              && c.get("share").getValueType() == JsonValue.ValueType.STRING
                          ? decimal(c.getString("share"))
                          : null,
                      c.getString("shareCounted", null)));
            });
    List<NamedChoice> named = new ArrayList<>();
    if (!m.isSecret()) {
      List<BallotStore.Named> list = ballots.named(m.getId());
      Map<Long, RollEntry> who = new LinkedHashMap<>();
      repo.rollEntries(m.getAssemblyId(), list.stream().map(BallotStore.Named::voter).toList())
          .forEach(r -> who.put(r.getMemberId(), r));
      for (BallotStore.Named n : list) {
        RollEntry r = who.get(n.voter());
        named.add(
            new NamedChoice(
                r == null ? "" : r.getMemberNumber(),
                r == null ? "" : r.getDisplayName(),
                n.choices()));
      }
    }
    return new MotionResult(
        m.getId(),
        m.getPosition(),
        m.getTitle(),
        m.getBody(),
        m.isSecret(),
        m.getResult(),
        o.getJsonArray("elected").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .toList(),
        o.getJsonObject("units").getString("tally", ""),
        options,
        classes,
        ballots.receiptHashes(m.getId()).size(),
        named,
        SchemeWords.of(SchemeJson.readMotion(m.getRules()), m.isSecret(), m.isChangeable()));
  }

  /**
   * The tally document of a motion of a published assembly, as published. Open to visitors.
   *
   * @throws NotFoundException when the motion's result is not published
   */
  public String document(long motionId) {
    access.permitPublic();
    return publishedMotion(motionId).getDocument();
  }

  /** The outcome (JSON) of a motion of a published assembly. Open to visitors. */
  public String outcome(long motionId) {
    access.permitPublic();
    return publishedMotion(motionId).getOutcome();
  }

  /** The receipt hashes of a motion's counted ballots, sorted. Open to visitors once published. */
  public List<String> receipts(long motionId) {
    access.permitPublic();
    publishedMotion(motionId);
    return ballots.receiptHashes(motionId);
  }

  /**
   * The motions of a published assembly on which a ballot with this receipt code was counted (by
   * title). Open to visitors: a code is 120 random bits, so guessing finds nothing.
   */
  public List<String> checkReceipt(long assemblyId, String code) {
    access.permitPublic();
    published(assemblyId);
    String hash = BallotKeys.receiptHash(code == null ? "" : code);
    List<String> found = new ArrayList<>();
    for (AssemblyMotion m : repo.motions(assemblyId)) {
      if (m.getState() == MotionState.CLOSED && ballots.hasReceipt(m.getId(), hash)) {
        found.add(m.getTitle());
      }
    }
    return found;
  }

  /**
   * The result as CSV: one line per motion and option, with its weight and heads. Open to visitors
   * once published.
   */
  public void writeCsv(long assemblyId, java.io.OutputStream out) {
    access.permitPublic();
    Result r = result(assemblyId);
    try (coop.spokes.platform.csv.CsvWriter csv =
        new coop.spokes.platform.csv.CsvWriter(
            out, "motion", "title", "result", "option", "weight", "heads", "ballots", "unit")) {
      for (MotionResult m : r.motions()) {
        for (OptionResult o : m.options()) {
          csv.row(
              m.position(),
              m.title(),
              m.result(),
              o.option(),
              o.weight().toPlainString(),
              o.heads().toPlainString(),
              m.ballots(),
              m.unit());
        }
      }
    }
  }

  /**
   * The result as minutes (PDF) in {@code locale}: each motion's text, result and figures per
   * option and class, the named votes of named motions, and the audit chain's head at close. Open
   * to visitors once published.
   */
  public byte[] minutesPdf(long assemblyId, Locale locale) {
    access.permitPublic();
    Result r = result(assemblyId);
    java.util.function.BiFunction<String, Object[], String> t =
        (key, args) -> coop.spokes.platform.i18n.Texts.text(locale, key, args);
    java.text.NumberFormat n = java.text.NumberFormat.getNumberInstance(locale);
    n.setMaximumFractionDigits(2);
    List<coop.spokes.assembly.infra.MinutesPdf.Block> blocks = new ArrayList<>();
    blocks.add(
        new coop.spokes.assembly.infra.MinutesPdf.Block(
            false,
            t.apply(
                "assembly.minutes.held",
                new Object[] {
                  coop.spokes.platform.i18n.Formatting.dateTime(
                      r.assembly().firstCallAt(),
                      locale,
                      java.time.ZoneId.of(r.assembly().timeZone())),
                  r.assembly().timeZone(),
                  r.assembly().recordDate()
                })));
    for (SchemeWords.Line line : r.scheme()) {
      blocks.add(new coop.spokes.assembly.infra.MinutesPdf.Block(false, "• " + words(line, t)));
    }
    for (MotionResult m : r.motions()) {
      blocks.add(
          new coop.spokes.assembly.infra.MinutesPdf.Block(true, m.position() + ". " + m.title()));
      if (m.body() != null) {
        blocks.add(new coop.spokes.assembly.infra.MinutesPdf.Block(false, m.body()));
      }
      for (SchemeWords.Line line : m.rules()) {
        blocks.add(new coop.spokes.assembly.infra.MinutesPdf.Block(false, "• " + words(line, t)));
      }
      blocks.add(
          new coop.spokes.assembly.infra.MinutesPdf.Block(
              false,
              t.apply(
                  "assembly.minutes.result",
                  new Object[] {
                    t.apply("assembly.result." + m.result(), new Object[0]), m.ballots()
                  })));
      for (OptionResult o : m.options()) {
        blocks.add(
            new coop.spokes.assembly.infra.MinutesPdf.Block(
                false,
                t.apply(
                    "assembly.minutes.option",
                    new Object[] {
                      optionName(o.option(), t), n.format(o.weight()), n.format(o.heads())
                    })));
      }
      for (ClassResult c : m.classes()) {
        blocks.add(
            new coop.spokes.assembly.infra.MinutesPdf.Block(
                false,
                t.apply(
                    "assembly.minutes.class",
                    new Object[] {
                      t.apply("assembly.code." + c.memberClass(), new Object[0]),
                      c.cast(),
                      c.eligible(),
                      n.format(c.turnoutPercent())
                    })));
      }
      for (NamedChoice v : m.named()) {
        blocks.add(
            new coop.spokes.assembly.infra.MinutesPdf.Block(
                false, v.displayName() + " (" + v.memberNumber() + "): " + v.choices()));
      }
    }
    if (r.auditHeadHash() != null) {
      blocks.add(
          new coop.spokes.assembly.infra.MinutesPdf.Block(
              false,
              t.apply(
                  "assembly.minutes.auditHead",
                  new Object[] {String.valueOf(r.auditHeadSeq()), r.auditHeadHash()})));
    }
    return coop.spokes.assembly.infra.MinutesPdf.render(
        r.assembly().title(), blocks, t.apply("assembly.minutes.footer", new Object[0]));
  }

  private static String optionName(
      String option, java.util.function.BiFunction<String, Object[], String> t) {
    return "yes".equals(option) || "no".equals(option) || "abstain".equals(option)
        ? t.apply("assembly.option." + option, new Object[0])
        : option;
  }

  private static String words(
      SchemeWords.Line line, java.util.function.BiFunction<String, Object[], String> t) {
    Object[] args =
        line.args().stream()
            .map(a -> a.startsWith("@") ? t.apply(a.substring(1), new Object[0]) : a)
            .toArray();
    return t.apply(line.key(), args);
  }

  private Assembly published(long assemblyId) {
    return repo.assembly(assemblyId)
        .filter(a -> a.getState() == AssemblyState.PUBLISHED)
        .orElseThrow(() -> new NotFoundException("assembly", assemblyId));
  }

  private AssemblyMotion publishedMotion(long motionId) {
    AssemblyMotion m =
        repo.motion(motionId)
            .filter(x -> x.getState() == MotionState.CLOSED)
            .orElseThrow(() -> new NotFoundException("motion", motionId));
    published(m.getAssemblyId());
    return m;
  }

  private static BigDecimal decimal(String fraction) {
    Fraction f = Fraction.parse(fraction);
    return new BigDecimal(f.numerator())
        .divide(new BigDecimal(f.denominator()), 2, RoundingMode.HALF_EVEN)
        .stripTrailingZeros();
  }
}
