package coop.spokes.assembly.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A proxy: a principal lets a holder, another eligible member, vote for them at one assembly. One
 * per principal (the database's unique key); it cannot be revoked once the holder cast a ballot for
 * the principal on any motion.
 */
@Entity
@Table(name = "assembly_delegation")
public class Delegation {
  @Id
  @SequenceGenerator(
      name = "assembly_delegation_seq",
      sequenceName = "assembly_delegation_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assembly_delegation_seq")
  private Long id;

  @Column(name = "assembly_id", nullable = false)
  private Long assemblyId;

  @Column(name = "principal_member_id", nullable = false)
  private Long principalMemberId;

  @Column(name = "holder_member_id", nullable = false)
  private Long holderMemberId;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "used", nullable = false)
  private boolean used;

  protected Delegation() {}

  /**
   * @throws AssemblyException {@code assembly.proxy.self} at {@code holder}
   */
  public Delegation(long assemblyId, long principal, long holder, OffsetDateTime now) {
    if (principal == holder) {
      throw new AssemblyException("holder", "assembly.proxy.self");
    }
    this.assemblyId = assemblyId;
    this.principalMemberId = principal;
    this.holderMemberId = holder;
    this.createdAt = now;
  }

  /** The holder cast a ballot for the principal: from now on it cannot be revoked. */
  public void markUsed() {
    used = true;
  }

  /**
   * @throws AssemblyException {@code assembly.proxy.used} once used
   */
  public void requireRevocable() {
    if (used) {
      throw new AssemblyException(null, "assembly.proxy.used");
    }
  }

  public Long getId() {
    return id;
  }

  public Long getAssemblyId() {
    return assemblyId;
  }

  public Long getPrincipalMemberId() {
    return principalMemberId;
  }

  public Long getHolderMemberId() {
    return holderMemberId;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public boolean isUsed() {
    return used;
  }
}
