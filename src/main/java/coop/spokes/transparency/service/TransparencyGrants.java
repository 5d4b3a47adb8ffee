package coop.spokes.transparency.service;

import coop.spokes.platform.security.Grant;
import coop.spokes.platform.security.Role;
import coop.spokes.platform.security.Scope;
import coop.spokes.platform.security.ScopeType;

/** The grants cost transparency checks: treasurers of one custodian, and of all custodians. */
final class TransparencyGrants {
  /** Treasurers of all custodians: rates, closing months, every custodian's expenses. */
  static final Grant TREASURER_OF_ALL = Grant.of(Role.TREASURER, Scope.allOf(ScopeType.CUSTODIAN));

  private TransparencyGrants() {}

  /** A treasurer of {@code custodianId} (or of all custodians, whose grant covers it). */
  static Grant treasurerOf(long custodianId) {
    return Grant.of(Role.TREASURER, Scope.custodian(custodianId));
  }
}
