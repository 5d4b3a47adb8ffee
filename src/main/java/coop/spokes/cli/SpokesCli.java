package coop.spokes.cli;

import coop.spokes.assembly.tally.Fraction;
import coop.spokes.assembly.tally.InvalidTallyException;
import coop.spokes.assembly.tally.Outcome;
import coop.spokes.assembly.tally.OutcomeJson;
import coop.spokes.assembly.tally.Tally;
import coop.spokes.assembly.tally.TallyDocumentReader;
import coop.spokes.assembly.tally.TallyDocumentReader.TallyDocument;
import coop.spokes.assembly.tally.TallyTexts;
import coop.spokes.assembly.tally.WhatIf;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * {@code java -jar spokes-cli.jar}: commands over the plain-Java cores, so that anyone can recount
 * a published result without running Spokes. {@code recount FILE [--json]} exits 0 when it counted
 * (and any published outcome matches), 1 when a published figure differs from the recount, 2 when
 * the document is invalid or the command is misused.
 */
public final class SpokesCli {

  static final int COUNTED = 0;
  static final int DIFFERS = 1;
  static final int INVALID = 2;
  static final int FAILED = 3;

  /** The what-if command's {@code --json} output, as its {@code format} field names it. */
  static final String WHAT_IF_FORMAT = "spokes-what-if/1";

  private final PrintStream out;
  private final PrintStream err;
  private final Locale locale;

  /** The reader's language, or English (never another language the JVM may run in). */
  private final ResourceBundle text;

