package coop.spokes.contribution.service;

import coop.spokes.assembly.infra.AssemblyRepository;
import coop.spokes.assembly.service.AssemblyService;
import coop.spokes.assembly.service.RollService;
import coop.spokes.audit.infra.AuditHeads;
import coop.spokes.audit.service.AuditService;
import coop.spokes.contribution.infra.PaymentRepository;
import coop.spokes.contribution.infra.ResourceRepository;
import coop.spokes.contribution.infra.ScheduleRepository;
import coop.spokes.custodian.infra.CustodianRepository;
import coop.spokes.custodian.service.CustodianService;
import coop.spokes.membership.infra.MemberRepository;
import coop.spokes.membership.infra.RollQueries;
import coop.spokes.membership.service.MemberFactsService;
import coop.spokes.platform.approval.Approvals;
import coop.spokes.platform.persistence.Migrations;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Caller;
import coop.spokes.platform.security.Grant;
import coop.spokes.platform.security.Role;
import coop.spokes.platform.security.Scope;
import coop.spokes.testing.TestDatabases;
import coop.spokes.testing.Wiring;
import coop.spokes.timesheet.infra.TimesheetRepository;
import coop.spokes.timesheet.service.HoursService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The assembly roll benchmark (docs/benchmarks.md, "Assembly roll (100,000 members)"; run by {@code
 * BENCH_MAIN=coop.spokes.contribution.service.AssemblyRollBenchmark docs/bench/roll.sh}): builds an
 * assembly's roll at its record date with {@code RollService.build}, as its chair does (every
 * custodian's statuses and standings at that date read in pages, each member's eligibility decided
 * and the roll written), each run in one transaction rolled back afterwards, and prints the seconds
 * of each. {@code migrate} as the only argument migrates the database instead.
 */
public final class AssemblyRollBenchmark {
  private AssemblyRollBenchmark() {}

  public static void main(String[] args) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(env("BENCH_URL", "jdbc:postgresql://127.0.0.1:5432/spokes_roll"));
    ds.setUser(env("BENCH_USER", "test"));
    ds.setPassword(env("BENCH_PASSWORD", "test"));
    if (args.length > 0 && args[0].equals("migrate")) {
      Migrations.schema(ds).migrate();
      return;
    }
    String date = env("BENCH_DATE", "2026-12-06");
    int runs = Integer.parseInt(env("BENCH_RUNS", "5"));
    TestDatabases.execute(ds, "delete from assembly_roll_entry where assembly_id = 1");
    TestDatabases.execute(ds, "delete from assembly_assembly where id = 1");
    TestDatabases.execute(
        ds,
        "insert into assembly_assembly (id, title, time_zone, state, scheme, record_date,"
            + " first_call_at, opens_at, closes_at, notice_days, created_at) values (1,"
            + " 'Benchmark', 'UTC', 'DRAFT', '{\"memberWeight\":{\"rule\":\"one-member-one-vote\"}}',"
            + " date '"
            + date
            + "', timestamp with time zone '"
            + date
            + " 18:00:00+00', timestamp with time zone '"
            + date
            + " 18:00:00+00', timestamp with time zone '"
            + date
            + " 22:00:00+00', 0, current_timestamp)");
    EntityManagerFactory emf = TestDatabases.entityManagers(ds);
    Caller chair =
        new Caller() {
          @Override
          public Optional<Long> userId() {
            return Optional.empty();
          }

          @Override
          public Set<Grant> grants() {
            return Set.of(Grant.of(Role.CHAIR, Scope.assembly(1)));
          }
        };
    System.out.printf("assembly roll at %s, every custodian%n", date);
    for (int run = 0; run <= runs; run++) {
      EntityManager em = emf.createEntityManager();
      try {
        em.getTransaction().begin();
        RollService roll = new RollService();
        Wiring.wire(
            em,
            roll,
            new Access(chair),
            Clock.systemUTC(),
            new AssemblyRepository(em),
            new AssemblyService(),
            new AuditService(),
            new AuditHeads(),
            new Approvals(),
            new StandingService(),
            new StandingsAtQuery(),
            new PaymentRepository(),
            new ResourceRepository(),
            new ScheduleRepository(),
            new ScheduleService(),
            new MemberFactsService(),
            new MemberRepository(),
            new RollQueries(),
            new CustodianService(),
            new CustodianRepository(),
            new HoursService(),
            new TimesheetRepository());
        long t0 = System.nanoTime();
        RollService.RollSummary summary = roll.build(1);
        em.flush();
        long t1 = System.nanoTime();
        System.out.printf(
            "%s: %d members, %d eligible, in %.2f s%n",
            run == 0 ? "warm-up" : "run " + run,
            summary.members(),
            summary.eligible(),
            (t1 - t0) / 1e9);
        em.getTransaction().rollback();
      } finally {
        em.close();
      }
    }
    emf.close();
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
