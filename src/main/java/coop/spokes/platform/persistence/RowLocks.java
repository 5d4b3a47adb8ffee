package coop.spokes.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;

/** Row-lock clauses that the two databases spell differently. */
public final class RowLocks {
  /**
   * The shared clause of each persistence unit's database, found once: taking the connection out of
   * EclipseLink's hands to ask on every ballot cost a third of the ballots a second.
   */
  private static final Map<EntityManagerFactory, String> SHARED =
      Collections.synchronizedMap(new WeakHashMap<>());

  private RowLocks() {}

  /**
   * The clause ending a select that locks the rows it reads until the transaction ends, shared with
   * other transactions taking the same lock but not with one locking them for update ({@code
   * PESSIMISTIC_WRITE}): {@code for key share} on PostgreSQL; {@code for update} on H2, which has
   * no shared row locks (its holders then take turns).
   */
  public static String shared(EntityManager em) {
    return SHARED.computeIfAbsent(em.getEntityManagerFactory(), unit -> sharedClauseOf(em));
  }

  private static String sharedClauseOf(EntityManager em) {
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
