package coop.spokes.contribution.infra;

import coop.spokes.contribution.model.PaidWorkMark;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Which paid-work cost lines were paid. */
@ApplicationScoped
public class PaidWorkRepository {
  @PersistenceContext EntityManager em;

  /** When each of {@code entryIds} was paid (absent: not yet). */
  public Map<Long, OffsetDateTime> paidAt(Collection<Long> entryIds) {
    Map<Long, OffsetDateTime> paid = new HashMap<>();
    if (entryIds.isEmpty()) {
      return paid;
    }
    em.createQuery("select m from PaidWorkMark m where m.entryId in :ids", PaidWorkMark.class)
        .setParameter("ids", entryIds)
        .getResultList()
        .forEach(m -> paid.put(m.getEntryId(), m.getPaidAt()));
    return paid;
  }

  public void add(PaidWorkMark mark) {
    em.persist(mark);
  }
}
