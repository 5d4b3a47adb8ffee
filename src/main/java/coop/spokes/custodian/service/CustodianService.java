package coop.spokes.custodian.service;

import coop.spokes.audit.service.AuditService;
import coop.spokes.custodian.infra.CustodianRepository;
import coop.spokes.custodian.model.Custodian;
import coop.spokes.custodian.model.CustodianDetails;
import coop.spokes.custodian.model.CustodianException;
import coop.spokes.identity.service.AccountService;
import coop.spokes.identity.service.AccountSummary;
import coop.spokes.identity.service.RoleGrantService;
import coop.spokes.platform.NotFoundException;
import coop.spokes.platform.persistence.PageRequest;
import coop.spokes.platform.persistence.PageResult;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Grant;
import coop.spokes.platform.security.Role;
import coop.spokes.platform.security.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Creating and editing custodians and appointing their managers (admins), and reading custodians
 * (their own managers, and the public list that applicants choose from).
 */
@ApplicationScoped
@Transactional
public class CustodianService {
  static final String STREAM = "custodian";

  @Inject Access access;
  @Inject CustodianRepository custodians;
  @Inject AccountService accounts;
  @Inject RoleGrantService grants;
  @Inject AuditService audit;
  @Inject Clock clock;

  /**
   * Serialises work on a whole custodian in another context: holds a lock on the custodian until
   * the caller's transaction ends, so a second request that calls this waits for the first to
   * commit and sees what it wrote (two computations of one custodian's standing list cannot both
   * clear it and write it). Internal: only services call it.
   *
   * @throws NotFoundException when there is no such custodian
   */
  public void lockInternal(long custodianId) {
    access.permitInternal();
    if (!custodians.lock(custodianId)) {
      throw new NotFoundException("custodian", custodianId);
    }
  }

  /** A page of custodians, sorted in the database. Requires ADMIN. */
  public PageResult<CustodianSummary> page(PageRequest page) {
    access.requireAny(Grant.admin());
    PageResult<Custodian> result = custodians.page(page);
    return new PageResult<>(
        result.items().stream().map(CustodianService::summary).toList(), result.total());
  }

  /** Every custodian by name (the public choice on the join form). Open to visitors. */
  public List<CustodianSummary> listPublic() {
    access.permitPublic();
    return custodians.all().stream().map(CustodianService::summary).toList();
  }

  /**
   * One custodian's public details (the join form shows its name, terms version and contact). Open
   * to visitors.
   */
  public java.util.Optional<CustodianSummary> findPublic(long custodianId) {
    access.permitPublic();
    return custodians.find(custodianId).map(CustodianService::summary);
  }

  /**
   * The custodian suggested to someone living in {@code country} (ISO 3166-1): the first, by name,
   * whose jurisdiction is that country or one of its subdivisions. Open to visitors.
   */
  public java.util.Optional<CustodianSummary> suggestFor(String country) {
    access.permitPublic();
    String c = country == null ? "" : country.strip().toUpperCase(java.util.Locale.ROOT);
    return custodians.all().stream()
        .filter(x -> x.getJurisdiction().equals(c) || x.getJurisdiction().startsWith(c + "-"))
        .findFirst()
        .map(CustodianService::summary);
  }

  /** One custodian. Requires ADMIN or CUSTODIAN_MANAGER of that custodian. */
  public CustodianSummary get(long custodianId) {
    access.requireAny(
        Grant.admin(), Grant.of(Role.CUSTODIAN_MANAGER, Scope.custodian(custodianId)));
    return summary(load(custodianId));
  }

  /**
   * The theme of a custodian, for the page template (the theme is public: it is shown to the
   * custodian's members on every page). Open to any caller.
   */
  public String themeOf(long custodianId) {
    access.permitPublic();
    return custodians.find(custodianId).map(Custodian::getTheme).orElse("default");
  }

  /**
   * Creates a custodian. Requires ADMIN.
   *
   * @throws CustodianException {@code custodian.shortCode.taken}, {@code custodian.name.taken} and
   *     the field rules of {@link Custodian}
   */
  public CustodianSummary create(String shortCode, CustodianDetails details) {
    access.requireAny(Grant.admin());
    Custodian custodian = new Custodian(shortCode, details, now());
    if (custodians.codeTaken(custodian.getShortCode())) {
      throw new CustodianException("shortCode", "custodian.shortCode.taken");
    }
    if (custodians.nameTaken(custodian.getName(), null)) {
      throw new CustodianException("name", "custodian.name.taken");
    }
    custodians.save(custodian);
    audit.record(
        STREAM,
        "custodian.created",
        "custodian",
        custodian.getId(),
        Map.of("shortCode", custodian.getShortCode()),
        null);
    return summary(custodian);
  }

