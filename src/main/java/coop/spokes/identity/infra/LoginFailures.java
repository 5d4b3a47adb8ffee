package coop.spokes.identity.infra;

import coop.spokes.identity.model.LoginFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;

/** Counts rate-limited events (failed sign-ins, reset requests) per key within a window. */
@ApplicationScoped
public class LoginFailures {
  @PersistenceContext EntityManager em;

  public long countSince(String kind, String keyHash, OffsetDateTime since) {
    return em.createQuery(
            "select count(f) from LoginFailure f where f.kind = :kind and f.keyHash = :key and f.occurredAt > :since",
            Long.class)
        .setParameter("kind", kind)
        .setParameter("key", keyHash)
        .setParameter("since", since)
        .getSingleResult();
  }

  /** How many events since {@code since}, and when the last was ({@code null} for none). */
  public Tally tallySince(String kind, String keyHash, OffsetDateTime since) {
    long count = countSince(kind, keyHash, since);
    if (count == 0) {
      return new Tally(0, null);
    }
    OffsetDateTime last =
        em.createQuery(
                "select f.occurredAt from LoginFailure f where f.kind = :kind and f.keyHash = :key order by f.occurredAt desc",
                OffsetDateTime.class)
            .setParameter("kind", kind)
            .setParameter("key", keyHash)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElse(null);
    return new Tally(count, last);
  }

  /** A count of events and the time of the last. */
  public record Tally(long count, OffsetDateTime last) {}

  public void add(String kind, String keyHash, OffsetDateTime at) {
    em.persist(new LoginFailure(kind, keyHash, at));
  }

  public void clear(String kind, String keyHash) {
    em.createQuery("delete from LoginFailure f where f.kind = :kind and f.keyHash = :key")
        .setParameter("kind", kind)
        .setParameter("key", keyHash)
        .executeUpdate();
  }

  /** Forgets failures older than {@code before}: they no longer count. */
  public void purgeBefore(OffsetDateTime before) {
    em.createQuery("delete from LoginFailure f where f.occurredAt < :before")
        .setParameter("before", before)
        .executeUpdate();
  }
}
