package coop.spokes.membership.service;

import coop.spokes.membership.infra.MembershipFigureQueries;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Grant;
import coop.spokes.platform.security.Role;
import coop.spokes.platform.security.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The membership figures of the dashboard, counted in the database. */
@ApplicationScoped
public class MembershipFiguresService {
  @Inject Access access;
  @Inject MembershipFigureQueries queries;

  /**
   * The figures of one custodian (admins, and that custodian's managers) or, with {@code null}, of
   * every custodian together (admins only).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public MembershipFigures figures(Long custodianId) {
    if (custodianId == null) {
      access.requireAny(Grant.admin());
    } else {
      access.requireAny(
          Grant.admin(), Grant.of(Role.CUSTODIAN_MANAGER, Scope.custodian(custodianId)));
    }
    MembershipFigureQueries.Counts counts = queries.counts(custodianId);
    return new MembershipFigures(
        custodianId,
        counts.byStatus(),
        counts.activeByClass(),
        queries.applicationsWaiting(custodianId));
  }
}
