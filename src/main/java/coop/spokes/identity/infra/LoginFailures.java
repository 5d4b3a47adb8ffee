package coop.spokes.identity.infra;

import coop.spokes.identity.model.LoginFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;

/** Counts failed sign-ins per key within a window. */
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
