package coop.spokes.membership.infra;

import coop.spokes.membership.model.JoinAttempt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;

/** Counts join-form submissions and verification re-sends per key (an HMAC) within a window. */
@ApplicationScoped
public class JoinAttempts {
  @PersistenceContext EntityManager em;

  public long countSince(String kind, String keyHash, OffsetDateTime since) {
    return em.createQuery(
            "select count(j) from JoinAttempt j where j.kind = :kind and j.keyHash = :key and j.occurredAt > :since",
            Long.class)
        .setParameter("kind", kind)
        .setParameter("key", keyHash)
        .setParameter("since", since)
        .getSingleResult();
  }

  public void add(String kind, String keyHash, OffsetDateTime at) {
    em.persist(new JoinAttempt(kind, keyHash, at));
  }
}
