package coop.spokes.identity.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * A person's account: their sign-in e-mail address (unique, stored lower-case), display name,
 * password hash (absent until they set one), language, time zone and home custodian (whose theme
 * they see). A disabled account cannot sign in.
 *
 * <p>Its credentials stamp moves on with every new password: a session that signed in under an
 * older stamp is ended (ASVS 7.4.3), so a password change or reset signs the account out everywhere
 * else.
 */
@Entity
@Table(name = "identity_user_account")
@NamedQuery(
    name = "UserAccount.byEmail",
    query = "select u from UserAccount u where u.email = :email")
@NamedQuery(
    name = "UserAccount.withGrants",
    query =
        "select u, g from UserAccount u left join RoleGrant g on g.userId = u.id"
            + " where u.email = :email order by g.role, g.scopeId")
public class UserAccount {
  @Id
  @SequenceGenerator(
      name = "identity_user_account_seq",
      sequenceName = "identity_user_account_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "identity_user_account_seq")
  private Long id;

  @Column(name = "email", nullable = false, length = 320)
  private String email;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(name = "password_hash", length = 300)
  private String passwordHash;

  @Column(name = "language", nullable = false, length = 8)
  private String language;

  @Column(name = "time_zone", nullable = false, length = 60)
  private String timeZone;

  @Column(name = "home_custodian_id")
  private Long homeCustodianId;

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "password_changed_at")
  private OffsetDateTime passwordChangedAt;

  @Column(name = "credentials_stamp", nullable = false)
  private long credentialsStamp;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected UserAccount() {}

  public UserAccount(
      String email, String displayName, String language, String timeZone, OffsetDateTime now) {
    this.email = normalizeEmail(email);
    rename(displayName);
    changeLanguage(language);
    changeTimeZone(timeZone);
    this.enabled = true;
    this.createdAt = now;
  }

  /** E-mail addresses are compared case-insensitively: stored trimmed and lower-case. */
  public static String normalizeEmail(String email) {
    return coop.spokes.platform.EmailAddresses.normalize(email);
  }

  /** Uses a new sign-in address (verified by the caller: the link sent to it was opened). */
  public void changeEmail(String verifiedEmail) {
    this.email = normalizeEmail(verifiedEmail);
  }

  public void rename(String newName) {
    if (newName == null || newName.isBlank() || newName.strip().length() > 200) {
      throw new IdentityException("displayName", "identity.account.displayName.invalid");
    }
    this.displayName = newName.strip();
  }

  public void changeLanguage(String newLanguage) {
    if (!coop.spokes.platform.i18n.Languages.isSupported(newLanguage)) {
      throw new IdentityException("language", "identity.account.language.invalid");
    }
    this.language = newLanguage;
  }

  public void changeTimeZone(String zone) {
    try {
      this.timeZone = ZoneId.of(zone).getId();
    } catch (DateTimeException | NullPointerException e) {
      throw new IdentityException("timeZone", "identity.account.timeZone.invalid");
    }
  }

  /** Sets a new password (already hashed), which ends the sessions signed in with the old one. */
  public void setPasswordHash(String hash, OffsetDateTime now) {
    this.passwordHash = hash;
    this.passwordChangedAt = now;
    this.credentialsStamp++;
  }

  /** Replaces the hash of the same password with a stronger one (done at sign-in). */
  public void upgradePasswordHash(String hash) {
    this.passwordHash = hash;
  }

  public void moveToCustodian(Long custodianId) {
    this.homeCustodianId = custodianId;
  }

  public void enable() {
    enabled = true;
  }

  public void disable() {
    enabled = false;
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public String getLanguage() {
    return language;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public Long getHomeCustodianId() {
    return homeCustodianId;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  /** Moves on with each new password; a session signed in under another stamp is out of date. */
  public long getCredentialsStamp() {
    return credentialsStamp;
  }
}
