package coop.spokes.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.assembly.infra.BallotKeys;
import coop.spokes.assembly.infra.TallyDocuments;
import coop.spokes.assembly.tally.Fraction;
import coop.spokes.assembly.tally.Outcome;
import coop.spokes.assembly.tally.OutcomeJson;
import coop.spokes.assembly.tally.Tally;
import coop.spokes.assembly.tally.TallyDocumentReader;
import coop.spokes.assembly.tally.TallyDocumentReader.TallyDocument;
import coop.spokes.audit.model.AuditEvent;
import coop.spokes.audit.model.HashChain;
import coop.spokes.platform.persistence.Migrations;
import coop.spokes.platform.security.SecretBox;
import coop.spokes.testing.TestDatabases;
import coop.spokes.testing.TestDatabases.Kind;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The demo assemblies (db/demo/V9) hold together on both databases, as the services would have left
 * them: every closed motion's stored tally document recounts to its stored outcome and result,
 * embeds that same outcome, names its call's attendance for every class on the roll and is the one
 * its closing in the audit chain names; its ballot rows are exactly the document's ballots (and
 * merged totals), every participation has its one ballot, the open motion's ballot key opens under
 * the demo key and finds its voters' ballots, the receipt codes the script documents find their
 * ballots, and the closed assembly's audit head is a link of an intact chain.
 */
class DemoAssembliesPersistenceTest {
  private static final Map<Kind, DataSource> DATABASES = new EnumMap<>(Kind.class);

