package coop.spokes.contribution.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Creates a custodian's receipt counter for a year in a transaction of its own, so two first
 * payments of a year recorded at once never fail: the loser's insert rolls back alone.
 */
@ApplicationScoped
public class ReceiptCounters {
  @PersistenceContext EntityManager em;

  @Transactional(TxType.REQUIRES_NEW)
  public void create(long custodianId, int year) {
    em.createNativeQuery(
            "insert into contribution_receipt_counter (custodian_id, receipt_year, last_seq) values (?, ?, 0)")
        .setParameter(1, custodianId)
        .setParameter(2, year)
        .executeUpdate();
  }
}