  /**
   * Changes a custodian's details. Requires ADMIN. {@code expectedVersion} is the version the
   * editor started from: a concurrent change is refused rather than overwritten.
   */
  public CustodianSummary update(long custodianId, long expectedVersion, CustodianDetails details) {
    access.requireAny(Grant.admin());
    Custodian custodian = load(custodianId);
    if (custodian.getVersion() != expectedVersion) {
      throw new CustodianException(null, "custodian.changedMeanwhile");
    }
    if (custodians.nameTaken(details.name() == null ? "" : details.name(), custodianId)) {
      throw new CustodianException("name", "custodian.name.taken");
    }
    List<String> changed = changedFields(summary(custodian), details);
    custodian.change(details, now());
    try {
      custodians.save(custodian);
    } catch (OptimisticLockException e) {
      throw new CustodianException(null, "custodian.changedMeanwhile");
    }
    audit.record(
        STREAM,
        "custodian.updated",
        "custodian",
        custodianId,
        Map.of("fields", String.join(",", changed)),
        null);
    return summary(custodian);
  }

  /** The managers of a custodian. Requires ADMIN or CUSTODIAN_MANAGER of that custodian. */
  public List<AccountSummary> managers(long custodianId) {
    access.requireAny(Grant.admin(), managerOf(custodianId));
    load(custodianId);
    return grants.holdersOf(managerOf(custodianId));
  }

  /**
   * Appoints the account with {@code email} as a manager of the custodian. Requires ADMIN.
   *
   * @throws CustodianException {@code custodian.manager.unknownAccount} at field {@code
   *     managerEmail}
   */
  public void appointManager(long custodianId, String email) {
    access.requireAny(Grant.admin());
    load(custodianId);
    AccountSummary account =
        accounts
            .findByEmail(email)
            .orElseThrow(
                () -> new CustodianException("managerEmail", "custodian.manager.unknownAccount"));
    if (grants.grant(account.id(), managerOf(custodianId))) {
      audit.record(
          STREAM,
          "manager.appointed",
          "custodian",
          custodianId,
          Map.of("accountId", Long.toString(account.id())),
          null);
    }
  }

  /** Removes a manager from the custodian. Requires ADMIN. */
  public void removeManager(long custodianId, long accountId) {
    access.requireAny(Grant.admin());
    load(custodianId);
    if (grants.revoke(accountId, managerOf(custodianId))) {
      audit.record(
          STREAM,
          "manager.removed",
          "custodian",
          custodianId,
          Map.of("accountId", Long.toString(accountId)),
          null);
    }
  }

  private static Grant managerOf(long custodianId) {
    return Grant.of(Role.CUSTODIAN_MANAGER, Scope.custodian(custodianId));
  }

  private Custodian load(long custodianId) {
    return custodians
        .find(custodianId)
        .orElseThrow(() -> new NotFoundException("custodian", custodianId));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  private static List<String> changedFields(CustodianSummary before, CustodianDetails after) {
    List<String> changed = new ArrayList<>();
    if (!Objects.equals(before.name(), strip(after.name()))) {
      changed.add("name");
    }
    if (!Objects.equals(before.jurisdiction(), strip(after.jurisdiction()))) {
      changed.add("jurisdiction");
    }
    if (!Objects.equals(before.currency(), strip(after.currency()))) {
      changed.add("currency");
    }
    if (!Objects.equals(before.defaultLanguage(), after.defaultLanguage())) {
      changed.add("defaultLanguage");
    }
    if (!Objects.equals(before.theme(), strip(after.theme()))) {
      changed.add("theme");
    }
    if (!Objects.equals(before.contactEmail(), strip(after.contactEmail()))) {
      changed.add("contactEmail");
    }
    if (!Objects.equals(before.contactAddress(), strip(after.contactAddress()))) {
      changed.add("contactAddress");
    }
    if (after.termsVersion() != null
        && !Objects.equals(before.termsVersion(), strip(after.termsVersion()))) {
      changed.add("termsVersion");
    }
    if (after.paymentInstructions() != null
        && !Objects.equals(before.paymentInstructions(), strip(after.paymentInstructions()))) {
      changed.add("paymentInstructions");
    }
    return changed;
  }

  private static String strip(String s) {
    return s == null ? null : s.strip();
  }

  static CustodianSummary summary(Custodian c) {
    return new CustodianSummary(
        c.getId(),
        c.getName(),
        c.getShortCode(),
        c.getJurisdiction(),
        c.getCurrency(),
        c.getDefaultLanguage(),
        c.getLanguages(),
        c.getTheme(),
        c.getContactEmail(),
        c.getContactAddress(),
        c.getTermsVersion(),
        c.getPaymentInstructions(),
        c.getVersion());
  }
}
