package coop.spokes.platform.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;

/** Where {@link RateLimiter} keeps its events: the table {@code platform_rate_event}. */
@ApplicationScoped
public class RateEvents {
  @PersistenceContext EntityManager em;

  /** How many events of {@code name} under {@code key} after {@code since}, and the last one. */
  public RateLimiter.Tally tally(String name, String key, OffsetDateTime since) {
    Object[] row =
        em.createQuery(
                "select count(e), max(e.occurredAt) from RateEvent e"
                    + " where e.limitName = :name and e.keyHash = :key and e.occurredAt > :since",
                Object[].class)
            .setParameter("name", name)
            .setParameter("key", key)
            .setParameter("since", since)
            .getSingleResult();
    return new RateLimiter.Tally(((Number) row[0]).longValue(), (OffsetDateTime) row[1]);
  }

  public void add(String name, String key, OffsetDateTime at) {
    em.persist(new RateEvent(name, key, at));
  }

  public void delete(String name, String key) {
    em.createQuery("delete from RateEvent e where e.limitName = :name and e.keyHash = :key")
        .setParameter("name", name)
        .setParameter("key", key)
        .executeUpdate();
  }

  /** Deletes every event before {@code before}; how many. */
  public int deleteBefore(OffsetDateTime before) {
    return em.createQuery("delete from RateEvent e where e.occurredAt < :before")
        .setParameter("before", before)
        .executeUpdate();
  }
}
