package coop.spokes.platform.security;

/** What a role grant is scoped to. */
public enum ScopeType {
  GLOBAL,
  CUSTODIAN,
  CIRCLE,
  ASSEMBLY,
  MEMBER
}
