package coop.spokes.audit.service;

import coop.spokes.audit.infra.AuditLedger;
import coop.spokes.platform.persistence.PageRequest;
import coop.spokes.platform.persistence.PageResult;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Grant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** Lists and verifies the audit log. Admins only. */
@ApplicationScoped
@Transactional
public class AuditQueryService {
  @PersistenceContext EntityManager em;
  @Inject Access access;

  /** One page of events, filtered and sorted in the database. Requires ADMIN. */
  public PageResult<AuditEventRow> page(AuditFilter filter, PageRequest page) {
    access.requireAny(Grant.admin());
    return new AuditLedger(em).page(filter, page);
  }

  /** The names of all streams. Requires ADMIN. */
  public List<String> streams() {
    access.requireAny(Grant.admin());
    return new AuditLedger(em).streams();
  }

  /** Verifies every stream's chain and names each one's first broken link. Requires ADMIN. */
  public List<ChainVerification> verifyAll() {
    access.requireAny(Grant.admin());
    AuditLedger ledger = new AuditLedger(em);
    return ledger.streams().stream().map(ledger::verify).toList();
  }
}
