package coop.spokes.platform.persistence;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** Row-lock clauses that the two databases spell differently. */
public final class RowLocks {
  private RowLocks() {}

  /**
   * The clause ending a select that locks the rows it reads until the transaction ends, shared with
   * other transactions taking the same lock but not with one locking them for update ({@code
   * PESSIMISTIC_WRITE}): {@code for key share} on PostgreSQL; {@code for update} on H2, which has
   * no shared row locks (its holders then take turns).
   */
  public static String shared(EntityManager em) {
    try {
      String product = em.unwrap(Connection.class).getMetaData().getDatabaseProductName();
      return product.toLowerCase(Locale.ROOT).contains("postgres")
          ? " for key share"
          : " for update";
    } catch (SQLException e) {
      throw new IllegalStateException("cannot tell which database this is", e);
    }
  }
}
