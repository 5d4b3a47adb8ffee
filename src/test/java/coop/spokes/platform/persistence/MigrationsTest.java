package coop.spokes.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.testing.TestDatabases;
import coop.spokes.testing.TestDatabases.Kind;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The same migrations and demo data run on H2 (PostgreSQL mode) and on PostgreSQL 15. */
class MigrationsTest {

  @ParameterizedTest
  @EnumSource(Kind.class)
  void schemaMigratesAndDemoDataLoadsOnceOn(Kind kind) throws Exception {
    DataSource ds = TestDatabases.fresh(kind);

    var first = Migrations.demo(ds).migrate();
    var again = Migrations.demo(ds).migrate();
    var schemaAgain = Migrations.schema(ds).migrate();

    assertThat(first.migrationsExecuted).isGreaterThanOrEqualTo(1);
    assertThat(again.migrationsExecuted).isZero();
    assertThat(schemaAgain.migrationsExecuted).isZero();
    assertThat(count(ds, "select count(*) from custodian_coop")).isEqualTo(4);
    assertThat(count(ds, "select count(*) from identity_user_account")).isGreaterThanOrEqualTo(35);
    assertThat(count(ds, "select count(*) from identity_role_grant where role = 'ADMIN'"))
        .isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void moneyAndInstantsHaveExactTypesOn(Kind kind) throws Exception {
    DataSource ds = TestDatabases.fresh(kind);
    TestDatabases.execute(
        ds, "create table t_money (amount numeric(19,4), at timestamp with time zone)");
    TestDatabases.execute(
        ds,
        "insert into t_money values (0.1 + 0.2, timestamp with time zone '2026-03-29 01:30:00+00')");

    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select amount, at from t_money")) {
      rs.next();
      assertThat(rs.getBigDecimal(1)).isEqualByComparingTo("0.3");
      assertThat(rs.getObject(2, java.time.OffsetDateTime.class).toInstant())
          .isEqualTo(java.time.Instant.parse("2026-03-29T01:30:00Z"));
    }
  }

  private static long count(DataSource ds, String sql) throws Exception {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
