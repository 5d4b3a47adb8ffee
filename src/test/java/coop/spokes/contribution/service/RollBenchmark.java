package coop.spokes.contribution.service;

import coop.spokes.membership.service.MemberFactsService;
import coop.spokes.platform.persistence.Migrations;
import coop.spokes.platform.persistence.PageRequest;
import coop.spokes.platform.persistence.PageResult;
import coop.spokes.testing.TestDatabases;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The roll benchmark (docs/benchmarks.md, "Roll at a date"; run by docs/bench/roll.sh, not by the
 * build): reads a custodian's whole roll on a date page by page through membership's {@code
 * statusesAtInternal} and contribution's {@code standingsAtInternal}, as an assembly will, each run
 * in one transaction (as a service call holds one connection), and prints the seconds of each.
 * {@code migrate} as the only argument migrates the database instead.
 */
public final class RollBenchmark {
  private RollBenchmark() {}

  public static void main(String[] args) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(env("BENCH_URL", "jdbc:postgresql://127.0.0.1:5432/spokes_item3"));
    ds.setUser(env("BENCH_USER", "test"));
    ds.setPassword(env("BENCH_PASSWORD", "test"));
    if (args.length > 0 && args[0].equals("migrate")) {
      Migrations.schema(ds).migrate();
      return;
    }
    long custodian = Long.parseLong(env("BENCH_CUSTODIAN", "1"));
    LocalDate date = LocalDate.parse(env("BENCH_DATE", "2026-12-06"));
    int year = Integer.parseInt(env("BENCH_YEAR", "2026"));
    int size = Integer.parseInt(env("BENCH_PAGE", "5000"));
    int runs = Integer.parseInt(env("BENCH_RUNS", "5"));
    EntityManagerFactory emf = TestDatabases.entityManagers(ds);
    System.out.printf(
        "custodian %d, date %s, fiscal year %d, pages of %d%n", custodian, date, year, size);
    for (int run = 0; run <= runs; run++) {
      EntityManager em = emf.createEntityManager();
      try {
        em.getTransaction().begin();
        StandingService standings = StandingsAtPersistenceTest.standingService(em);
        MemberFactsService members = standings.members;
        long t0 = System.nanoTime();
        long statuses =
            readAll(first -> members.statusesAtInternal(custodian, date, page(first, size)));
        long t1 = System.nanoTime();
        long lines =
            readAll(
                first -> standings.standingsAtInternal(custodian, year, date, page(first, size)));
        long t2 = System.nanoTime();
        System.out.printf(
            "%s: statuses %d in %.2f s, standings %d in %.2f s, both %.2f s%n",
            run == 0 ? "warm-up" : "run " + run,
            statuses,
            (t1 - t0) / 1e9,
            lines,
            (t2 - t1) / 1e9,
            (t2 - t0) / 1e9);
        em.getTransaction().rollback();
      } finally {
        em.close();
      }
    }
    emf.close();
  }

  private static PageRequest page(int first, int size) {
    return PageRequest.internal(first, size);
  }

  /** Reads every page until the total; returns how many rows came. */
  private static long readAll(IntFunction<PageResult<?>> pages) {
    List<Object> all = new ArrayList<>();
    PageResult<?> page;
    do {
      page = pages.apply(all.size());
      all.addAll(page.items());
    } while (!page.items().isEmpty() && all.size() < page.total());
    return all.size();
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
