package coop.spokes.platform.persistence;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Writes many rows of one table with multi-row INSERT statements on the transaction's JDBC
 * connection ({@code em.unwrap(Connection.class)}), so they commit or roll back with the rest of
 * the caller's work. Bulk writes (an import of 100,000 payments, an assembly's roll) go through
 * here rather than through a native query: EclipseLink looks each bound parameter up in a list,
 * which costs seconds for a statement of thousands (measured: docs/benchmarks.md, "Assembly roll").
 *
 * <p>{@code rowValues} is one row's {@code (?, ?, NULL, ?)}; the writer binds that row's parameters
 * in order through {@link Values}, whose typed setters bind a missing value as a typed NULL
 * (PostgreSQL refuses an untyped one).
 */
public final class RowsInsert<T> {
  /** Binds one row's values in the order of its placeholders. */
  @FunctionalInterface
  public interface RowWriter<T> {
    void write(T row, Values values) throws SQLException;
  }

  private final String insertInto;
  private final String rowValues;
  private final int rowsPerStatement;

  /**
   * @param insertInto {@code insert into table (a, b, c) values}
   * @param rowValues one row's values, {@code (?, ?, ?)}
   * @param rowsPerStatement rows per statement (PostgreSQL binds at most 65,535 parameters)
   */
  public RowsInsert(String insertInto, String rowValues, int rowsPerStatement) {
    this.insertInto = insertInto;
    this.rowValues = rowValues;
    this.rowsPerStatement = rowsPerStatement;
  }

  /** Writes every row; {@code what} names them in the exception if the database refuses. */
  public void write(Connection c, List<T> rows, RowWriter<T> writer, String what) {
    try {
      for (int from = 0; from < rows.size(); from += rowsPerStatement) {
        List<T> part = rows.subList(from, Math.min(rows.size(), from + rowsPerStatement));
        StringBuilder sql = new StringBuilder(insertInto).append(' ');
        for (int i = 0; i < part.size(); i++) {
          sql.append(i == 0 ? "" : ", ").append(rowValues);
        }
        try (PreparedStatement statement = c.prepareStatement(sql.toString())) {
          Values values = new Values(statement);
          for (T row : part) {
            writer.write(row, values);
          }
          statement.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(what + " not written", e);
    }
  }

  /** The next parameters of a statement, bound in order. */
  public static final class Values {
    private final PreparedStatement statement;
    private int next = 1;

    Values(PreparedStatement statement) {
      this.statement = statement;
    }

    public Values add(long value) throws SQLException {
      statement.setLong(next++, value);
      return this;
    }

    public Values add(int value) throws SQLException {
      statement.setInt(next++, value);
      return this;
    }

    public Values add(boolean value) throws SQLException {
      statement.setBoolean(next++, value);
      return this;
    }

    public Values add(Long value) throws SQLException {
      if (value == null) {
        statement.setNull(next++, Types.BIGINT);
      } else {
        statement.setLong(next++, value);
      }
      return this;
    }

    public Values add(String value) throws SQLException {
      if (value == null) {
        statement.setNull(next++, Types.VARCHAR);
      } else {
        statement.setString(next++, value);
      }
      return this;
    }

    public Values add(BigDecimal value) throws SQLException {
      if (value == null) {
        statement.setNull(next++, Types.NUMERIC);
      } else {
        statement.setBigDecimal(next++, value);
      }
      return this;
    }

    public Values add(LocalDate value) throws SQLException {
      if (value == null) {
        statement.setNull(next++, Types.DATE);
      } else {
        statement.setDate(next++, Date.valueOf(value));
      }
      return this;
    }

    public Values add(OffsetDateTime value) throws SQLException {
      if (value == null) {
        statement.setNull(next++, Types.TIMESTAMP_WITH_TIMEZONE);
      } else {
        statement.setTimestamp(next++, Timestamp.from(value.toInstant()));
      }
      return this;
    }
  }
}
