package coop.spokes.transparency.infra;

import coop.spokes.transparency.model.ReportExport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Report exports. The background job records its progress in transactions of its own, so the page
 * polling it sees the count move while the export runs.
 */
@ApplicationScoped
public class ExportRepository {
  @PersistenceContext EntityManager em;

  public void add(ReportExport export) {
    em.persist(export);
  }

  public Optional<ReportExport> byToken(String token) {
    return em.createQuery("select x from ReportExport x where x.token = :t", ReportExport.class)
        .setParameter("t", token)
        .getResultStream()
        .findFirst();
  }

  /** Export {@code id} as committed now. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<ReportExport> read(long id) {
    return Optional.ofNullable(em.find(ReportExport.class, id));
  }

  /** Records how far export {@code id} got, committed at once. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void progress(long id, long done, long total) {
    ReportExport x = em.find(ReportExport.class, id);
    if (x != null) {
      x.progress(done, total);
    }
  }

  /** Marks export {@code id} failed, committed at once. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(long id, OffsetDateTime now) {
    ReportExport x = em.find(ReportExport.class, id);
    if (x != null) {
      x.failed(now);
    }
  }

  /** Deletes the exports started before {@code before}; how many. */
  @Transactional
  public int deleteStartedBefore(OffsetDateTime before) {
    return em.createQuery("delete from ReportExport x where x.startedAt < :b")
        .setParameter("b", before)
        .executeUpdate();
  }
}
