package coop.spokes.identity.model;

import coop.spokes.platform.security.Grant;
import coop.spokes.platform.security.Role;
import coop.spokes.platform.security.Scope;
import coop.spokes.platform.security.ScopeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A role held by a user over a scope (see {@link Grant}); removing the row revokes it. */
@Entity
@Table(name = "identity_role_grant")
@NamedQuery(
    name = "RoleGrant.ofUser",
    query = "select g from RoleGrant g where g.userId = :userId order by g.role, g.scopeId")
@NamedQuery(
    name = "RoleGrant.holders",
    query =
        "select g from RoleGrant g where g.role = :role and g.scopeType = :scopeType"
            + " and g.scopeId = :scopeId order by g.userId")
public class RoleGrant {
  @Id
  @SequenceGenerator(
      name = "identity_role_grant_seq",
      sequenceName = "identity_role_grant_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "identity_role_grant_seq")
  private Long id;

  @Column(name = "user_id", nullable = false)
  private Long userId;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 40)
  private Role role;

  @Enumerated(EnumType.STRING)
  @Column(name = "scope_type", nullable = false, length = 20)
  private ScopeType scopeType;

  @Column(name = "scope_id")
  private Long scopeId;

  @Column(name = "granted_at", nullable = false)
  private OffsetDateTime grantedAt;

  @Column(name = "granted_by")
  private Long grantedBy;

  protected RoleGrant() {}

  public RoleGrant(long userId, Grant grant, Long grantedBy, OffsetDateTime now) {
    this.userId = userId;
    this.role = grant.role();
    this.scopeType = grant.scope().type();
    this.scopeId = grant.scope().id();
    this.grantedBy = grantedBy;
    this.grantedAt = now;
  }

  public Grant toGrant() {
    return Grant.of(role, new Scope(scopeType, scopeId));
  }

  public Long getId() {
    return id;
  }

  public Long getUserId() {
    return userId;
  }

  public Role getRole() {
    return role;
  }

  public ScopeType getScopeType() {
    return scopeType;
  }

  public Long getScopeId() {
    return scopeId;
  }

  public OffsetDateTime getGrantedAt() {
    return grantedAt;
  }
}
