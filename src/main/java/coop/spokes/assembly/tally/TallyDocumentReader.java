package coop.spokes.assembly.tally;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import coop.spokes.assembly.tally.ClassShares.Bounds;
import coop.spokes.assembly.tally.ClassShares.MinimumTurnout;
import coop.spokes.assembly.tally.Electorate.ClassRoll;
import coop.spokes.assembly.tally.Electorate.Voter;
import coop.spokes.assembly.tally.MemberWeightRule.Bracket;
import coop.spokes.assembly.tally.MemberWeightRule.CapBase;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a tally document ({@code docs/tally-format.md}) as a stream, so that a million ballots are
 * never held as a tree: each ballot is read, checked and dropped into a {@link BallotBox}, its
 * receipt copied straight from the parser's buffer. The other sections are small and read as JSON-P
 * trees. Strict: an unknown or repeated field, a number that is not exact or a value of the wrong
 * type is an {@link InvalidTallyException} naming its JSON path.
 */
public final class TallyDocumentReader {

  /** The format this reader understands, as the document's {@code format} field names it. */
  public static final String FORMAT = "spokes-tally/1";

  private static final JsonProvider JSON = JsonProvider.provider();

  /** Repeated fields are caught here (a set per object would cost a third of the read). */
  private static final JsonFactory STREAM =
      JsonFactory.builder().enable(JsonFactory.Feature.INTERN_FIELD_NAMES).build();

  /** What a document holds: the input of a count and, once published, its outcome. */
  public record TallyDocument(TallyInput input, JsonObject outcome) {}

  private final JsonParser parser;
  private boolean pipelined;
  private final char[] receipt = new char[ReceiptSet.MAX_LENGTH];
  private int receiptLength;

  /**
   * Class, kind and option names repeat on every ballot: one string each, found by comparing
   * characters, so that a million ballots make no million copies.
   */
  private final List<String> names = new ArrayList<>();

  private TallyDocumentReader(JsonParser parser) {
    this.parser = parser;
  }

  /**
   * Reads a whole document.
   *
   * @throws InvalidTallyException when it is not a valid tally document
   * @throws IOException when the stream cannot be read
   */
  public static TallyDocument read(InputStream in) throws IOException {
    return read(in, false);
  }

  /**
   * Reads a whole document; with {@code pipelined}, a second thread checks receipts and groups
   * ballots while this one parses (the recount command, not the server, which manages its own
   * threads).
   */
  public static TallyDocument read(InputStream in, boolean pipelined) throws IOException {
    try (JsonParser parser = STREAM.createParser(in)) {
      TallyDocumentReader reader = new TallyDocumentReader(parser);
      reader.pipelined = pipelined;
      return reader.read();
    } catch (StreamReadException e) {
      var at = e.getLocation();
      throw new InvalidTallyException(
          "$",
          "assembly.tally.invalid.notJson",
          at == null ? "?" : at.getLineNr(),
          at == null ? "?" : at.getColumnNr(),
          e.getOriginalMessage());
    }
  }

