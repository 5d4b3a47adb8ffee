package coop.spokes.identity.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * The admins' sign-in settings, one row: whether administrators and treasurers must use a second
 * factor. When they must, one who has not set it up is sent to do so after signing in and reaches
 * nothing else until done.
 */
@Entity
@Table(name = "identity_sign_in_policy")
public class SignInPolicy {
  /** The id of the only row. */
  public static final int ID = 1;

  @Id
  @Column(name = "id")
  private Integer id;

  @Column(name = "second_factor_required", nullable = false)
  private boolean secondFactorRequired;

  @Column(name = "changed_at")
  private OffsetDateTime changedAt;

  @Column(name = "changed_by")
  private Long changedBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected SignInPolicy() {}

  /**
   * Requires a second factor of administrators and treasurers, or stops requiring it.
   *
   * @param adminHasOne whether the admin making the change has their own second factor on: one who
   *     has not cannot require it (they would be locked into the set-up page at once)
   * @throws IdentityException {@code identity.signInPolicy.setUpYoursFirst}
   */
  public void requireSecondFactor(
      boolean required, boolean adminHasOne, long by, OffsetDateTime now) {
    if (required && !adminHasOne) {
      throw new IdentityException(null, "identity.signInPolicy.setUpYoursFirst");
    }
    this.secondFactorRequired = required;
    this.changedBy = by;
    this.changedAt = now;
  }

  public boolean isSecondFactorRequired() {
    return secondFactorRequired;
  }
}
