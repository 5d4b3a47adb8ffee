package coop.spokes.assembly.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.spokes.assembly.tally.Outcome;
import coop.spokes.assembly.tally.Tally;
import coop.spokes.assembly.tally.TallyDocumentReader;
import coop.spokes.testing.TestDatabases;
import coop.spokes.testing.TestDatabases.Kind;
import coop.spokes.testing.Waits;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The ballot tables on both databases: one participation per voter per motion whatever the
 * concurrency (the primary key decides), a ballot row that holds only what the issue allows, and a
 * motion's stored ballots written as a tally document the tally core counts.
 */
class BallotStorePersistenceTest {

  /** Every column a ballot row may have: no member, no time, no sequential id. */
  static final Set<String> BALLOT_COLUMNS =
      Set.of(
          "id",
          "motion_id",
          "member_class",
          "kind",
          "weight",
          "choices",
          "receipt_hash",
          "replace_key");

  @ParameterizedTest
  @EnumSource(Kind.class)
  void eightCastsForOneVoterAtOnceRecordOneParticipation(Kind kind) throws Exception {
    DataSource ds = TestDatabases.fresh(kind);
    seed(ds);
    EntityManagerFactory emf = TestDatabases.entityManagers(ds);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> tries = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      tries.add(
          pool.submit(
              () -> {
                start.await();
                try {
                  return TestDatabases.inTransaction(
                      emf,
                      em -> {
                        BallotStore store = new BallotStore(em);
                        store.addParticipation(1, 42, "PRODUCER", 42);
                        store.addBallot(ballot(BallotKeys.newReceipt()));
                        return true;
                      });
                } catch (RuntimeException e) {
                  return false;
                }
              }));
    }
    start.countDown();
    int stored = 0;
    for (Future<Boolean> f : tries) {
      stored += f.get(60, TimeUnit.SECONDS) ? 1 : 0;
    }
    pool.shutdown();
    assertThat(stored).isEqualTo(1);
    assertThat(TestDatabases.number(ds, "select count(*) from assembly_participation").intValue())
        .isEqualTo(1);
    assertThat(TestDatabases.number(ds, "select count(*) from assembly_ballot").intValue())
        .isEqualTo(1);
    emf.close();
  }

  /**
   * A proxy holder casting for themself and for a principal at once marks themself present from
   * each cast: the second cast's mark waits for the first's, and once the first has committed, it
   * finds the holder present and its own cast commits too (a check before an insert let both miss
   * the other's row, and the second cast fell on the key and was rolled back). On PostgreSQL, which
   * reports the second waiting (H2, the development database, waits too but does not report it, so
   * the test could not tell the wait from a hang).
   */
  @Test
  void twoCastsByOneHolderAtOnceBothCommitAndMarkThemPresentOnce() throws Exception {
    Kind kind = Kind.POSTGRESQL;
    DataSource ds = TestDatabases.fresh(kind);
    seed(ds);
    EntityManagerFactory emf = TestDatabases.entityManagers(ds);
    OffsetDateTime now = OffsetDateTime.parse("2026-12-02T18:00:00Z");
    CountDownLatch firstMarked = new CountDownLatch(1);
    CountDownLatch secondMarking = new CountDownLatch(1);

    CompletableFuture<Boolean> first =
        CompletableFuture.supplyAsync(
            () ->
                TestDatabases.inTransaction(
                    emf,
                    em -> {
                      boolean marked = new AssemblyRepository(em).markPresent(1, 1, 42, 7, now);
                      firstMarked.countDown();
                      Waits.await(secondMarking);
                      Waits.untilASessionWaitsForALock(ds, kind);
                      return marked;
                    }));
    Waits.await(firstMarked);
    CompletableFuture<Boolean> second =
        CompletableFuture.supplyAsync(
            () ->
                TestDatabases.inTransaction(
                    emf,
                    em -> {
                      secondMarking.countDown();
                      return new AssemblyRepository(em).markPresent(1, 1, 42, 7, now);
                    }));

    assertThat(first.get(60, TimeUnit.SECONDS)).as("the first cast marked them").isTrue();
    assertThat(second.get(60, TimeUnit.SECONDS)).as("the second found them marked").isFalse();
    assertThat(
            TestDatabases.number(
                    ds, "select count(*) from assembly_attendance where member_id = 42")
                .intValue())
        .isEqualTo(1);
    emf.close();
  }

  /**
   * A ballot holds its motion open until it commits: two ballots hold it at once (they do not wait
   * for each other), a closing locks it only once both have committed (so its count sees them), and
   * a ballot after the closing finds it closed (so none is stored after the count). On PostgreSQL,
   * which reports the closing waiting.
   */
  @Test
  void ballotsHoldTheirMotionOpenAndAClosingWaitsForThem() throws Exception {
    Kind kind = Kind.POSTGRESQL;
    DataSource ds = TestDatabases.fresh(kind);
    seed(ds);
    EntityManagerFactory emf = TestDatabases.entityManagers(ds);
    CountDownLatch bothHold = new CountDownLatch(2);
    CountDownLatch closingWaits = new CountDownLatch(1);
    List<CompletableFuture<Boolean>> ballots = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      ballots.add(
          CompletableFuture.supplyAsync(
              () ->
                  TestDatabases.inTransaction(
                      emf,
                      em -> {
                        boolean open = new AssemblyRepository(em).holdOpen(1);
                        bothHold.countDown();
                        Waits.await(closingWaits);
                        return open;
                      })));
    }
    Waits.await(bothHold); // the second did not wait for the first
    CompletableFuture<Void> closing =
        CompletableFuture.runAsync(
            () ->
                TestDatabases.inTransaction(
                    emf,
                    em -> {
                      new AssemblyRepository(em).lockMotion(1).orElseThrow();
                      return em.createNativeQuery(
                              "update assembly_motion set state = 'CLOSED' where id = 1")
                          .executeUpdate();
                    }));
    Waits.untilASessionWaitsForALock(ds, kind);
    assertThat(closing).as("the closing waits for the ballots").isNotDone();
    closingWaits.countDown();
    for (CompletableFuture<Boolean> b : ballots) {
      assertThat(b.get(60, TimeUnit.SECONDS)).as("a ballot found the motion open").isTrue();
    }
    closing.get(60, TimeUnit.SECONDS);
    boolean afterClosing =
        TestDatabases.inTransaction(emf, em -> new AssemblyRepository(em).holdOpen(1));
    assertThat(afterClosing).as("a ballot after the closing finds it open").isFalse();
    emf.close();
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aBallotRowHoldsNoMemberNoTimeAndNoForeignKey(Kind kind) throws Exception {
    DataSource ds = TestDatabases.fresh(kind);
    Set<String> columns = new TreeSet<>();
    try (Connection c = ds.getConnection()) {
      try (ResultSet rs = c.getMetaData().getColumns(null, null, "assembly_ballot", null)) {
        while (rs.next()) {
          columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
        }
      }
      assertThat(columns).isEqualTo(new TreeSet<>(BALLOT_COLUMNS));
      try (ResultSet rs = c.getMetaData().getImportedKeys(null, null, "assembly_ballot")) {
        assertThat(rs.next()).as("assembly_ballot has no foreign key").isFalse();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aReplacedBallotKeepsOneRowAndClosingForgetsWhoseItWas(Kind kind) {
    DataSource ds = TestDatabases.fresh(kind);
    seed(ds);
    EntityManagerFactory emf = TestDatabases.entityManagers(ds);
    TestDatabases.inTransaction(
        emf,
        em -> {
          BallotStore store = new BallotStore(em);
          store.addParticipation(1, 42, "PRODUCER", 42);
          store.addBallot(ballot(BallotKeys.newReceipt()));
          assertThat(
                  store.replaceBallot(
                      1,
                      "k".repeat(64),
                      BallotKeys.newBallotId(),
                      "{\"no\":\"1\"}",
                      "f".repeat(64)))
              .isPresent();
          assertThat(store.replaceBallot(1, "x".repeat(64), "a".repeat(32), "{}", "e".repeat(64)))
              .isEmpty();
          return null;
        });
    assertThat(TestDatabases.number(ds, "select count(*) from assembly_ballot").intValue())
        .isEqualTo(1);
    TestDatabases.inTransaction(emf, em -> new BallotStore(em).forgetReplaceKeys(1));
    assertThat(
            TestDatabases.number(
                    ds, "select count(*) from assembly_ballot where replace_key is not null")
                .intValue())
        .isZero();
    emf.close();
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void storedBallotsMakeADocumentTheTallyCounts(Kind kind) throws Exception {
    DataSource ds = TestDatabases.fresh(kind);
    seed(ds);
    EntityManagerFactory emf = TestDatabases.entityManagers(ds);
    // Producers: 3 yes, 1 no; consumers: 2 no; the one individual on the roll: yes (merged).
    TestDatabases.inTransaction(
        emf,
        em -> {
          BallotStore store = new BallotStore(em);
          long voter = 100;
          for (String[] b :
              new String[][] {
                {"PRODUCER", "{\"yes\":\"1\"}"},
                {"PRODUCER", "{\"yes\":\"1\"}"},
                {"PRODUCER", "{\"yes\":\"1\"}"},
                {"PRODUCER", "{\"no\":\"1\"}"},
                {"CONSUMER", "{\"no\":\"1\"}"},
                {"CONSUMER", "{\"no\":\"1\"}"},
                {"INDIVIDUAL", "{\"yes\":\"1\"}"}
              }) {
            voter++;
            store.addParticipation(1, voter, b[0], voter);
            store.addBallot(
                new BallotStore.StoredBallot(
                    BallotKeys.newBallotId(),
                    1,
                    b[0],
                    "PERSON",
                    "1",
                    b[1],
                    BallotKeys.receiptHash(BallotKeys.newReceipt()),
                    null));
          }
          return null;
        });
    List<BallotStore.Group> groups =
        TestDatabases.inTransaction(emf, em -> new BallotStore(em).groups(1));
    assertThat(groups).hasSize(4);
    List<TallyDocuments.Eligible> roll = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      roll.add(new TallyDocuments.Eligible("PRODUCER", "PERSON", "1"));
    }
    for (int i = 0; i < 4; i++) {
      roll.add(new TallyDocuments.Eligible("CONSUMER", "PERSON", "1"));
    }
    roll.add(new TallyDocuments.Eligible("INDIVIDUAL", "PERSON", "1"));
    String scheme =
        "{\"memberWeight\":{\"rule\":\"one-member-one-vote\"},\"classShares\":{\"unit\":\"points\","
            + "\"total\":\"100\",\"shares\":{\"producer\":\"50\",\"consumer\":\"40\","
            + "\"individual\":\"10\"},\"denominator\":\"votes-cast\",\"belowTurnout\":\"redistribute\"}}";
    String rules =
        "{\"kind\":\"yes-no\",\"threshold\":{\"fraction\":\"1/2\",\"comparison\":\">\","
            + "\"base\":\"cast-excluding-abstentions\",\"measure\":\"weight\"}}";
    var document =
        TallyDocuments.write(
            new TallyDocuments.Parts(
                "m-1",
                "Motion",
                scheme,
                rules,
                1,
                true,
                roll,
                // Each voter is present (casting marks them so).
                Map.of("PRODUCER", present(4), "CONSUMER", present(2), "INDIVIDUAL", present(1)),
                groups));
    assertThat(document.getJsonArray("merged")).hasSize(1);
    assertThat(document.toString()).doesNotContain("receipt");
    Outcome o =
        Tally.count(
            TallyDocumentReader.read(
                    new ByteArrayInputStream(
                        TallyDocuments.text(document).getBytes(StandardCharsets.UTF_8)))
                .input());
    // Producers 50 points: 3/4 yes = 37.5; consumers 40: no; individual 10: yes. Yes 47.5 of 100.
    assertThat(o.options().get("yes").weight().toString()).isEqualTo("95/2");
    assertThat(o.result()).isEqualTo(Outcome.Result.FAILED);
    emf.close();
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void theSameReceiptCannotBeStoredTwiceOnAMotion(Kind kind) {
    DataSource ds = TestDatabases.fresh(kind);
    seed(ds);
    EntityManagerFactory emf = TestDatabases.entityManagers(ds);
    TestDatabases.inTransaction(
        emf,
        em -> {
          new BallotStore(em).addBallot(ballot("SAME-RECEIPT"));
          return null;
        });
    assertThatThrownBy(
            () ->
                TestDatabases.inTransaction(
                    emf,
                    em -> {
                      new BallotStore(em).addBallot(ballot("SAME-RECEIPT"));
                      return null;
                    }))
        .isInstanceOf(RuntimeException.class);
    emf.close();
  }

  private static TallyDocuments.ClassAttendance present(long n) {
    return new TallyDocuments.ClassAttendance(
        n, 0, coop.spokes.assembly.tally.Fraction.of(n), coop.spokes.assembly.tally.Fraction.ZERO);
  }

  private static BallotStore.StoredBallot ballot(String receipt) {
    return new BallotStore.StoredBallot(
        BallotKeys.newBallotId(),
        1,
        "PRODUCER",
        "PERSON",
        "1",
        "{\"yes\":\"1\"}",
        BallotKeys.receiptHash(receipt),
        "k".repeat(64));
  }

  private static void seed(DataSource ds) {
    TestDatabases.execute(
        ds,
        "insert into assembly_assembly (id, title, time_zone, state, scheme, record_date,"
            + " first_call_at, opens_at, closes_at, notice_days, created_at) values (1, 'AGM',"
            + " 'Europe/Madrid', 'OPEN', '{}', date '2026-11-01', timestamp with time zone"
            + " '2026-12-01 17:00:00+00', timestamp with time zone '2026-12-01 17:00:00+00',"
            + " timestamp with time zone '2026-12-08 17:00:00+00', 14, timestamp with time zone"
            + " '2026-10-01 09:00:00+00')");
    TestDatabases.execute(
        ds,
        "insert into assembly_motion (id, assembly_id, position, title, rules, secret, changeable,"
            + " state) values (1, 1, 1, 'Motion', '{}', true, true, 'OPEN')");
  }
}
