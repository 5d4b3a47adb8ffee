package coop.spokes.contribution.infra;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.contribution.model.ImportBatch;
import coop.spokes.testing.TestDatabases;
import coop.spokes.testing.TestDatabases.Kind;
import jakarta.persistence.EntityManagerFactory;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Staged import lines are deleted after they are kept (here 90 days), on both databases: a file
 * committed 100 days ago and one left unfinished since an upload 100 days ago are due; one
 * discarded 10 days ago, one being checked since yesterday and one already cleaned are not. The
 * unfinished one ends discarded; the others' lines and every batch row stay.
 */
class ImportLinesRetentionPersistenceTest {
  static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 30, 4, 41, 0, 0, ZoneOffset.UTC);
  static final OffsetDateTime CUTOFF = NOW.minusDays(90);

  @ParameterizedTest
  @EnumSource(Kind.class)
  void onlyFilesClosedOrAbandonedBeforeTheCutoffLoseTheirLinesOn(Kind kind) {
    DataSource ds = seeded(kind);
    EntityManagerFactory emf = TestDatabases.entityManagers(ds);

    List<Long> deleted = deleteDue(emf);

    assertThat(deleted).containsExactly(1L, 3L);
    assertThat(lines(ds, 1)).isZero();
    assertThat(lines(ds, 3)).isZero();
    assertThat(lines(ds, 2)).isEqualTo(3);
    assertThat(lines(ds, 4)).isEqualTo(3);
    assertThat(count(ds, "select count(*) from contribution_import_batch")).isEqualTo(5);
    assertThat(
            count(
                ds,
                "select count(*) from contribution_import_batch where id = 3"
                    + " and status = 'DISCARDED' and closed_at is not null"))
        .isEqualTo(1);
    assertThat(
            count(
                ds,
                "select count(*) from contribution_import_batch where id = 1"
                    + " and status = 'COMMITTED' and lines_deleted_at is not null"))
        .isEqualTo(1);
    assertThat(deleteDue(emf)).as("a second run finds nothing").isEmpty();
  }

  /** As the service does: lock the due batches, delete their lines, record it. */
  private static List<Long> deleteDue(EntityManagerFactory emf) {
    return TestDatabases.inTransaction(
        emf,
        em -> {
          ImportRepository repo = new ImportRepository();
          repo.em = em;
          List<Long> due = repo.linesDue(CUTOFF, 10);
          for (long id : due) {
            ImportBatch b = repo.lockBatch(id).orElseThrow();
            repo.deleteLines(id);
            b.linesDeleted(CUTOFF, NOW);
          }
          return due;
        });
  }

  private static DataSource seeded(Kind kind) {
    DataSource ds = TestDatabases.fresh(kind);
    TestDatabases.insertCustodian(ds, 1);
    TestDatabases.execute(
        ds,
        "insert into contribution_import_format (id, custodian_id, name, delimiter, date_pattern,"
            + " decimal_comma, member_by, method, column_reference, column_date, column_amount,"
            + " column_member) values (1, 1, 'Bank', ';', 'dd/MM/yyyy', true, 'NUMBER',"
            + " 'TRANSFER', 'ref', 'date', 'amount', 'concept')");
    batch(ds, 1, "COMMITTED", NOW.minusDays(101), NOW.minusDays(100), null);
    batch(ds, 2, "DISCARDED", NOW.minusDays(12), NOW.minusDays(10), null);
    batch(ds, 3, "READY", NOW.minusDays(100), null, null);
    batch(ds, 4, "CHECKING", NOW.minusDays(1), null, null);
    batch(ds, 5, "COMMITTED", NOW.minusDays(200), NOW.minusDays(199), NOW.minusDays(109));
    return ds;
  }

  private static void batch(
      DataSource ds,
      long id,
      String status,
      OffsetDateTime uploaded,
      OffsetDateTime closed,
      OffsetDateTime linesDeleted) {
    TestDatabases.execute(
        ds,
        "insert into contribution_import_batch (id, custodian_id, format_id, format_name,"
            + " file_name, uploaded_by, uploaded_at, status, total_lines, checked_lines,"
            + " closed_at, lines_deleted_at) values ("
            + id
            + ", 1, 1, 'Bank', 'f.csv', 1, "
            + ts(uploaded)
            + ", '"
            + status
            + "', 3, 3, "
            + ts(closed)
            + ", "
            + ts(linesDeleted)
            + ")");
    if (linesDeleted == null) {
      for (int line = 1; line <= 3; line++) {
        TestDatabases.execute(
            ds,
            "insert into contribution_import_line (batch_id, line_no, reference, outcome) values ("
                + id
                + ", "
                + line
                + ", 'R"
                + line
                + "', 'NEW')");
      }
    }
  }

  private static String ts(OffsetDateTime t) {
    return t == null
        ? "null"
        : "timestamp with time zone '"
            + t.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx"))
            + "'";
  }

  private static long lines(DataSource ds, long batch) {
    return count(ds, "select count(*) from contribution_import_line where batch_id = " + batch);
  }

  private static long count(DataSource ds, String sql) {
    return TestDatabases.number(ds, sql).longValue();
  }
}
