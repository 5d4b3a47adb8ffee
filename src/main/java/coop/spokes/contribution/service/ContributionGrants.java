package coop.spokes.contribution.service;

import coop.spokes.platform.security.Grant;
import coop.spokes.platform.security.Role;
import coop.spokes.platform.security.Scope;

/** Who may see and change a custodian's money: its managers and treasurers, and admins. */
final class ContributionGrants {
  private ContributionGrants() {}

  static Grant[] moneyOf(long custodianId) {
    return new Grant[] {
      Grant.admin(),
      Grant.of(Role.CUSTODIAN_MANAGER, Scope.custodian(custodianId)),
      Grant.of(Role.TREASURER, Scope.custodian(custodianId))
    };
  }

  /** The same, and the member themself (or an organisation's representatives). */
  static Grant[] moneyOrSelf(long custodianId, long memberId) {
    return new Grant[] {
      Grant.admin(),
      Grant.of(Role.CUSTODIAN_MANAGER, Scope.custodian(custodianId)),
      Grant.of(Role.TREASURER, Scope.custodian(custodianId)),
      Grant.of(Role.MEMBER, Scope.member(memberId))
    };
  }
}
