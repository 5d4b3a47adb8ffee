package coop.spokes.assembly.infra;

import coop.spokes.assembly.model.AssemblyMotion;
import coop.spokes.platform.security.ResealsSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Re-seals the ballot keys of open motions with the platform's current key during a key rotation
 * (closed motions have none left).
 */
@ApplicationScoped
public class BallotKeyRotation implements ResealsSecrets {
  @PersistenceContext EntityManager em;
  @Inject BallotKeys keys;

  @Override
  public int resealAll() {
    List<AssemblyMotion> open =
        em.createQuery(
                "select m from AssemblyMotion m where m.ballotKey is not null",
                AssemblyMotion.class)
            .getResultList();
    int count = 0;
    for (AssemblyMotion m : open) {
      if (!keys.isCurrent(m.getBallotKey())) {
        m.resealKey(keys.reseal(m.getId(), m.getBallotKey()));
        count++;
      }
    }
    return count;
  }
}