  SpokesCli(PrintStream out, PrintStream err, Locale locale) {
    this.out = out;
    this.err = err;
    this.locale = locale;
    this.text = TallyTexts.bundle(locale);
  }

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int code;
    try {
      code = new SpokesCli(out, err, Locale.getDefault()).run(args);
    } catch (Error e) {
      // Out of memory, say: a fault of the command, never "the published outcome differs".
      e.printStackTrace(err);
      code = FAILED;
    }
    out.flush();
    System.exit(code);
  }

  /** Runs a command line and returns its exit code. */
  int run(String... args) {
    List<String> rest = new ArrayList<>(List.of(args));
    boolean json = rest.remove("--json");
    try {
      if (rest.size() == 2 && rest.get(0).equals("recount")) {
        return recount(Path.of(rest.get(1)), json);
      }
      if (rest.size() >= 2 && rest.get(0).equals("what-if")) {
        return whatIf(Path.of(rest.get(1)), rest.subList(2, rest.size()), json);
      }
    } catch (RuntimeException e) {
      return failed(e);
    }
    err.println(text.getString("assembly.recount.usage"));
    return INVALID;
  }

  private int recount(Path file, boolean json) {
    TallyDocument document;
    Outcome outcome;
    try (InputStream in = open(file)) {
      document = TallyDocumentReader.read(in, true);
      outcome = Tally.count(document.input());
    } catch (InvalidTallyException e) {
      return invalid(e, json, OutcomeJson.FORMAT);
    } catch (NoSuchFileException e) {
      err.println(say("assembly.recount.noFile", file));
      return INVALID;
    } catch (IOException e) {
      err.println(say("assembly.recount.unreadable", file, e.getMessage()));
      return INVALID;
    }
    JsonObject recount = json || document.outcome() != null ? OutcomeJson.write(outcome) : null;
    List<String> differences =
        document.outcome() == null ? null : OutcomeJson.differences(document.outcome(), recount);
    if (json) {
      var b = JsonProvider.provider().createObjectBuilder(recount);
      if (differences != null) {
        var list = JsonProvider.provider().createArrayBuilder();
        differences.forEach(list::add);
        b.add(
            "published",
            JsonProvider.provider()
                .createObjectBuilder()
                .add("matches", differences.isEmpty())
                .add("differences", list));
      }
      printJson(b.build());
    } else {
      new RecountReport(out, text).print(file, document, outcome, differences);
    }
    return differences == null || differences.isEmpty() ? COUNTED : DIFFERS;
  }

  /**
   * {@code what-if FILE class=turnout ...}: what one voter of each class and kind would weigh if
   * each class turned out as given (a fraction of its eligible members), before convening.
   */
  private int whatIf(Path file, List<String> turnouts, boolean json) {
    Map<String, Fraction> chosen = new LinkedHashMap<>();
    for (String t : turnouts) {
      int eq = t.indexOf('=');
      try {
        chosen.put(t.substring(0, eq), Fraction.parse(t.substring(eq + 1)));
      } catch (RuntimeException e) {
        err.println(text.getString("assembly.recount.usage"));
        return INVALID;
      }
    }
    try (InputStream in = open(file)) {
      var input = TallyDocumentReader.read(in).input();
      var weights = WhatIf.at(input.scheme(), input.electorate(), input.motion(), chosen);
      if (json) {
        var b = JsonProvider.provider().createObjectBuilder();
        weights.forEach(
            (c, w) -> {
              var kinds = JsonProvider.provider().createObjectBuilder();
              w.voterWeight().forEach((k, v) -> kinds.add(k, v.toString()));
              var one =
                  JsonProvider.provider()
                      .createObjectBuilder()
                      .add("turnout", w.turnout().toString())
                      .add("voters", w.voters().toString());
              if (w.share() != null) {
                one.add("share", w.share().toString());
              }
              b.add(c, one.add("voterWeight", kinds));
            });
        printJson(
            JsonProvider.provider()
                .createObjectBuilder()
                .add("format", WHAT_IF_FORMAT)
                .add("classes", b)
                .build());
      } else {
        weights.forEach(
            (c, w) ->
                w.voterWeight()
                    .forEach(
                        (kind, v) ->
                            out.println(
                                say(
                                    "assembly.recount.whatIf.line",
                                    c,
                                    kind,
                                    RecountReport.show(w.turnout()),
                                    RecountReport.show(v)))));
      }
      return COUNTED;
    } catch (InvalidTallyException e) {
      return invalid(e, json, WHAT_IF_FORMAT);
    } catch (NoSuchFileException e) {
      err.println(say("assembly.recount.noFile", file));
      return INVALID;
    } catch (IOException e) {
      err.println(say("assembly.recount.unreadable", file, e.getMessage()));
      return INVALID;
    }
  }

  /** A fault of the command itself, not of the document: its own exit code, and the trace. */
  private int failed(RuntimeException e) {
    err.println(say("assembly.recount.failed", e));
    e.printStackTrace(err);
    return FAILED;
  }

  /**
   * An invalid document: the path and the reason in the reader's language on standard error; with
   * {@code --json}, the reason in English with its bundle key and arguments on standard output, so
   * that a program can say it in another language.
   */
  private int invalid(InvalidTallyException e, boolean json, String format) {
    if (json) {
      var args = JsonProvider.provider().createArrayBuilder();
      e.args().forEach(args::add);
      printJson(
          JsonProvider.provider()
              .createObjectBuilder()
              .add("format", format)
              .add(
                  "invalid",
                  JsonProvider.provider()
                      .createObjectBuilder()
                      .add("path", e.path())
                      .add("reason", e.reason())
                      .add("key", e.key())
                      .add("args", args))
              .build());
    }
    err.println(say("assembly.recount.invalid", e.path(), e.reason(locale)));
    return INVALID;
  }

  private static InputStream open(Path file) throws IOException {
    return file.toString().equals("-")
        ? System.in
        : new BufferedInputStream(Files.newInputStream(file), 1 << 16);
  }

  private void printJson(JsonObject value) {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    // Not closed: that would close standard output.
    JsonGenerator g =
        JsonProvider.provider()
            .createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
            .createGenerator(writer);
    g.write(value);
    g.flush();
    out.println();
  }

  private String say(String key, Object... args) {
    return new MessageFormat(text.getString(key), text.getLocale()).format(args);
  }
}
