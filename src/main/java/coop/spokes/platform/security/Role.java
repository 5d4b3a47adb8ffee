package coop.spokes.platform.security;

/**
 * The roles a user can be granted. Every role is granted for a scope of one {@link ScopeType}: a
 * custodian manager manages one custodian (or all of them), an ops member works in one circle, a
 * chair chairs one assembly, a member acts for one member record. ADMIN is always global.
 */
public enum Role {
  ADMIN(ScopeType.GLOBAL),
  CUSTODIAN_MANAGER(ScopeType.CUSTODIAN),
  TREASURER(ScopeType.CUSTODIAN),
  OPS(ScopeType.CIRCLE),
  CHAIR(ScopeType.ASSEMBLY),
  MEMBER(ScopeType.MEMBER),
  NODE_OPERATOR(ScopeType.MEMBER);

  /** The container group every signed-in user has, used by URL constraints in web.xml. */
  public static final String SIGNED_IN = "USER";

  private final ScopeType scopeType;

  Role(ScopeType scopeType) {
    this.scopeType = scopeType;
  }

  /** The kind of record this role is granted over. */
  public ScopeType scopeType() {
    return scopeType;
  }
}
