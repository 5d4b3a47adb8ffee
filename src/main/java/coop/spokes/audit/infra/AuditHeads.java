package coop.spokes.audit.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Creates a stream's head row in a transaction of its own, so that two first appends racing to
 * create it never fail the user's change: the loser's insert rolls back alone and it then appends
 * behind the winner's head.
 */
@ApplicationScoped
public class AuditHeads {
  @PersistenceContext EntityManager em;

  @Transactional(TxType.REQUIRES_NEW)
  public void create(String stream) {
    new AuditLedger(em).createHead(stream);
  }
}
