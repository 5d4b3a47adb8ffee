package coop.spokes.membership.infra;

import coop.spokes.membership.model.Invitation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Member-import invitations, found by the HMAC of their token. */
@ApplicationScoped
public class InvitationRepository {
  @PersistenceContext EntityManager em;

  /** Persists an invitation without flushing (bulk imports flush once). */
  public void add(Invitation invitation) {
    em.persist(invitation);
  }

  public Optional<Invitation> findByHash(String tokenHash) {
    return em.createQuery("select i from Invitation i where i.secret.hash = :h", Invitation.class)
        .setParameter("h", tokenHash)
        .getResultStream()
        .findFirst();
  }

  /** The invitation, locked until the transaction ends (one acceptance at a time). */
  public Invitation lock(Invitation invitation) {
    em.lock(invitation, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(invitation);
    return invitation;
  }
}
