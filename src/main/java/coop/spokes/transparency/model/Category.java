package coop.spokes.transparency.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An expense category, named per language in {@link CategoryName}. Paid work is not claimable: it
 * is filled only from the contributions context's cost lines, so nothing counts twice.
 */
@Entity
@Table(name = "transparency_category")
public class Category {
  @Id
  @Column(name = "code", length = 30)
  private String code;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "claimable", nullable = false)
  private boolean claimable;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Category() {}

  /**
   * A new claimable category at {@code position}.
   *
   * @throws TransparencyException {@code transparency.category.code} at field {@code code}
   */
  public Category(String code, int position) {
    if (code == null || !code.matches("[a-z][a-z0-9-]{1,29}")) {
      throw new TransparencyException("code", "transparency.category.code");
    }
    this.code = code;
    this.position = position;
    this.claimable = true;
  }

  public String getCode() {
    return code;
  }

  public int getPosition() {
    return position;
  }

  public boolean isClaimable() {
    return claimable;
  }
}
