package coop.spokes.membership.infra;

import coop.spokes.identity.service.AccountEmailChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A person member's contact e-mail follows their account's sign-in address when it changes (in the
 * same transaction), so mail about the membership reaches the address they confirmed. Only the
 * memberships held in the person's own name follow; an organisation's contact address is its own.
 */
@ApplicationScoped
public class MemberEmailFollower {
  @PersistenceContext EntityManager em;

  void follow(@Observes AccountEmailChanged changed) {
    em.createQuery(
            "update Member m set m.email = :email, m.version = m.version + 1"
                + " where m.accountId = :account")
        .setParameter("email", changed.newEmail())
        .setParameter("account", changed.accountId())
        .executeUpdate();
  }
}