  private TallyDocument read() throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw new InvalidTallyException("$", "assembly.tally.invalid.documentNotObject");
    }
    Map<String, JsonValue> sections = new HashMap<>();
    BallotBox box = new BallotBox();
    Set<String> seen = new HashSet<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      if (!seen.add(key)) {
        throw new InvalidTallyException("$." + key, "assembly.tally.invalid.repeated");
      }
      switch (key) {
        case "ballots" -> readBallots(box);
        case "format",
            "units",
            "scheme",
            "electorate",
            "attendance",
            "motion",
            "settings",
            "delegations",
            "merged",
            "outcome" -> {
          parser.nextToken();
          sections.put(key, tree("$." + key));
        }
        default ->
            throw new InvalidTallyException("$." + key, "assembly.tally.invalid.unknownField");
      }
    }
    JsonValue format = sections.get("format");
    if (!(format instanceof JsonString s) || !s.getString().equals(FORMAT)) {
      throw new InvalidTallyException("$.format", "assembly.tally.invalid.format", FORMAT);
    }
    for (String required : List.of("scheme", "electorate", "motion")) {
      if (!sections.containsKey(required)) {
        throw new InvalidTallyException("$." + required, "assembly.tally.invalid.missing");
      }
    }
    if (sections.containsKey("merged")) {
      JsonArray merged = array(sections.get("merged"), "$.merged");
      for (int i = 0; i < merged.size(); i++) {
        box.add(merged(object(merged.get(i), "$.merged[" + i + "]"), i));
      }
    }
    Map<Integer, Attendance> attendance = new HashMap<>();
    if (sections.containsKey("attendance")) {
      JsonObject calls = object(sections.get("attendance"), "$.attendance");
      for (String call : calls.keySet()) {
        if (attendance.put(call(call, "$.attendance." + call), attendance(calls, call)) != null) {
          throw new InvalidTallyException(
              "$.attendance." + call, "assembly.tally.invalid.callTwice");
        }
      }
    }
    TallyInput input =
        new TallyInput(
            scheme(object(sections.get("scheme"), "$.scheme")),
            electorate(object(sections.get("electorate"), "$.electorate")),
            attendance,
            motion(object(sections.get("motion"), "$.motion")),
            proxies(sections.get("settings"), sections.get("delegations")),
            box);
    JsonValue outcome = sections.get("outcome");
    return new TallyDocument(input, outcome == null ? null : object(outcome, "$.outcome"));
  }

  /** The value at the current token as a JSON-P tree; {@code at} is its path, for messages. */
  private JsonValue tree(String at) throws IOException {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        Set<String> keys = new HashSet<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          if (!keys.add(key)) {
            throw new InvalidTallyException(at + "." + key, "assembly.tally.invalid.repeated");
          }
          parser.nextToken();
          b.add(key, tree(at + "." + key));
        }
        return b.build();
      }
      case START_ARRAY -> {
        JsonArrayBuilder b = JSON.createArrayBuilder();
        int i = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          b.add(tree(at + "[" + i++ + "]"));
        }
        return b.build();
      }
      case VALUE_STRING -> {
        return JSON.createValue(parser.getText());
      }
      case VALUE_NUMBER_INT -> {
        return JSON.createValue(parser.getBigIntegerValue());
      }
      case VALUE_NUMBER_FLOAT -> {
        // Kept with a fraction digit at least, so that 5e0 is not taken for the integer 5.
        var d = parser.getDecimalValue();
        return JSON.createValue(d.scale() < 1 ? d.setScale(1) : d);
      }
      case VALUE_TRUE -> {
        return JsonValue.TRUE;
      }
      case VALUE_FALSE -> {
        return JsonValue.FALSE;
      }
      default -> {
        return JsonValue.NULL;
      }
    }
  }

  // ---- Ballots, streamed --------------------------------------------------------------------

  private void readBallots(BallotBox box) throws IOException {
    if (parser.nextToken() != JsonToken.START_ARRAY) {
      throw new InvalidTallyException("$.ballots", "assembly.tally.invalid.ballotsNotList");
    }
    if (pipelined) {
      try (BallotPipeline pipeline = new BallotPipeline(box)) {
        readBallots(pipeline::add);
        pipeline.finish();
      }
    } else {
      readBallots(box::add);
    }
  }

  /** Where a ballot goes once read, with its receipt's characters (null when it has none). */
  interface BallotSink {
    void add(Ballot ballot, char[] receipt, int offset, int length, long packed);
  }

  private void readBallots(BallotSink sink) throws IOException {
    int index = 0;
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token != JsonToken.START_OBJECT) {
        throw new InvalidTallyException(
            "$.ballots[" + index + "]", "assembly.tally.invalid.ballotNotObject");
      }
      receiptLength = -1;
      Ballot ballot = ballot(index);
      long packed = pack(ballot);
      if (receiptLength >= 0) {
        sink.add(ballot, receipt, 0, receiptLength, packed);
      } else {
        sink.add(ballot, null, 0, 0, packed);
      }
      index++;
    }
  }

  /** The options seen on ballots, by position, for {@link #pack}. */
  private final List<String> options = new ArrayList<>();

  private String singleOption;

  /**
   * The common anonymous ballot (no written weight, one option with up to 4,095 whole votes, a
   * whole raw weight below 2³², class, kind and option among the first 63 names seen) as one number
   * that stands for its shape within this document; -1 for any other ballot.
   */
  private long pack(Ballot b) {
    if (b.voter() != null || b.weight() != null || singleOption == null || b.count() != 1) {
      return -1;
    }
    long votes = singleVotesWhole >= 0 && singleVotesWhole < 1 << 12 ? singleVotesWhole : -1;
    long raw = b.rawWeight() == null ? 0 : rawWhole >= 0 && rawWhole < 1L << 32 ? rawWhole + 1 : -1;
    int cls = classIndex;
    int kind = b.kind() == null ? 0 : kindIndex < 0 ? -1 : kindIndex + 1;
    int option = indexOf(options, singleOption);
    if (option < 0 && options.size() < 63) {
      options.add(singleOption);
      option = options.size() - 1;
    }
    if (votes < 0 || raw < 0 || cls < 0 || cls >= 63 || kind < 0 || kind >= 63 || option < 0) {
      return -1;
    }
    return cls | (long) kind << 6 | (long) option << 12 | votes << 18 | raw << 30;
  }

  /** What {@link #name} found: the name's position, -1 when it is not kept. */
  private int lastName;

  // What the ballot being read had, for pack(): positions of its class and kind names, its raw
  // weight and its single option's votes when small whole numbers (-1 otherwise).
  private int classIndex;
  private int kindIndex;
  private long rawWhole;
  private long singleVotesWhole;

  /** The position of a name kept by this reader (the same instance), or -1. */
  private static int indexOf(List<String> list, String name) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == name) {
        return i;
      }
    }
    return -1;
  }

  /** One ballot, token by token; paths are only built for a message. */
  private Ballot ballot(int index) throws IOException {
    String className = null;
    String kind = null;
    Fraction weight = null;
    Fraction rawWeight = null;
    Map<String, Fraction> choices = null;
    long count = 1;
    String voter = null;
    String castBy = null;
    Long sequence = null;
    int seen = 0;
    classIndex = -1;
    kindIndex = -1;
    rawWhole = -1;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      JsonToken value = parser.nextToken();
      int field = field(key, index);
      if ((seen & field) != 0) {
        throw new InvalidTallyException(ballotPath(index, key), "assembly.tally.invalid.repeated");
      }
      seen |= field;
      switch (field) {
        case 1 -> {
          expectText(value, index, key);
          int length = parser.getTextLength();
          if (length > ReceiptSet.MAX_LENGTH) {
            throw new InvalidTallyException(
                ballotPath(index, key),
                "assembly.tally.invalid.receiptTooLong",
                ReceiptSet.MAX_LENGTH);
          }
          System.arraycopy(parser.getTextCharacters(), parser.getTextOffset(), receipt, 0, length);
          receiptLength = length;
        }
        case 2 -> {
          className = name(value, index, key);
          classIndex = lastName;
        }
        case 4 -> {
          kind = name(value, index, key);
          kindIndex = lastName;
        }
        case 8 -> weight = number(value, index, key);
        case 16 -> {
          rawWeight = number(value, index, key);
          rawWhole = lastWhole;
        }
        case 32 -> count = whole(number(value, index, key), ballotPath(index, key));
        case 64 -> {
          expectText(value, index, key);
          voter = parser.getText();
        }
        case 128 -> {
          expectText(value, index, key);
          castBy = parser.getText();
        }
        case 256 -> sequence = whole(number(value, index, key), ballotPath(index, key));
        case 512 -> choices = choices(value, index);
        default -> throw new IllegalStateException();
      }
    }
    if (className == null) {
      throw new InvalidTallyException(ballotPath(index, "class"), "assembly.tally.invalid.missing");
    }
    if (choices == null) {
      throw new InvalidTallyException(
          ballotPath(index, "choices"), "assembly.tally.invalid.missing");
    }
    String receiptText =
        voter != null && receiptLength >= 0 ? new String(receipt, 0, receiptLength) : null;
    return new Ballot(
        index,
        receiptText,
        className,
        kind,
        weight,
        rawWeight,
        choices,
        count,
        voter,
        castBy,
        sequence);
  }

  private static final String[] BALLOT_FIELDS = {
    "receipt",
    "class",
    "kind",
    "weight",
    "rawWeight",
    "count",
    "voter",
    "castBy",
    "sequence",
    "choices"
  };

  /**
   * A ballot field's bit. The parser interns field names ({@link
   * JsonFactory.Feature#INTERN_FIELD_NAMES}), so comparing references finds them without hashing a
   * million keys; {@code equals} is only the fallback.
   */
  @SuppressWarnings("StringEquality")
  private static int field(String key, int index) {
    for (int i = 0; i < BALLOT_FIELDS.length; i++) {
      if (BALLOT_FIELDS[i] == key) {
        return 1 << i;
      }
    }
    for (int i = 0; i < BALLOT_FIELDS.length; i++) {
      if (BALLOT_FIELDS[i].equals(key)) {
        return 1 << i;
      }
    }
    throw new InvalidTallyException(ballotPath(index, key), "assembly.tally.invalid.unknownField");
  }

  private Map<String, Fraction> choices(JsonToken value, int index) throws IOException {
    if (value != JsonToken.START_OBJECT) {
      throw new InvalidTallyException(
          ballotPath(index, "choices"), "assembly.tally.invalid.choicesNotObject");
    }
    String first = null;
    Fraction firstVotes = null;
    Map<String, Fraction> more = null;
    long firstWhole = -1;
    singleOption = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String option = parser.currentName();
      Fraction votes = number(parser.nextToken(), index, "choices.", option);
      if (option.equals(first)) {
        throw new InvalidTallyException(
            ballotPath(index, "choices." + option), "assembly.tally.invalid.repeated");
      }
      if (first == null) {
        first = option;
        firstVotes = votes;
        firstWhole = lastWhole;
      } else {
        if (more == null) {
          more = new LinkedHashMap<>();
          more.put(first, firstVotes);
        }
        if (more.put(option, votes) != null) {
          throw new InvalidTallyException(
              ballotPath(index, "choices." + option), "assembly.tally.invalid.repeated");
        }
      }
    }
    if (more != null) {
      return more;
    }
    singleOption = first;
    singleVotesWhole = firstWhole;
    return first == null ? Map.of() : Map.of(first, firstVotes);
  }

  private static String ballotPath(int index, String key) {
    return "$.ballots[" + index + "]." + key;
  }

  private static void expectText(JsonToken token, int index, String key) {
    if (token != JsonToken.VALUE_STRING) {
      throw new InvalidTallyException(ballotPath(index, key), "assembly.tally.invalid.string");
    }
  }

  /** A class or kind name: the one string kept for these characters. */
  private String name(JsonToken token, int index, String key) throws IOException {
    expectText(token, index, key);
    char[] chars = parser.getTextCharacters();
    int offset = parser.getTextOffset();
    int length = parser.getTextLength();
    for (int i = 0; i < names.size(); i++) {
      String known = names.get(i);
      if (known.length() == length && same(known, chars, offset)) {
        lastName = i;
        return known;
      }
    }
    String name = new String(chars, offset, length);
    lastName = -1;
    if (names.size() < 64) {
      names.add(name);
      lastName = names.size() - 1;
    }
    return name;
  }

  private static boolean same(String known, char[] chars, int offset) {
    for (int i = 0; i < known.length(); i++) {
      if (known.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  private Fraction number(JsonToken token, int index, String key) throws IOException {
    return number(token, index, key, "");
  }

  /**
   * Whole numbers as one instance each for the last values seen: raw weights and votes repeat over
   * a million ballots, and grouping identical ballots then compares references.
   */
  private final Fraction[] recent = new Fraction[4096];

  private final long[] recentValues = new long[4096];

  /** The whole number last read by {@link #number}, or -1 when it was not a small whole. */
  private long lastWhole;

  private Fraction whole(long value) {
    int slot = (int) (value ^ (value >>> 32)) & (recent.length - 1);
    Fraction f = recent[slot];
    if (f == null || recentValues[slot] != value) {
      f = Fraction.of(value);
      recent[slot] = f;
      recentValues[slot] = value;
    }
    lastWhole = value;
    return f;
  }

  /** A number at {@code key + subkey} (built only for a message). */
  private Fraction number(JsonToken token, int index, String key, String subkey)
      throws IOException {
    lastWhole = -1;
    if (token == JsonToken.VALUE_STRING) {
      char[] chars = parser.getTextCharacters();
      int offset = parser.getTextOffset();
      int length = parser.getTextLength();
      if (length > 0 && length <= 18) {
        long value = 0;
        int i = 0;
        for (; i < length; i++) {
          char c = chars[offset + i];
          if (c < '0' || c > '9') {
            break;
          }
          value = value * 10 + (c - '0');
        }
        if (i == length) {
          return whole(value);
        }
      }
      return fraction(new String(chars, offset, length), ballotPath(index, key + subkey));
    }
    if (token == JsonToken.VALUE_NUMBER_INT) {
      return Fraction.of(parser.getBigIntegerValue(), BigInteger.ONE);
    }
    throw new InvalidTallyException(
        ballotPath(index, key + subkey), "assembly.tally.invalid.exactNumber");
  }

  // ---- Sections, as trees ---------------------------------------------------------------------

  /**
   * Reads a document's {@code scheme} section on its own (an assembly stores its scheme so).
   *
   * @throws InvalidTallyException when it is not a valid scheme, with its path in a document
   */
  public static Scheme readScheme(JsonObject scheme) {
    return scheme(scheme);
  }

  /**
   * Reads a document's {@code motion} section on its own (a motion stores its rules so).
   *
   * @throws InvalidTallyException when it is not a valid motion, with its path in a document
   */
  public static Motion readMotion(JsonObject motion) {
    return motion(motion);
  }

  private static Scheme scheme(JsonObject o) {
    String at = "$.scheme";
    known(o, at, "memberWeight", "splitVotes", "classShares", "classCaps");
    MemberWeightRule rule = new MemberWeightRule.OneMemberOneVote();
    if (o.containsKey("memberWeight")) {
      rule = memberWeight(object(o.get("memberWeight"), at + ".memberWeight"));
    }
    List<String> split = o.containsKey("splitVotes") ? strings(o, "splitVotes", at) : List.of();
    ClassShares shares =
        o.containsKey("classShares")
            ? classShares(object(o.get("classShares"), at + ".classShares"))
            : null;
    List<ClassCap> caps = new ArrayList<>();
    if (o.containsKey("classCaps")) {
      JsonArray list = array(o.get("classCaps"), at + ".classCaps");
      for (int i = 0; i < list.size(); i++) {
        String p = at + ".classCaps[" + i + "]";
        JsonObject c = object(list.get(i), p);
        known(c, p, "classes", "fraction", "division");
        caps.add(
            new ClassCap(
                Set.copyOf(strings(c, "classes", p)),
                required(c, "fraction", p),
                choice(c, "division", p, ClassCap.Division.class, ClassCap.Division.VOTING)));
      }
    }
    return new Scheme(rule, Set.copyOf(split), shares, caps);
  }

  private static MemberWeightRule memberWeight(JsonObject o) {
    String at = "$.scheme.memberWeight";
    String rule = string(o, "rule", at);
    switch (rule) {
      case "one-member-one-vote" -> {
        known(o, at, "rule");
        return new MemberWeightRule.OneMemberOneVote();
      }
      case "kind-multipliers" -> {
        known(o, at, "rule", "multipliers");
        return new MemberWeightRule.KindMultipliers(
            fractions(object(o.get("multipliers"), at + ".multipliers"), at + ".multipliers"));
      }
      case "plural-votes" -> {
        known(o, at, "rule", "brackets", "cap", "capOf");
        List<Bracket> brackets = new ArrayList<>();
        if (o.containsKey("brackets")) {
          JsonArray list = array(o.get("brackets"), at + ".brackets");
          for (int i = 0; i < list.size(); i++) {
            String p = at + ".brackets[" + i + "]";
            JsonObject b = object(list.get(i), p);
            known(b, p, "from", "votes");
            brackets.add(new Bracket(required(b, "from", p), whole(required(b, "votes", p), p)));
          }
        }
        Fraction cap = optional(o, "cap", at);
        CapBase capOf = choice(o, "capOf", at, CapBase.class, null);
        if (cap != null && capOf == null) {
          throw new InvalidTallyException(at + ".capOf", "assembly.tally.invalid.capOfMissing");
        }
        return new MemberWeightRule.PluralVotes(brackets, cap, capOf);
      }
      default -> throw new InvalidTallyException(at + ".rule", "assembly.tally.invalid.rule", rule);
    }
  }

  private static ClassShares classShares(JsonObject o) {
    String at = "$.scheme.classShares";
    known(
        o,
        at,
        "unit",
        "total",
        "shares",
        "bounds",
        "denominator",
        "minimumTurnout",
        "belowTurnout");
    Map<String, Bounds> bounds = new LinkedHashMap<>();
    if (o.containsKey("bounds")) {
      JsonObject b = object(o.get("bounds"), at + ".bounds");
      for (String c : b.keySet()) {
        String p = at + ".bounds." + c;
        JsonObject one = object(b.get(c), p);
        known(one, p, "min", "max");
        bounds.put(c, new Bounds(part(one, "min", p), part(one, "max", p)));
      }
    }
    Map<String, MinimumTurnout> turnout = new LinkedHashMap<>();
    if (o.containsKey("minimumTurnout")) {
      JsonObject t = object(o.get("minimumTurnout"), at + ".minimumTurnout");
      for (String c : t.keySet()) {
        String p = at + ".minimumTurnout." + c;
        JsonObject one = object(t.get(c), p);
        known(one, p, "count", "fraction", "combine");
        Fraction count = optional(one, "count", p);
        turnout.put(
            c,
            new MinimumTurnout(
                count == null ? null : whole(count, p + ".count"),
                part(one, "fraction", p),
                combineBoth(one, p)));
      }
    }
    return new ClassShares(
        required(o, "total", at),
        fractions(object(o.get("shares"), at + ".shares"), at + ".shares"),
        bounds,
        choice(o, "denominator", at, ClassShares.Denominator.class, null, true),
        turnout,
        choice(o, "belowTurnout", at, ClassShares.BelowTurnout.class, null, true));
  }

  private static Electorate electorate(JsonObject o) {
    String at = "$.electorate";
    known(o, at, "classes", "voters");
    JsonObject cs = object(o.get("classes"), at + ".classes");
    Map<String, ClassRoll> classes = new LinkedHashMap<>();
    for (String c : cs.keySet()) {
      String p = at + ".classes." + c;
      JsonObject one = object(cs.get(c), p);
      known(one, p, "eligible", "weight", "byKind");
      Map<String, Long> byKind = new LinkedHashMap<>();
      if (one.containsKey("byKind")) {
        var counts = fractions(object(one.get("byKind"), p + ".byKind"), p + ".byKind");
        counts.forEach((k, v) -> byKind.put(k, whole(v, p + ".byKind." + k)));
      }
      classes.put(
          c,
          new ClassRoll(
              whole(required(one, "eligible", p), p + ".eligible"),
              notNegative(one, "weight", p),
              byKind));
    }
    List<Voter> voters = new ArrayList<>();
    if (o.containsKey("voters")) {
      JsonArray list = array(o.get("voters"), at + ".voters");
      for (int i = 0; i < list.size(); i++) {
        String p = at + ".voters[" + i + "]";
        JsonObject v = object(list.get(i), p);
        known(v, p, "voter", "class", "kind", "rawWeight");
        voters.add(
            new Voter(
                string(v, "voter", p),
                string(v, "class", p),
                v.containsKey("kind") ? string(v, "kind", p) : null,
                optional(v, "rawWeight", p)));
      }
    }
    return new Electorate(classes, voters);
  }

  private static Attendance attendance(JsonObject calls, String call) {
    String at = "$.attendance." + call;
    JsonObject cs = object(calls.get(call), at);
    Map<String, Attendance.ClassAttendance> classes = new LinkedHashMap<>();
    for (String c : cs.keySet()) {
      String p = at + "." + c;
      JsonObject one = object(cs.get(c), p);
      known(one, p, "present", "represented", "presentWeight", "representedWeight");
      long present = whole(orZero(one, "present", p), p + ".present");
      long represented = whole(orZero(one, "represented", p), p + ".represented");
      classes.put(
          c,
          new Attendance.ClassAttendance(
              present,
              represented,
              one.containsKey("presentWeight") || present == 0
                  ? orZeroNotNegative(one, "presentWeight", p)
                  : null,
              one.containsKey("representedWeight") || represented == 0
                  ? orZeroNotNegative(one, "representedWeight", p)
                  : null));
    }
    return new Attendance(classes);
  }

  private static Motion motion(JsonObject o) {
    String at = "$.motion";
    known(
        o,
        at,
        "id",
        "title",
        "kind",
        "options",
        "seats",
        "threshold",
        "doubleMajority",
        "quorum",
        "call");
    Motion.Kind kind = choice(o, "kind", at, Motion.Kind.class, null, true);
    List<String> options =
        o.containsKey("options") || kind != Motion.Kind.YES_NO
            ? strings(o, "options", at)
            : List.of("yes", "no");
    if (kind == Motion.Kind.YES_NO && !options.equals(List.of("yes", "no"))) {
      throw new InvalidTallyException(at + ".options", "assembly.tally.invalid.yesNoOptions");
    }
    int seats = o.containsKey("seats") ? small(required(o, "seats", at), at + ".seats") : 1;
    if (kind != Motion.Kind.MULTIPLE_CHOICE && seats != 1) {
      throw new InvalidTallyException(at + ".seats", "assembly.tally.invalid.seatsOnlyElection");
    }
    Motion.Threshold threshold;
    if (o.containsKey("threshold")) {
      String p = at + ".threshold";
      JsonObject t = object(o.get("threshold"), p);
      known(t, p, "fraction", "comparison", "base", "measure");
      threshold =
          new Motion.Threshold(
              requiredPart(t, "fraction", p),
              comparison(t, p),
              choice(t, "base", p, Motion.Base.class, Motion.Base.CAST_EXCLUDING_ABSTENTIONS),
              choice(t, "measure", p, Motion.Measure.class, Motion.Measure.WEIGHT));
    } else if (kind == Motion.Kind.MULTIPLE_CHOICE) {
      threshold =
          new Motion.Threshold(
              Fraction.ZERO,
              Comparison.MORE_THAN,
              Motion.Base.CAST_INCLUDING_ABSTENTIONS,
              Motion.Measure.WEIGHT);
    } else {
      throw new InvalidTallyException(at + ".threshold", "assembly.tally.invalid.missing");
    }
    Map<Integer, Motion.Quorum> quorum = new HashMap<>();
    if (o.containsKey("quorum")) {
      JsonObject calls = object(o.get("quorum"), at + ".quorum");
      for (String call : calls.keySet()) {
        String p = at + ".quorum." + call;
        JsonObject q = object(calls.get(call), p);
        known(q, p, "measure", "fraction", "count", "combine", "scope", "comparison");
        String scope = q.containsKey("scope") ? string(q, "scope", p) : "overall";
        if (!scope.equals("overall") && !scope.equals("per-class")) {
          throw new InvalidTallyException(p + ".scope", "assembly.tally.invalid.scope");
        }
        if (quorum.containsKey(call(call, p))) {
          throw new InvalidTallyException(p, "assembly.tally.invalid.callTwice");
        }
        quorum.put(
            call(call, p),
            new Motion.Quorum(
                choice(q, "measure", p, Motion.Measure.class, Motion.Measure.HEADS),
                part(q, "fraction", p),
                notNegative(q, "count", p),
                combineBoth(q, p),
                scope.equals("per-class"),
                comparison(q, p)));
      }
    }
    int call = o.containsKey("call") ? call(string(o, "call", at, true), at + ".call") : 1;
    return new Motion(
        kind,
        options,
        seats,
        threshold,
        o.containsKey("doubleMajority") ? strings(o, "doubleMajority", at) : List.of(),
        quorum,
        call);
  }

  private static ProxyRules proxies(JsonValue settings, JsonValue delegations) {
    int max = 0;
    boolean overrides = false;
    boolean changing = false;
    if (settings != null) {
      String at = "$.settings";
      JsonObject s = object(settings, at);
      known(s, at, "maxPrincipals", "principalOverrides", "changingVotes");
      max =
          s.containsKey("maxPrincipals")
              ? small(required(s, "maxPrincipals", at), at + ".maxPrincipals")
              : 0;
      overrides = bool(s, "principalOverrides", at);
      changing = bool(s, "changingVotes", at);
    }
    List<ProxyRules.Delegation> list = new ArrayList<>();
    if (delegations != null) {
      JsonArray ds = array(delegations, "$.delegations");
      for (int i = 0; i < ds.size(); i++) {
        String p = "$.delegations[" + i + "]";
        JsonObject d = object(ds.get(i), p);
        known(d, p, "principal", "holder");
        list.add(new ProxyRules.Delegation(string(d, "principal", p), string(d, "holder", p)));
      }
    }
    return new ProxyRules(max, overrides, changing, list);
  }

  private static MergedEntry merged(JsonObject o, int index) {
    String at = "$.merged[" + index + "]";
    known(o, at, "class", "ballots", "weight", "heads");
    return new MergedEntry(
        index,
        string(o, "class", at),
        atLeastOne(required(o, "ballots", at), at + ".ballots"),
        notNegative(
            fractions(object(o.get("weight"), at + ".weight"), at + ".weight"), at + ".weight"),
        notNegative(
            fractions(object(o.get("heads"), at + ".heads"), at + ".heads"), at + ".heads"));
  }

  // ---- Helpers --------------------------------------------------------------------------------

  private static void known(JsonObject o, String at, String... fields) {
    Set<String> allowed = Set.of(fields);
    for (String key : o.keySet()) {
      if (!allowed.contains(key)) {
        throw new InvalidTallyException(at + "." + key, "assembly.tally.invalid.unknownField");
      }
    }
  }

  private static JsonObject object(JsonValue v, String at) {
    if (!(v instanceof JsonObject o)) {
      throw new InvalidTallyException(
          at, v == null ? "assembly.tally.invalid.missing" : "assembly.tally.invalid.object");
    }
    return o;
  }

  private static JsonArray array(JsonValue v, String at) {
    if (!(v instanceof JsonArray a)) {
      throw new InvalidTallyException(
          at, v == null ? "assembly.tally.invalid.missing" : "assembly.tally.invalid.list");
    }
    return a;
  }

  private static String string(JsonObject o, String key, String at) {
    return string(o, key, at, false);
  }

  /** A string; with {@code numbersToo}, an integer written as a JSON number is read as text. */
  private static String string(JsonObject o, String key, String at, boolean numbersToo) {
    JsonValue v = o.get(key);
    if (v instanceof JsonString s) {
      return s.getString();
    }
    if (numbersToo && v instanceof JsonNumber n && n.isIntegral()) {
      return n.bigIntegerValue().toString();
    }
    throw new InvalidTallyException(
        at + "." + key,
        v == null ? "assembly.tally.invalid.missing" : "assembly.tally.invalid.string");
  }

  private static List<String> strings(JsonObject o, String key, String at) {
    JsonArray a = array(o.get(key), at + "." + key);
    List<String> list = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      if (!(a.get(i) instanceof JsonString s)) {
        throw new InvalidTallyException(
            at + "." + key + "[" + i + "]", "assembly.tally.invalid.string");
      }
      list.add(s.getString());
    }
    return list;
  }

  private static boolean bool(JsonObject o, String key, String at) {
    JsonValue v = o.get(key);
    if (v == null) {
      return false;
    }
    if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
      return v == JsonValue.TRUE;
    }
    throw new InvalidTallyException(at + "." + key, "assembly.tally.invalid.boolean");
  }

  private static Fraction required(JsonObject o, String key, String at) {
    Fraction f = optional(o, key, at);
    if (f == null) {
      throw new InvalidTallyException(at + "." + key, "assembly.tally.invalid.missing");
    }
    return f;
  }

  private static Fraction orZero(JsonObject o, String key, String at) {
    Fraction f = optional(o, key, at);
    return f == null ? Fraction.ZERO : f;
  }

  private static Fraction optional(JsonObject o, String key, String at) {
    JsonValue v = o.get(key);
    if (v == null) {
      return null;
    }
    String path = at + "." + key;
    if (v instanceof JsonString s) {
      return fraction(s.getString(), path);
    }
    if (v instanceof JsonNumber n && n.isIntegral()) {
      return Fraction.of(n.bigIntegerValue(), BigInteger.ONE);
    }
    throw new InvalidTallyException(path, "assembly.tally.invalid.exactNumber");
  }

  private static Map<String, Fraction> fractions(JsonObject o, String at) {
    Map<String, Fraction> map = new LinkedHashMap<>();
    for (String key : o.keySet()) {
      map.put(key, optional(o, key, at));
      if (map.get(key) == null) {
        throw new InvalidTallyException(at + "." + key, "assembly.tally.invalid.number");
      }
    }
    return map;
  }

  /** The documented forms: an integer, {@code p/q}, or a decimal with digits on both sides. */
  private static final java.util.regex.Pattern EXACT =
      java.util.regex.Pattern.compile("-?[0-9]+(/[0-9]+)?|-?[0-9]+\\.[0-9]+");

  private static Fraction fraction(String text, String path) {
    if (!EXACT.matcher(text).matches()) {
      throw new InvalidTallyException(path, "assembly.tally.invalid.notExact", text);
    }
    try {
      return Fraction.parse(text);
    } catch (NumberFormatException e) {
      throw new InvalidTallyException(path, "assembly.tally.invalid.notExact", text);
    }
  }

  private static long whole(Fraction f, String path) {
    if (!f.isWhole() || f.signum() < 0 || f.numerator().bitLength() > 62) {
      throw new InvalidTallyException(path, "assembly.tally.invalid.whole");
    }
    return f.numerator().longValue();
  }

  private static long atLeastOne(Fraction f, String path) {
    long value = whole(f, path);
    if (value < 1) {
      throw new InvalidTallyException(path, "assembly.tally.invalid.atLeastOneBallot");
    }
    return value;
  }

  private static Fraction notNegative(JsonObject o, String key, String at) {
    Fraction f = optional(o, key, at);
    if (f != null && f.signum() < 0) {
      throw new InvalidTallyException(at + "." + key, "assembly.tally.invalid.negative");
    }
    return f;
  }

  private static Fraction orZeroNotNegative(JsonObject o, String key, String at) {
    Fraction f = notNegative(o, key, at);
    return f == null ? Fraction.ZERO : f;
  }

  private static Map<String, Fraction> notNegative(Map<String, Fraction> map, String at) {
    for (var e : map.entrySet()) {
      if (e.getValue().signum() < 0) {
        throw new InvalidTallyException(at + "." + e.getKey(), "assembly.tally.invalid.negative");
      }
    }
    return map;
  }

  /** A whole number that fits an int (seats, principals). */
  private static int small(Fraction f, String path) {
    long value = whole(f, path);
    if (value > Integer.MAX_VALUE) {
      throw new InvalidTallyException(path, "assembly.tally.invalid.tooLarge");
    }
    return (int) value;
  }

  private static Fraction requiredPart(JsonObject o, String key, String at) {
    Fraction f = part(o, key, at);
    if (f == null) {
      throw new InvalidTallyException(at + "." + key, "assembly.tally.invalid.missing");
    }
    return f;
  }

  /** A fraction from 0 to 1 (a threshold, a quorum, a turnout, a bound). */
  private static Fraction part(JsonObject o, String key, String at) {
    Fraction f = optional(o, key, at);
    if (f != null && (f.signum() < 0 || f.compareTo(Fraction.ONE) > 0)) {
      throw new InvalidTallyException(at + "." + key, "assembly.tally.invalid.fraction");
    }
    return f;
  }

  private static int call(String text, String path) {
    return switch (text) {
      case "1", "first" -> 1;
      case "2", "second" -> 2;
      default -> throw new InvalidTallyException(path, "assembly.tally.invalid.call");
    };
  }

  private static Comparison comparison(JsonObject o, String at) {
    String c = o.containsKey("comparison") ? string(o, "comparison", at) : ">=";
    return switch (c) {
      case ">" -> Comparison.MORE_THAN;
      case ">=", "≥" -> Comparison.AT_LEAST;
      default ->
          throw new InvalidTallyException(at + ".comparison", "assembly.tally.invalid.comparison");
    };
  }

  private static boolean combineBoth(JsonObject o, String at) {
    String c = o.containsKey("combine") ? string(o, "combine", at) : "and";
    return switch (c) {
      case "and" -> true;
      case "or" -> false;
      default -> throw new InvalidTallyException(at + ".combine", "assembly.tally.invalid.combine");
    };
  }

  private static <E extends Enum<E>> E choice(
      JsonObject o, String key, String at, Class<E> type, E fallback) {
    return choice(o, key, at, type, fallback, false);
  }

  /** An enum written in lower case with hyphens: {@code cast-excluding-abstentions}. */
  private static <E extends Enum<E>> E choice(
      JsonObject o, String key, String at, Class<E> type, E fallback, boolean required) {
    if (!o.containsKey(key)) {
      if (required) {
        throw new InvalidTallyException(at + "." + key, "assembly.tally.invalid.missing");
      }
      return fallback;
    }
    String text = string(o, key, at);
    for (E e : type.getEnumConstants()) {
      if (name(e).equals(text)) {
        return e;
      }
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(name(e));
    }
    throw new InvalidTallyException(
        at + "." + key, "assembly.tally.invalid.oneOf", String.join(", ", names));
  }

  /** How the document writes an enum constant: {@code CAST_EXCLUDING_ABSTENTIONS} → … */
  static String name(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