  /** One database per kind with schema and demo data: the tests only read it. */
  private static synchronized DataSource demo(Kind kind) {
    return DATABASES.computeIfAbsent(
        kind,
        k -> {
          DataSource ds = TestDatabases.fresh(k);
          Migrations.demo(ds).migrate();
          return ds;
        });
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void everyClosedMotionRecountsToItsStoredOutcomeAndResultOn(Kind kind) throws IOException {
    DataSource ds = demo(kind);
    List<Map<String, Object>> closed =
        rows(
            ds, "select id, document, outcome, result from assembly_motion where state = 'CLOSED'");

    assertThat(closed).hasSizeGreaterThanOrEqualTo(2);
    for (Map<String, Object> m : closed) {
      TallyDocument document = read((String) m.get("document"));
      Outcome recount = Tally.count(document.input());
      JsonObject stored = TallyDocuments.parse((String) m.get("outcome"));

      assertThat(OutcomeJson.differences(stored, OutcomeJson.write(recount)))
          .as("motion %s", m.get("id"))
          .isEmpty();
      // The published document carries the outcome it was counted to: the stored one, and the
      // recount's (what spokes-cli.jar recount compares).
      assertThat(document.outcome())
          .as("motion %s: the document's outcome", m.get("id"))
          .isNotNull();
      assertThat(OutcomeJson.differences(document.outcome(), stored))
          .as("motion %s: the document's outcome against the stored one", m.get("id"))
          .isEmpty();
      assertThat(OutcomeJson.differences(document.outcome(), OutcomeJson.write(recount)))
          .as("motion %s: the document's outcome against the recount", m.get("id"))
          .isEmpty();
      assertThat(TallyDocuments.text(document.outcome()))
          .as("motion %s: the document's outcome as ChairService writes it", m.get("id"))
          .isEqualTo(m.get("outcome"));
      // The call's attendance is written for every class of the electorate.
      JsonObject json = TallyDocuments.parse((String) m.get("document"));
      assertThat(json.getJsonObject("attendance").keySet())
          .as("motion %s: attendance at its call", m.get("id"))
          .singleElement()
          .satisfies(
              call ->
                  assertThat(json.getJsonObject("attendance").getJsonObject(call).keySet())
                      .isEqualTo(
                          json.getJsonObject("electorate").getJsonObject("classes").keySet()));
      // The closing in the audit chain names this very document (outcome included).
      assertThat(
              rows(
                  ds,
                  "select details from audit_event where stream = 'assembly' and action ="
                      + " 'motion.closed' and subject_id = '"
                      + m.get("id")
                      + "'"))
          .singleElement()
          .satisfies(
              e ->
                  assertThat(((String) e.get("details")).lines())
                      .contains("document=" + sha256((String) m.get("document"))));
      assertThat(m.get("outcome"))
          .as("motion %s: the outcome as ChairService writes it", m.get("id"))
          .isEqualTo(TallyDocuments.text(OutcomeJson.write(recount)));
      assertThat(m.get("result")).as("motion %s", m.get("id")).isEqualTo(recount.result().name());
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void theBallotRowsOfAClosedMotionAreItsDocumentsBallotsOn(Kind kind) {
    DataSource ds = demo(kind);
    for (Map<String, Object> m :
        rows(ds, "select id, document from assembly_motion where state = 'CLOSED'")) {
      long motion = ((Number) m.get("id")).longValue();
      JsonObject document = TallyDocuments.parse((String) m.get("document"));
      Map<List<Object>, Long> stored = storedGroups(ds, motion);

      for (Map.Entry<List<Object>, Long> written : writtenGroups(document).entrySet()) {
        assertThat(stored.remove(written.getKey()))
            .as("motion %s, ballots %s", motion, written.getKey())
            .isEqualTo(written.getValue());
      }
      // What is left was written as its class's totals: the same ballots, weight and heads.
      assertThat(mergedTotals(stored))
          .as("motion %s, merged", motion)
          .isEqualTo(writtenMerged(document));
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void everyParticipationHasItsOneBallotOn(Kind kind) {
    DataSource ds = demo(kind);
    for (Map<String, Object> m : rows(ds, "select id, secret from assembly_motion")) {
      long motion = ((Number) m.get("id")).longValue();
      Map<String, Long> voters =
          countsByClass(
              ds,
              "select member_class, count(*) from assembly_participation where motion_id = ?"
                  + " group by member_class",
              motion);
      Map<String, Long> ballots =
          countsByClass(
              ds,
              "select member_class, count(*) from assembly_ballot where motion_id = ?"
                  + " group by member_class",
              motion);

      assertThat(ballots).as("motion %s", motion).isEqualTo(voters);
      if (Boolean.TRUE.equals(m.get("secret"))) {
        assertThat(
                number(
                    ds, "select count(*) from assembly_named_ballot where motion_id = ?", motion))
            .as("motion %s is secret", motion)
            .isZero();
      } else {
        // A named ballot per voter, each pointing at one of the motion's ballots.
        assertThat(
                number(
                    ds,
                    "select count(*) from assembly_participation p where p.motion_id = ? and"
                        + " not exists (select 1 from assembly_named_ballot n join assembly_ballot"
                        + " b on b.id = n.ballot_id and b.motion_id = n.motion_id where n.motion_id"
                        + " = p.motion_id and n.voter_member_id = p.voter_member_id)",
                    motion))
            .as("motion %s: voters without their named ballot", motion)
            .isZero();
        assertThat(
                number(
                    ds, "select count(*) from assembly_named_ballot where motion_id = ?", motion))
            .isEqualTo(voters.values().stream().mapToLong(Long::longValue).sum());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void theOpenMotionsBallotKeyOpensUnderTheDemoKeyAndFindsItsVotersBallotsOn(Kind kind) {
    DataSource ds = demo(kind);
    SecretBox box = new SecretBox(demoSecretKeys());
    BallotKeys keys = new BallotKeys(box);
    List<Map<String, Object>> open =
        rows(
            ds,
            "select m.id, m.assembly_id, m.ballot_key from assembly_motion m join assembly_assembly"
                + " a on a.id = m.assembly_id where m.state = 'OPEN' and a.state = 'OPEN'");

    assertThat(open).isNotEmpty();
    for (Map<String, Object> m : open) {
      long motion = ((Number) m.get("id")).longValue();
      String sealed = (String) m.get("ballot_key");
      assertThat(box.open("assembly.ballot-key:" + motion, sealed)).hasSize(32);
      Set<String> expected = new HashSet<>();
      for (Map<String, Object> p :
          rows(
              ds,
              "select voter_member_id from assembly_participation where motion_id = " + motion)) {
        expected.add(
            keys.replaceKey(motion, sealed, ((Number) p.get("voter_member_id")).longValue()));
      }
      Set<String> stored = new HashSet<>();
      rows(ds, "select replace_key from assembly_ballot where motion_id = " + motion)
          .forEach(b -> stored.add(((String) b.get("replace_key")).strip()));
      assertThat(stored).as("motion %s: replace keys", motion).isEqualTo(expected);
      // The two demo members the demo invites to vote may still do so.
      long assembly = ((Number) m.get("assembly_id")).longValue();
      for (long member : new long[] {1, 7}) {
        assertThat(
                number(
                    ds,
                    "select count(*) from assembly_roll_entry where assembly_id = ? and member_id"
                        + " = "
                        + member
                        + " and eligible = true",
                    assembly))
            .as("member %s eligible", member)
            .isEqualTo(1);
        assertThat(
                number(
                    ds,
                    "select count(*) from assembly_participation where motion_id = ? and"
                        + " voter_member_id = "
                        + member,
                    motion))
            .as("member %s has not voted yet", member)
            .isZero();
      }
    }
    assertThat(
            number(
                ds,
                "select count(*) from assembly_motion where state <> 'OPEN' and ballot_key is not"
                    + " null",
                0))
        .isZero();
    assertThat(
            number(
                ds,
                "select count(*) from assembly_ballot b join assembly_motion m on m.id ="
                    + " b.motion_id where m.state = 'CLOSED' and b.replace_key is not null",
                0))
        .isZero();
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void theDocumentedReceiptCodesFindTheirBallotsOn(Kind kind) throws IOException {
    DataSource ds = demo(kind);
    Matcher codes =
        Pattern.compile(
                "^--\\s+motion (\\d+)\\s+([A-Z2-9]{4}(?:-[A-Z2-9]{4}){5})$", Pattern.MULTILINE)
            .matcher(demoScript());

    int found = 0;
    while (codes.find()) {
      assertThat(
              number(
                  ds,
                  "select count(*) from assembly_ballot where motion_id = ? and receipt_hash = '"
                      + BallotKeys.receiptHash(codes.group(2).toLowerCase(Locale.ROOT))
                      + "'",
                  Long.parseLong(codes.group(1))))
          .as("receipt %s on motion %s", codes.group(2), codes.group(1))
          .isEqualTo(1);
      found++;
    }
    assertThat(found).isGreaterThanOrEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void theRollsAndTheAuditHeadHoldTogetherOn(Kind kind) {
    DataSource ds = demo(kind);
    assertThat(
            number(
                ds,
                "select count(*) from assembly_roll_entry where (eligible = true and reason is not"
                    + " null) or (eligible = false and reason not in ('notActive', 'standing'))",
                0))
        .isZero();
    // Each closed motion's electorate is its assembly's eligible roll, class by class.
    for (Map<String, Object> m :
        rows(ds, "select assembly_id, document from assembly_motion where state = 'CLOSED'")) {
      Map<String, Long> roll =
          countsByClass(
              ds,
              "select member_class, count(*) from assembly_roll_entry where assembly_id = ? and"
                  + " eligible = true group by member_class",
              ((Number) m.get("assembly_id")).longValue());
      Map<String, Long> electorate = new HashMap<>();
      TallyDocuments.parse((String) m.get("document"))
          .getJsonObject("electorate")
          .getJsonObject("classes")
          .forEach(
              (c, v) ->
                  electorate.put(
                      c.toUpperCase(Locale.ROOT),
                      Long.parseLong(v.asJsonObject().getString("eligible"))));
      assertThat(electorate).isEqualTo(roll);
    }

    EntityManagerFactory emf = TestDatabases.entityManagers(ds);
    EntityManager em = emf.createEntityManager();
    try {
      List<AuditEvent> chain =
          em.createQuery(
                  "select e from AuditEvent e where e.stream = 'assembly' order by e.seq",
                  AuditEvent.class)
              .getResultList();
      String previous = HashChain.GENESIS;
      Map<Long, String> hashes = new HashMap<>();
      for (AuditEvent e : chain) {
        assertThat(e.getSeq()).isEqualTo(hashes.size() + 1L);
        assertThat(e.getPrevHash()).isEqualTo(previous);
        assertThat(HashChain.hash(e)).as("event %s", e.getSeq()).isEqualTo(e.getHash());
        hashes.put(e.getSeq(), e.getHash());
        previous = e.getHash();
      }
      assertThat(
              rows(
                  ds,
                  "select last_seq, last_hash from audit_stream_head where stream ="
                      + " 'assembly'"))
          .singleElement()
          .satisfies(
              h -> {
                assertThat(((Number) h.get("last_seq")).longValue()).isEqualTo(chain.size());
                assertThat(h.get("last_hash")).isEqualTo(hashes.get((long) chain.size()));
              });
      List<Map<String, Object>> sealed =
          rows(
              ds,
              "select audit_head_seq, audit_head_hash from assembly_assembly where"
                  + " audit_head_seq is not null");
      assertThat(sealed).isNotEmpty();
      for (Map<String, Object> a : sealed) {
        assertThat(a.get("audit_head_hash"))
            .isEqualTo(hashes.get(((Number) a.get("audit_head_seq")).longValue()));
      }
    } finally {
      em.close();
      emf.close();
    }
  }

  // ---- Helpers ---------------------------------------------------------------------------------

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static TallyDocument read(String document) throws IOException {
    return TallyDocumentReader.read(
        new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
  }

  /** The motion's ballot rows as (class, kind, weight, choices) → how many, in tally names. */
  private static Map<List<Object>, Long> storedGroups(DataSource ds, long motion) {
    Map<List<Object>, Long> groups = new LinkedHashMap<>();
    for (Map<String, Object> b :
        rows(
            ds,
            "select member_class, kind, weight, choices from assembly_ballot where motion_id = "
                + motion)) {
      groups.merge(
          List.of(
              TallyDocuments.name((String) b.get("member_class")),
              TallyDocuments.name((String) b.get("kind")),
              Fraction.parse((String) b.get("weight")),
              TallyDocuments.parse((String) b.get("choices"))),
          1L,
          Long::sum);
    }
    return groups;
  }

  /** The document's ballots the same way (a group written once, with its count). */
  private static Map<List<Object>, Long> writtenGroups(JsonObject document) {
    Map<List<Object>, Long> groups = new LinkedHashMap<>();
    JsonArray ballots = document.getJsonArray("ballots");
    for (JsonValue v : ballots == null ? JsonValue.EMPTY_JSON_ARRAY : ballots) {
      JsonObject b = v.asJsonObject();
      String weight = b.containsKey("weight") ? b.getString("weight") : b.getString("rawWeight");
      groups.merge(
          List.of(
              b.getString("class"),
              b.getString("kind"),
              Fraction.parse(weight),
              b.getJsonObject("choices")),
          Long.parseLong(b.getString("count", "1")),
          Long::sum);
    }
    return groups;
  }

  /** Per class: ballots, then weight and heads per option, of ballots written as totals. */
  private static Map<String, Map<String, Fraction>> mergedTotals(Map<List<Object>, Long> groups) {
    Map<String, Map<String, Fraction>> totals = new LinkedHashMap<>();
    groups.forEach(
        (key, n) -> {
          Map<String, Fraction> t =
              totals.computeIfAbsent((String) key.get(0), c -> new HashMap<>());
          JsonObject choices = (JsonObject) key.get(3);
          Fraction all = Fraction.ZERO;
          for (String o : choices.keySet()) {
            all = all.plus(Fraction.parse(choices.getString(o)));
          }
          t.merge("ballots", Fraction.of(n), Fraction::plus);
          for (String o : choices.keySet()) {
            Fraction w = Fraction.parse(choices.getString(o)).times(n);
            t.merge("weight " + o, w, Fraction::plus);
            t.merge("heads " + o, w.dividedBy(all), Fraction::plus);
          }
        });
    return totals;
  }

  private static Map<String, Map<String, Fraction>> writtenMerged(JsonObject document) {
    Map<String, Map<String, Fraction>> totals = new LinkedHashMap<>();
    JsonArray merged = document.getJsonArray("merged");
    for (JsonValue v : merged == null ? JsonValue.EMPTY_JSON_ARRAY : merged) {
      JsonObject m = v.asJsonObject();
      Map<String, Fraction> t = totals.computeIfAbsent(m.getString("class"), c -> new HashMap<>());
      t.merge("ballots", Fraction.parse(m.getString("ballots")), Fraction::plus);
      for (String part : List.of("weight", "heads")) {
        m.getJsonObject(part)
            .forEach(
                (o, x) ->
                    t.merge(
                        part + " " + o,
                        Fraction.parse(((JsonString) x).getString()),
                        Fraction::plus));
      }
    }
    return totals;
  }

  private static Map<String, Long> countsByClass(DataSource ds, String sql, long id) {
    Map<String, Long> counts = new HashMap<>();
    try (Connection c = ds.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          counts.put(r.getString(1), r.getLong(2));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
    return counts;
  }

  /** The count a query returns, its one parameter (if any) set to {@code id}. */
  private static long number(DataSource ds, String sql, long id) {
    try (Connection c = ds.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      if (sql.contains("?")) {
        s.setLong(1, id);
      }
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** Rows as column name (lower case) → value; text columns read as strings. */
  private static List<Map<String, Object>> rows(DataSource ds, String sql) {
    List<Map<String, Object>> list = new ArrayList<>();
    try (Connection c = ds.getConnection();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      int columns = r.getMetaData().getColumnCount();
      while (r.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= columns; i++) {
          Object value = r.getObject(i);
          if (value instanceof java.sql.Clob || value instanceof String) {
            value = r.getString(i);
          }
          row.put(r.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT), value);
        }
        list.add(row);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
    return list;
  }

  /** The demo's secret keys, as the demo configuration sets them. */
  private static List<String> demoSecretKeys() {
    Properties p = new Properties();
    try (InputStream in = resource("META-INF/microprofile-config.properties")) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Arrays.stream(p.getProperty(SecretBox.CONFIG_KEY).split(","))
        .map(String::strip)
        .toList();
  }

  private static String demoScript() throws IOException {
    try (InputStream in = resource("db/demo/V9__demo_assemblies.sql")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = DemoAssembliesPersistenceTest.class.getClassLoader().getResourceAsStream(name);
    assertThat(in).as(name).isNotNull();
    return in;
  }
}
