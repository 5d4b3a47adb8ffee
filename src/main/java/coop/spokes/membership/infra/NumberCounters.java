package coop.spokes.membership.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Creates a custodian's member-number counter in a transaction of its own, so that two first
 * approvals at the same moment never fail the managers' decisions: the loser's insert rolls back
 * alone, and both then take numbers from the one counter.
 */
@ApplicationScoped
public class NumberCounters {
  @PersistenceContext EntityManager em;

  @Transactional(TxType.REQUIRES_NEW)
  public void create(long custodianId) {
    em.createNativeQuery(
            "insert into membership_number_counter (custodian_id, last_seq) values (?, 0)")
        .setParameter(1, custodianId)
        .executeUpdate();
  }
}
