package coop.spokes.platform.security;

import java.io.Serializable;
import java.util.Objects;

/** A role held over a scope, e.g. CUSTODIAN_MANAGER of custodian 3, or TREASURER of all. */
public record Grant(Role role, Scope scope) implements Serializable {

  public Grant {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(scope, "scope");
    if (scope.type() != role.scopeType()) {
      throw new IllegalArgumentException(role + " is granted over " + role.scopeType());
    }
  }

  public static Grant of(Role role, Scope scope) {
    return new Grant(role, scope);
  }

  public static Grant admin() {
    return new Grant(Role.ADMIN, Scope.global());
  }

  /** Whether holding this grant satisfies the {@code wanted} one. */
  public boolean satisfies(Grant wanted) {
    return role == wanted.role && scope.covers(wanted.scope);
  }
}
