package coop.spokes.contribution.infra;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.platform.time.RecordWindow;
import coop.spokes.testing.TestDatabases;
import coop.spokes.testing.TestDatabases.Kind;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Lent server capacity for the reports on both databases: only approved server capacity counts,
 * summed per custodian for the days it was lent and the window it was approved in.
 */
class CapacityPersistenceTest {
  static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);
  static final LocalDate MAY_31 = LocalDate.of(2026, 5, 31);

  @ParameterizedTest
  @EnumSource(Kind.class)
  void approvedServerCapacityIsSummedPerCustodianOn(Kind kind) {
    DataSource ds = TestDatabases.fresh(kind);
    TestDatabases.insertCustodian(ds, 1);
    TestDatabases.insertMember(ds, 1, 1, "PRODUCER");
    TestDatabases.insertMember(ds, 2, 1, "PRODUCER");
    resource(ds, 1, 1, "SERVER_CAPACITY", "120.50", "2026-05-04", "APPROVED", "2026-05-06");
    resource(ds, 2, 2, "SERVER_CAPACITY", "80", "2026-05-20", "APPROVED", "2026-06-12");
    resource(ds, 3, 2, "SERVER_CAPACITY", "500", "2026-05-21", "SUBMITTED", null);
    resource(ds, 4, 1, "OTHER", null, "2026-05-10", "APPROVED", "2026-05-11");
    resource(ds, 5, 1, "SERVER_CAPACITY", "40", "2026-06-02", "APPROVED", "2026-06-03");

    List<Object[]> may = read(ds, RecordWindow.dated(MAY_1, MAY_31));
    assertThat(may).hasSize(1);
    assertThat((BigDecimal) may.get(0)[1]).isEqualByComparingTo("200.50");
    assertThat(((Number) may.get(0)[2]).intValue()).isEqualTo(2);
    OffsetDateTime closed = OffsetDateTime.parse("2026-06-10T17:00:00Z");
    assertThat((BigDecimal) read(ds, new RecordWindow(MAY_1, MAY_31, null, closed)).get(0)[1])
        .isEqualByComparingTo("120.50");
    assertThat((BigDecimal) read(ds, new RecordWindow(MAY_1, MAY_31, closed, null)).get(0)[1])
        .isEqualByComparingTo("80");
  }

  private static List<Object[]> read(DataSource ds, RecordWindow window) {
    EntityManager em = TestDatabases.entityManagers(ds).createEntityManager();
    try {
      ResourceRepository repo = new ResourceRepository();
      repo.em = em;
      return repo.capacity(null, window);
    } finally {
      em.close();
    }
  }

  private static void resource(
      DataSource ds,
      long id,
      long member,
      String kind,
      String hours,
      String day,
      String status,
      String decided) {
    boolean capacity = kind.equals("SERVER_CAPACITY");
    TestDatabases.execute(
        ds,
        "insert into contribution_resource (id, custodian_id, member_id, kind, description,"
            + " provided_on, fiscal_year, participant_hours, declared_value, status, submitted_at,"
            + " decided_at) values ("
            + id
            + ", 1, "
            + member
            + ", '"
            + kind
            + "', 'Lent', date '"
            + day
            + "', 2026, "
            + (capacity ? hours : "null")
            + ", "
            + (capacity ? "null" : "30")
            + ", '"
            + status
            + "', timestamp with time zone '"
            + day
            + " 09:00:00+00', "
            + (decided == null ? "null" : "timestamp with time zone '" + decided + " 09:00:00+00'")
            + ")");
  }
}
