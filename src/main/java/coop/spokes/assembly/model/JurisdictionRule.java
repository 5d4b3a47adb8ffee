package coop.spokes.assembly.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What a jurisdiction's law says about assemblies: whether its members may vote by proxy (Quebec's
 * cooperatives act does not allow it). A jurisdiction with no row allows proxies.
 */
@Entity
@Table(name = "assembly_jurisdiction_rule")
public class JurisdictionRule {
  @Id
  @Column(name = "jurisdiction", nullable = false, length = 6)
  private String jurisdiction;

  @Column(name = "proxies_allowed", nullable = false)
  private boolean proxiesAllowed;

  protected JurisdictionRule() {}

  public String getJurisdiction() {
    return jurisdiction;
  }

  public boolean isProxiesAllowed() {
    return proxiesAllowed;
  }
}
