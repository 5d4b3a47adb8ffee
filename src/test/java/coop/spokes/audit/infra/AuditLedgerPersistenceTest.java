package coop.spokes.audit.infra;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.audit.model.AuditEntry;
import coop.spokes.audit.service.ChainVerification;
import coop.spokes.testing.TestDatabases;
import coop.spokes.testing.TestDatabases.Kind;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * The audit hash chain on real databases: verification names the first broken link after a row is
 * changed or deleted behind the application's back, and appends from many threads at once keep one
 * unbroken chain per stream.
 */
class AuditLedgerPersistenceTest {

  @ParameterizedTest
  @EnumSource(Kind.class)
  void untouchedChainVerifiesOn(Kind kind) {
    var db = Db.of(kind);
    db.appendMany("auth", 5);

    ChainVerification v = db.verify("auth");

    assertThat(v.intact()).isTrue();
    assertThat(v.checked()).isEqualTo(5);
    assertThat(v.headSeq()).isEqualTo(5);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void changingAMiddleRowIsNamedAsTheFirstBrokenLinkOn(Kind kind) {
    var db = Db.of(kind);
    db.appendMany("custodian", 5);

    TestDatabases.execute(
        db.ds,
        "update audit_event set details = 'fields=name' where stream = 'custodian' and seq = 3");
    ChainVerification v = db.verify("custodian");

    assertThat(v.intact()).isFalse();
    assertThat(v.brokenAtSeq()).isEqualTo(3);
    assertThat(v.problemKey()).isEqualTo("audit.verify.altered");
    assertThat(v.checked()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void rewritingARowWithARecomputedHashBreaksTheNextLinkOn(Kind kind) {
    var db = Db.of(kind);
    db.appendMany("identity", 4);

    TestDatabases.execute(
        db.ds,
        "update audit_event set hash = '"
            + "f".repeat(64)
            + "' where stream = 'identity' and seq = 2");
    ChainVerification v = db.verify("identity");

    assertThat(v.brokenAtSeq()).isEqualTo(2);
    assertThat(v.problemKey()).isEqualTo("audit.verify.altered");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void deletingAMiddleRowIsNamedAsTheFirstBrokenLinkOn(Kind kind) {
    var db = Db.of(kind);
    db.appendMany("auth", 6);

    TestDatabases.execute(db.ds, "delete from audit_event where stream = 'auth' and seq = 4");
    ChainVerification v = db.verify("auth");

    assertThat(v.intact()).isFalse();
    assertThat(v.brokenAtSeq()).isEqualTo(4);
    assertThat(v.problemKey()).isEqualTo("audit.verify.missing");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void deletingTheLastRowsIsNoticedAgainstTheHeadOn(Kind kind) {
    var db = Db.of(kind);
    db.appendMany("auth", 4);

    TestDatabases.execute(db.ds, "delete from audit_event where stream = 'auth' and seq >= 3");
    ChainVerification v = db.verify("auth");

    assertThat(v.brokenAtSeq()).isEqualTo(3);
    assertThat(v.problemKey()).isEqualTo("audit.verify.tailMissing");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void streamsAreIndependentChainsOn(Kind kind) {
    var db = Db.of(kind);
    db.appendMany("auth", 3);
    db.appendMany("custodian", 2);

    TestDatabases.execute(db.ds, "delete from audit_event where stream = 'auth' and seq = 2");

    assertThat(db.verify("custodian").intact()).isTrue();
    assertThat(db.verify("auth").intact()).isFalse();
  }

  @Test
  void eightThreadsAppendingToOneStreamAtOnceKeepOneChainOnPostgresql() throws Exception {
    var db = Db.of(Kind.POSTGRESQL);
    int threads = 8;
    int each = 25;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      done.add(
          pool.submit(
              () -> {
                start.await();
                for (int i = 0; i < each; i++) {
                  db.append("vote", "t" + thread + "-" + i);
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> f : done) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();

    ChainVerification v = db.verify("vote");

    assertThat(v.intact()).isTrue();
    assertThat(v.checked()).isEqualTo(threads * each);
    assertThat(v.headSeq()).isEqualTo(threads * each);
  }

  /** A migrated database with the ledger used as the application uses it. */
  record Db(DataSource ds, EntityManagerFactory emf) {
    static Db of(Kind kind) {
      DataSource ds = TestDatabases.fresh(kind);
      return new Db(ds, TestDatabases.entityManagers(ds));
    }

    void appendMany(String stream, int n) {
      for (int i = 0; i < n; i++) {
        append(stream, "s" + i);
      }
    }

    /**
     * As AuditService: create the head in its own transaction if missing, then append under its
     * lock.
     */
    void append(String stream, String subject) {
      ensureHead(stream);
      EntityManager em = emf.createEntityManager();
      try {
        em.getTransaction().begin();
        new AuditLedger(em)
            .append(
                new AuditEntry(
                    stream,
                    "test.appended",
                    "subject",
                    subject,
                    7L,
                    Map.of("n", subject),
                    "personal note"),
                OffsetDateTime.now(ZoneOffset.UTC));
        em.getTransaction().commit();
      } finally {
        if (em.getTransaction().isActive()) {
          em.getTransaction().rollback();
        }
        em.close();
      }
    }

    private void ensureHead(String stream) {
      EntityManager em = emf.createEntityManager();
      try {
        if (new AuditLedger(em).hasHead(stream)) {
          return;
        }
        em.getTransaction().begin();
        new AuditLedger(em).createHead(stream);
        em.getTransaction().commit();
      } catch (RuntimeException e) {
        // created concurrently by another thread
      } finally {
        if (em.getTransaction().isActive()) {
          em.getTransaction().rollback();
        }
        em.close();
      }
    }

    ChainVerification verify(String stream) {
      EntityManager em = emf.createEntityManager();
      try {
        return new AuditLedger(em).verify(stream);
      } finally {
        em.close();
      }
    }
  }
}
