package coop.spokes.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.spokes.testing.TestDatabases;
import coop.spokes.testing.TestDatabases.Kind;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Rows written in several multi-row statements on the transaction's connection, on both databases:
 * every value type and a typed NULL of each arrive as bound, and a row the database refuses takes
 * the whole write (and the caller's other work) back with the transaction.
 */
class RowsInsertPersistenceTest {
  static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 6, 10, 30, 0, 0, ZoneOffset.UTC);

  record Row(long id, Long ref, String text, BigDecimal amount, LocalDate day, boolean flag) {}

  static final RowsInsert<Row> INSERT =
      new RowsInsert<>(
          "insert into t_rows (id, ref, label, amount, day_on, flag, seen_at, n) values",
          "(?, ?, ?, ?, ?, ?, ?, 7)",
          500);

  @ParameterizedTest
  @EnumSource(Kind.class)
  void manyRowsAndTypedNullsArriveOn(Kind kind) {
    DataSource ds = table(kind);
    EntityManagerFactory emf = TestDatabases.entityManagers(ds);
    List<Row> rows = new ArrayList<>();
    for (long i = 1; i <= 1_201; i++) {
      boolean even = i % 2 == 0;
      rows.add(
          new Row(
              i,
              even ? null : i * 10,
              even ? null : "line " + i,
              even ? null : new BigDecimal("12.34"),
              even ? null : LocalDate.of(2026, 1, 1).plusDays(i % 300),
              even));
    }

    TestDatabases.inTransaction(emf, em -> write(em.unwrap(Connection.class), rows, AT));

    assertThat(count(ds, "select count(*) from t_rows")).isEqualTo(1_201);
    assertThat(
            count(
                ds,
                "select count(*) from t_rows where ref is null and label is null"
                    + " and amount is null and day_on is null and flag = true"))
        .isEqualTo(600);
    assertThat(TestDatabases.number(ds, "select sum(ref) from t_rows"))
        .isEqualByComparingTo(sumOfOdd(1_201).multiply(BigDecimal.TEN));
    assertThat(TestDatabases.number(ds, "select sum(amount) from t_rows"))
        .isEqualByComparingTo(new BigDecimal("12.34").multiply(BigDecimal.valueOf(601)));
    assertThat(
            count(
                ds,
                "select count(*) from t_rows where label = 'line 1201' and n = 7"
                    + " and day_on = date '2026-01-02' and seen_at is not null"))
        .isEqualTo(1);
    emf.close();
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aRefusedRowTakesTheWholeWriteBackOn(Kind kind) {
    DataSource ds = table(kind);
    EntityManagerFactory emf = TestDatabases.entityManagers(ds);
    List<Row> rows = new ArrayList<>();
    for (long i = 1; i <= 900; i++) {
      // Row 700, in the second statement, repeats an id of the first.
      rows.add(new Row(i == 700 ? 3 : i, null, "x", null, null, false));
    }

    assertThatThrownBy(
            () ->
                TestDatabases.inTransaction(
                    emf,
                    em -> {
                      em.createNativeQuery(
                              "insert into t_rows (id, flag, n) values (5000, true, 1)")
                          .executeUpdate();
                      return write(em.unwrap(Connection.class), rows, null);
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("test rows not written");

    assertThat(count(ds, "select count(*) from t_rows")).isZero();
    emf.close();
  }

  private static int write(Connection c, List<Row> rows, OffsetDateTime seen) {
    INSERT.write(
        c,
        rows,
        (r, v) ->
            v.add(r.id())
                .add(r.ref())
                .add(r.text())
                .add(r.amount())
                .add(r.day())
                .add(r.flag())
                .add(seen),
        "test rows");
    return rows.size();
  }

  private static DataSource table(Kind kind) {
    DataSource ds = TestDatabases.freshUnmigrated(kind);
    TestDatabases.execute(
        ds,
        "create table t_rows (id bigint primary key, ref bigint, label varchar(40),"
            + " amount numeric(12, 2), day_on date, flag boolean not null,"
            + " seen_at timestamp with time zone, n int not null)");
    return ds;
  }

  private static long count(DataSource ds, String sql) {
    return TestDatabases.number(ds, sql).longValue();
  }

  private static BigDecimal sumOfOdd(long upTo) {
    long sum = 0;
    for (long i = 1; i <= upTo; i += 2) {
      sum += i;
    }
    return BigDecimal.valueOf(sum);
  }
}
