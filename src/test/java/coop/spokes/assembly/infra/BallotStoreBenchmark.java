package coop.spokes.assembly.infra;

import coop.spokes.assembly.model.RollEntry;
import coop.spokes.platform.persistence.Migrations;
import coop.spokes.platform.persistence.RowsInsert;
import coop.spokes.testing.TestDatabases;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The ballot store benchmark (docs/benchmarks.md, "Ballots through the vote page", the database's
 * part; run by {@code docs/bench/ballot-store.sh}): {@code BENCH_VOTERS} (20,000) eligible voters
 * on one open motion cast their ballot from {@code BENCH_THREADS} (8) threads at once, each cast
 * one transaction as {@code VotingService.cast} writes it: the voter's roll entry locked, their
 * participation looked up and inserted, the ballot row inserted (random id, receipt hash, replace
 * key) and the caster marked present. Prints ballots a second per run. No Payara, no page, no
 * receipt mail: what the database and EclipseLink take. {@code migrate} as the only argument
 * migrates the database instead.
 */
public final class BallotStoreBenchmark {
  private BallotStoreBenchmark() {}

  public static void main(String[] args) throws Exception {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(env("BENCH_URL", "jdbc:postgresql://127.0.0.1:5432/spokes_ballots"));
    ds.setUser(env("BENCH_USER", "test"));
    ds.setPassword(env("BENCH_PASSWORD", "test"));
    if (args.length > 0 && args[0].equals("migrate")) {
      Migrations.schema(ds).migrate();
      return;
    }
    int voters = Integer.parseInt(env("BENCH_VOTERS", "20000"));
    int threads = Integer.parseInt(env("BENCH_THREADS", "8"));
    int runs = Integer.parseInt(env("BENCH_RUNS", "5"));
    // EclipseLink's own connection pool, one connection per thread (as the server's pool would
    // lend one per request), instead of a new connection per transaction.
    EntityManagerFactory emf =
        jakarta.persistence.Persistence.createEntityManagerFactory(
            "spokes-test",
            java.util.Map.of(
                "jakarta.persistence.jdbc.driver", "org.postgresql.Driver",
                "jakarta.persistence.jdbc.url", ds.getUrl(),
                "jakarta.persistence.jdbc.user", ds.getUser(),
                "jakarta.persistence.jdbc.password", ds.getPassword(),
                "eclipselink.connection-pool.default.initial", Integer.toString(threads),
                "eclipselink.connection-pool.default.min", Integer.toString(threads),
                "eclipselink.connection-pool.default.max", Integer.toString(threads)));
    System.out.printf("%d voters, %d threads%n", voters, threads);
    for (int run = 0; run <= runs; run++) {
      long motion = 1000 + run;
      seed(ds, motion, voters);
      AtomicLong next = new AtomicLong(1);
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<Integer>> done = new ArrayList<>();
      long t0 = System.nanoTime();
      for (int t = 0; t < threads; t++) {
        done.add(
            pool.submit(
                () -> {
                  int cast = 0;
                  EntityManager em = emf.createEntityManager();
                  try {
                    for (long voter = next.getAndIncrement();
                        voter <= voters;
                        voter = next.getAndIncrement()) {
                      cast(em, motion, voter);
                      cast++;
                    }
                  } finally {
                    em.close();
                  }
                  return cast;
                }));
      }
      int total = 0;
      for (Future<Integer> f : done) {
        total += f.get(30, TimeUnit.MINUTES);
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      pool.shutdown();
      long stored =
          TestDatabases.number(
                  ds, "select count(*) from assembly_ballot where motion_id = " + motion)
              .longValue();
      System.out.printf(
          "%s: %d ballots (%d stored) in %.2f s, %.0f a second%n",
          run == 0 ? "warm-up" : "run " + run, total, stored, seconds, total / seconds);
    }
    emf.close();
  }

  /** One cast, as the voting service writes it. */
  private static void cast(EntityManager em, long motion, long voter) {
    try {
      em.getTransaction().begin();
      AssemblyRepository repo = new AssemblyRepository(em);
      BallotStore ballots = new BallotStore(em);
      RollEntry entry = repo.lockRollEntry(motion, voter).orElseThrow();
      if (ballots.castBy(motion, voter).isEmpty()) {
        ballots.addParticipation(motion, voter, entry.getMemberClass(), voter);
        String receipt = BallotKeys.newReceipt();
        ballots.addBallot(
            new BallotStore.StoredBallot(
                BallotKeys.newBallotId(),
                motion,
                entry.getMemberClass(),
                entry.getKind(),
                "1",
                "{\"yes\":\"1\"}",
                BallotKeys.receiptHash(receipt),
                BallotKeys.receiptHash(motion + ":" + voter)));
      }
      repo.markPresent(motion, 1, voter, voter, OffsetDateTime.now());
      em.getTransaction().commit();
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.clear();
    }
  }

  private static final RowsInsert<Long> ROLL =
      new RowsInsert<>(
          "insert into assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction,"
              + " member_number, display_name, member_class, kind, status_at, standing, eligible)"
              + " values",
          "(?, ?, 1, 'ES', ?, ?, 'INDIVIDUAL', 'PERSON', 'ACTIVE', 'GOOD', true)",
          1000);

  /** Assembly {@code id} (open) with motion {@code id} (open) and {@code voters} on its roll. */
  private static void seed(javax.sql.DataSource ds, long id, int voters) throws SQLException {
    TestDatabases.execute(
        ds,
        "insert into assembly_assembly (id, title, time_zone, state, scheme, record_date,"
            + " first_call_at, opens_at, closes_at, notice_days, created_at) values ("
            + id
            + ", 'Benchmark', 'UTC', 'OPEN', '{}', current_date, current_timestamp,"
            + " current_timestamp, current_timestamp + interval '1' day, 0, current_timestamp)");
    TestDatabases.execute(
        ds,
        "insert into assembly_motion (id, assembly_id, position, title, rules, secret, changeable,"
            + " state) values ("
            + id
            + ", "
            + id
            + ", 1, 'Motion', '{}', true, true, 'OPEN')");
    try (Connection c = ds.getConnection()) {
      ROLL.write(
          c,
          LongStream.rangeClosed(1, voters).boxed().toList(),
          (m, v) -> v.add(id).add(m).add("ES-" + m).add("Voter " + m),
          "benchmark roll");
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
