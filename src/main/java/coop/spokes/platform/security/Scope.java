package coop.spokes.platform.security;

import java.io.Serializable;
import java.util.Objects;

/**
 * The records a grant covers: one record of a {@link ScopeType} (by id), or all of them ({@code id
 * == null}). A scope for all covers every single-record scope of the same type.
 */
public record Scope(ScopeType type, Long id) implements Serializable {

  public Scope {
    Objects.requireNonNull(type, "type");
    if (type == ScopeType.GLOBAL && id != null) {
      throw new IllegalArgumentException("a global scope has no id");
    }
  }

  public static Scope global() {
    return new Scope(ScopeType.GLOBAL, null);
  }

  public static Scope allOf(ScopeType type) {
    return new Scope(type, null);
  }

  public static Scope custodian(long custodianId) {
    return new Scope(ScopeType.CUSTODIAN, custodianId);
  }

  public static Scope circle(long circleId) {
    return new Scope(ScopeType.CIRCLE, circleId);
  }

  public static Scope assembly(long assemblyId) {
    return new Scope(ScopeType.ASSEMBLY, assemblyId);
  }

  public static Scope member(long memberId) {
    return new Scope(ScopeType.MEMBER, memberId);
  }

  /** Whether this scope (held by a grant) covers the {@code wanted} scope. */
  public boolean covers(Scope wanted) {
    if (type != wanted.type) {
      return false;
    }
    return id == null || id.equals(wanted.id);
  }

  public boolean isAll() {
    return id == null;
  }
}
