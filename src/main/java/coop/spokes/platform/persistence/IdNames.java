package coop.spokes.platform.persistence;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Names of a page of rows by id in one query, instead of one lookup per row. */
public final class IdNames {
  private IdNames() {}

  /**
   * Runs {@code jpql}, which selects an id and a name and restricts the ids with {@code in :ids},
   * for {@code ids}; the names by id (absent: no such row).
   */
  public static Map<Long, String> of(EntityManager em, String jpql, Collection<Long> ids) {
    Map<Long, String> names = new HashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    for (Object[] row :
        em.createQuery(jpql, Object[].class).setParameter("ids", Set.copyOf(ids)).getResultList()) {
      names.put((Long) row[0], (String) row[1]);
    }
    return names;
  }
}
