package coop.spokes.assembly.service;

import coop.spokes.platform.security.Grant;
import coop.spokes.platform.security.Role;
import coop.spokes.platform.security.Scope;

/** Who may do what to an assembly: its chairs run it; admins set it up and appoint chairs. */
final class AssemblyGrants {
  private AssemblyGrants() {}

  /** The chairs of the assembly (a chair of another assembly is not one). */
  static Grant chair(long assemblyId) {
    return Grant.of(Role.CHAIR, Scope.assembly(assemblyId));
  }

  /** Its chairs and admins: who may see its set-up. */
  static Grant[] chairOrAdmin(long assemblyId) {
    return new Grant[] {Grant.admin(), chair(assemblyId)};
  }
}
