package coop.spokes.transparency.service;

import coop.spokes.audit.service.AuditService;
import coop.spokes.custodian.service.CustodianService;
import coop.spokes.custodian.service.CustodianSummary;
import coop.spokes.identity.service.AccountService;
import coop.spokes.identity.service.AccountSummary;
import coop.spokes.identity.service.RoleGrantService;
import coop.spokes.membership.service.MemberFacts;
import coop.spokes.membership.service.MemberFactsService;
import coop.spokes.platform.NotFoundException;
import coop.spokes.platform.approval.ApprovalTally;
import coop.spokes.platform.approval.Approvals;
import coop.spokes.platform.i18n.Formatting;
import coop.spokes.platform.i18n.Languages;
import coop.spokes.platform.mail.MailLink;
import coop.spokes.platform.mail.MailService;
import coop.spokes.platform.mail.MultilineText;
import coop.spokes.platform.persistence.PageRequest;
import coop.spokes.platform.persistence.PageResult;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Grant;
import coop.spokes.platform.security.Role;
import coop.spokes.platform.security.Scope;
import coop.spokes.transparency.infra.ExpenseRepository;
import coop.spokes.transparency.infra.LedgerRepository;
import coop.spokes.transparency.infra.ReceiptFiles;
import coop.spokes.transparency.model.Approvers;
import coop.spokes.transparency.model.Category;
import coop.spokes.transparency.model.CategoryName;
import coop.spokes.transparency.model.ClosedMonths;
import coop.spokes.transparency.model.Expense;
import coop.spokes.transparency.model.ExpenseDetails;
import coop.spokes.transparency.model.ExpenseRevision;
import coop.spokes.transparency.model.ExpenseState;
import coop.spokes.transparency.model.Receipt;
import coop.spokes.transparency.model.TransparencyException;
import coop.spokes.transparency.model.TransparencySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Expenses and claims for reimbursement. Any active member submits a claim to their custodian; a
 * treasurer records an invoice. The custodian's treasurers, never the claimant nor the payee,
 * approve it (one below the configured amount, two from it), or the treasurers of all custodians
 * too when its own are too few; one rejects it with a comment; a treasurer marks it paid. A change
 * makes a new revision that needs approval again, unless it is paid or its month is closed. The
 * claimant is mailed at each step; everything is audited (stream {@code transparency}).
 *
 * <p>Who sees an expense: its claimant and payee, and treasurers of its custodian (or of all);
 * others are answered as if it did not exist.
 */
@ApplicationScoped
@Transactional
public class ExpenseService {
  static final String STREAM = "transparency";

  @Inject Access access;
  @Inject ExpenseRepository expenses;
  @Inject LedgerRepository ledger;
  @Inject ReceiptFiles receipts;
  @Inject Approvals approvals;
  @Inject RoleGrantService grants;
  @Inject AccountService accounts;
  @Inject MemberFactsService members;
  @Inject CustodianService custodians;
  @Inject MailService mail;
  @Inject AuditService audit;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "spokes.base.url")
  String baseUrl;

  /** Every category with its names, in order. Open to visitors (the public page names them). */
  public List<CategoryRow> categories() {
    access.permitPublic();
    Map<String, Map<String, String>> names = new HashMap<>();
    for (CategoryName n : expenses.categoryNames()) {
      names
          .computeIfAbsent(n.getCategoryCode(), c -> new HashMap<>())
          .put(n.getLanguage(), n.getName());
    }
    return expenses.categories().stream()
        .map(
            c ->
                new CategoryRow(
                    c.getCode(),
                    c.getPosition(),
                    c.isClaimable(),
                    names.getOrDefault(c.getCode(), Map.of())))
        .toList();
  }

  /** Requires what naming categories requires: ADMIN. */
  public void requireCategoryEditor() {
    access.requireRole(Role.ADMIN);
  }

  /**
   * Names category {@code code} in each language of {@code names} (language code to name); the
   * names are checked all before any is saved; audited. Requires ADMIN.
   *
   * @throws TransparencyException {@code transparency.category.name} at {@code name_<language>}
   * @throws NotFoundException when no such category exists
   */
  public void renameCategory(String code, Map<String, String> names) {
    access.requireRole(Role.ADMIN);
    expenses.category(code).orElseThrow(() -> new NotFoundException("category", code));
    for (String language : Languages.SUPPORTED) {
      new CategoryName(code, language, names.get(language)); // checks; throws at its field
    }
    Map<String, String> changed = new java.util.TreeMap<>();
    for (String language : Languages.SUPPORTED) {
      String name = names.get(language).strip();
      var current = expenses.categoryName(code, language);
      if (current.isEmpty()) {
        expenses.add(new CategoryName(code, language, name));
        changed.put(language, name);
      } else if (!current.get().getName().equals(name)) {
        current.get().rename(name);
        changed.put(language, name);
      }
    }
    if (!changed.isEmpty()) {
      audit.record(STREAM, "category.renamed", "category", code, changed, null);
    }
  }

  /**
   * The custodians the caller may submit an expense to, by name: those they are an active member of
   * (a claim for reimbursement) and those they are a treasurer of (an invoice too). Requires a
   * signed-in user.
   */
  public List<CustodianChoice> submittableCustodians() {
    access.requireSignedIn();
    Set<Long> asMember = memberCustodians();
    boolean treasurerOfAll = access.hasAny(TransparencyGrants.TREASURER_OF_ALL);
    List<CustodianChoice> choices = new ArrayList<>();
    for (CustodianSummary c : custodians.listPublic()) {
      boolean treasurer = treasurerOfAll || isOwnTreasurer(c.id());
      if (treasurer || asMember.contains(c.id())) {
        choices.add(new CustodianChoice(c.id(), c.name(), c.currency(), treasurer));
      }
    }
    return choices;
  }

  /**
   * Submits an expense of {@code custodianId}: the caller's claim for reimbursement ({@code
   * reimbursement}, the caller is the payee; a receipt is required), or, for a treasurer of that
   * custodian, an invoice to another payee (named in {@code details}). Requires being an active
   * member of that custodian (a claim) or its treasurer.
   *
   * @throws TransparencyException those of {@link ExpenseDetails#checked}, {@code
   *     transparency.expense.notClaimable} at {@code category}, {@code
   *     transparency.receipt.required} and those of {@link ReceiptFiles#check} at {@code receipt}
   */
  public ExpenseRow submit(
      long custodianId, ExpenseDetails details, ReceiptUpload receipt, boolean reimbursement) {
    long me = access.requireUserId();
    List<Grant> allowed = new ArrayList<>();
    allowed.add(TransparencyGrants.treasurerOf(custodianId));
    if (reimbursement) {
      activeMemberships().stream()
          .filter(m -> m.custodianId() == custodianId)
          .forEach(m -> allowed.add(Grant.of(Role.MEMBER, Scope.member(m.id()))));
    }
    access.requireAnyToSee("custodian", custodianId, allowed.toArray(Grant[]::new));
    OffsetDateTime now = OffsetDateTime.now(clock);
    AccountSummary claimant = account(me);
    ExpenseDetails checked =
        checkedDetails(reimbursement ? details.withPayee(claimant.displayName()) : details, now);
    if (reimbursement && receipt == null) {
      throw new TransparencyException("receipt", "transparency.receipt.required");
    }
    Long receiptId = receipt == null ? null : storeReceipt(custodianId, receipt, me, now);
    Long payee = reimbursement ? me : null;
    Expense e =
        new Expense(
            custodianId,
            checked,
            me,
            payee,
            receiptId,
            approversFor(custodianId, checked, me, payee),
            now);
    expenses.add(e);
    audit.record(
        STREAM,
        "expense.submitted",
        "expense",
        e.getId(),
        Map.of(
            "custodianId", Long.toString(custodianId),
            "category", checked.categoryCode(),
            "amount", checked.amount().toPlainString() + " " + checked.currency()),
        null);
    mailClaimant(e, claimant, "transparency.expense.submitted");
    mailApprovers(e);
    return row(e, Context.of(this, List.of(e)));
  }

  /**
   * Changes an expense: a new revision, submitted again for approval, the earlier one kept. {@code
   * receipt} null keeps the receipt. Requires being its claimant or a treasurer of its custodian.
   *
   * @throws TransparencyException those of {@link #submit}, {@code transparency.expense.paid},
   *     {@code transparency.expense.closed}, {@code transparency.expense.changed} (someone changed
   *     it since {@code revision})
   */
  public ExpenseRow revise(
      long expenseId, int revision, ExpenseDetails details, ReceiptUpload receipt) {
    long me = access.requireUserId();
    Expense e = lockVisible(expenseId);
    if (e.getClaimantId() != me
        && !access.hasAny(TransparencyGrants.treasurerOf(e.getCustodianId()))) {
      throw new NotFoundException("expense", expenseId);
    }
    if (e.getRevision() != revision) {
      throw new TransparencyException(null, "transparency.expense.changed");
    }
    if (e.getState() == ExpenseState.PAID) {
      throw new TransparencyException(null, "transparency.expense.paid");
    }
    requireNotFrozen(e, closedMonths());
    OffsetDateTime now = OffsetDateTime.now(clock);
    boolean reimbursement = Long.valueOf(e.getClaimantId()).equals(e.getPayeeAccountId());
    ExpenseDetails checked =
        checkedDetails(reimbursement ? details.withPayee(e.getPayeeName()) : details, now);
    Long receiptId = receipt == null ? null : storeReceipt(e.getCustodianId(), receipt, me, now);
    List<Long> approvedBy = approvals.approvers(Expense.approvalSubject(expenseId));
    ExpenseRevision before =
        e.revise(
            checked,
            receiptId,
            approversFor(e.getCustodianId(), checked, e.getClaimantId(), e.getPayeeAccountId()),
            approvedBy,
            me,
            now);
    expenses.add(before);
    approvals.clear(Expense.approvalSubject(expenseId));
    audit.record(
        STREAM,
        "expense.revised",
        "expense",
        expenseId,
        Map.of(
            "revision",
            Integer.toString(e.getRevision()),
            "amount",
            checked.amount().toPlainString() + " " + checked.currency()),
        null);
    if (e.getClaimantId() != me) {
      mailClaimant(e, account(e.getClaimantId()), "transparency.expense.revised");
    }
    mailApprovers(e);
    return row(e, Context.of(this, List.of(e)));
  }

  /**
   * Approves a submitted expense: approved once it has the approvals it requires. Requires being
   * one of its approvers: a treasurer of its custodian (or of all custodians when its own were too
   * few), neither its claimant nor its payee.
   *
   * @throws TransparencyException {@code transparency.expense.own}, {@code
   *     transparency.expense.notApprover}, {@code transparency.expense.already}, {@code
   *     transparency.expense.notSubmitted}
   */
  public ExpenseRow approve(long expenseId) {
    long me = access.requireUserId();
    Expense e = lockForTreasurer(expenseId);
    requireApprover(e, me);
    e.requireSubmitted();
    OffsetDateTime now = OffsetDateTime.now(clock);
    ApprovalTally tally =
        approvals
            .approve(Expense.approvalSubject(expenseId), me, e.getApprovalsRequired(), now)
            .orElseThrow(() -> new TransparencyException(null, "transparency.expense.already"));
    e.approved(tally, now);
    audit.record(
        STREAM,
        "expense.approved",
        "expense",
        expenseId,
        Map.of(
            "approvals", Integer.toString(tally.approvals()),
            "required", Integer.toString(tally.required()),
            "state", e.getState().name()),
        null);
    if (e.getState() == ExpenseState.APPROVED) {
      mailClaimant(e, account(e.getClaimantId()), "transparency.expense.approved");
    }
    return row(e, Context.of(this, List.of(e)));
  }

  /**
   * Rejects a submitted expense with a comment for the claimant. Same access as {@link #approve}.
   *
   * @throws TransparencyException those of {@link #approve} but {@code already}, {@code
   *     transparency.expense.comment} at {@code comment}
   */
  public ExpenseRow reject(long expenseId, String comment) {
    long me = access.requireUserId();
    Expense e = lockForTreasurer(expenseId);
    requireApprover(e, me);
    e.reject(comment, OffsetDateTime.now(clock));
    audit.record(STREAM, "expense.rejected", "expense", expenseId, Map.of(), comment);
    mailClaimant(
        e,
        account(e.getClaimantId()),
        "transparency.expense.rejected",
        new MultilineText(e.getDecisionComment()));
    return row(e, Context.of(this, List.of(e)));
  }

  /**
   * Records that an approved expense was paid. Requires TREASURER of its custodian (or of all), not
   * being its payee.
   *
   * @throws TransparencyException {@code transparency.expense.own}, {@code
   *     transparency.expense.notApproved}
   */
  public ExpenseRow pay(long expenseId) {
    long me = access.requireUserId();
    Expense e = lockForTreasurer(expenseId);
    if (e.getPayeeAccountId() != null && e.getPayeeAccountId() == me) {
      throw new TransparencyException(null, "transparency.expense.own");
    }
    e.paid(me, OffsetDateTime.now(clock));
    audit.record(STREAM, "expense.paid", "expense", expenseId, Map.of(), null);
    mailClaimant(e, account(e.getClaimantId()), "transparency.expense.paid");
    return row(e, Context.of(this, List.of(e)));
  }

  /**
   * One expense with its approvers and earlier revisions. Requires being its claimant or payee, or
   * a treasurer of its custodian.
   */
  public ExpenseView get(long expenseId) {
    access.requireSignedIn();
    Expense e =
        expenses.find(expenseId).orElseThrow(() -> new NotFoundException("expense", expenseId));
    requireVisible(e);
    List<Long> approvedBy = approvals.approvers(Expense.approvalSubject(expenseId));
    List<ExpenseRevision> earlier = expenses.revisions(expenseId);
    Set<Long> people = new LinkedHashSet<>(approvedBy);
    earlier.forEach(r -> people.add(r.getReplacedBy()));
    Map<Long, String> names = accounts.displayNamesInternal(people);
    return new ExpenseView(
        row(e, Context.of(this, List.of(e))),
        approvedBy.stream().map(id -> names.getOrDefault(id, "#" + id)).toList(),
        earlier.stream()
            .map(
                r ->
                    new ExpenseRevisionRow(
                        r.getRevision(),
                        r.getContent().getCategoryCode(),
                        r.getContent().getPayeeName(),
                        r.getContent().getMoney().amount(),
                        r.getContent().getMoney().currency(),
                        r.getContent().getSpentOn(),
                        r.getContent().getDescription(),
                        r.getState(),
                        r.approvalCount(),
                        r.getReplacedAt(),
                        names.getOrDefault(r.getReplacedBy(), "#" + r.getReplacedBy())))
            .toList());
  }

  /** A page of the caller's own claims, newest first. Requires a signed-in user. */
  public PageResult<ExpenseRow> mine(PageRequest page) {
    long me = access.requireUserId();
    List<Expense> list = expenses.ofClaimant(me, page.first(), page.size());
    return new PageResult<>(rows(list), expenses.countOfClaimant(me));
  }

  /**
   * A page of the submitted expenses waiting for the caller's approval, oldest first. Requires the
   * TREASURER role (for any custodian).
   */
  public PageResult<ExpenseRow> waiting(PageRequest page) {
    access.requireRole(Role.TREASURER);
    long me = access.requireUserId();
    List<Long> own = ownTreasurerCustodians();
    boolean central = access.hasAny(TransparencyGrants.TREASURER_OF_ALL);
    return new PageResult<>(
        rows(expenses.waitingFor(me, own, central, page.first(), page.size())),
        expenses.countWaitingFor(me, own, central));
  }

  /** Whether the caller is a treasurer of all custodians (for pages' defaults, not a check). */
  public boolean isTreasurerOfAll() {
    access.requireSignedIn();
    return access.hasAny(TransparencyGrants.TREASURER_OF_ALL);
  }

  /** How many expenses wait for the caller's approval (0 for anyone but treasurers). */
  public long waitingCount() {
    access.requireSignedIn();
    if (!access.holdsRole(Role.TREASURER)) {
      return 0;
    }
    return expenses.countWaitingFor(
        access.requireUserId(),
        ownTreasurerCustodians(),
        access.hasAny(TransparencyGrants.TREASURER_OF_ALL));
  }

  /**
   * A page of the expenses of one custodian ({@code custodianId}; null for all, which requires
   * TREASURER of all custodians), in {@code state} when given, sorted as asked (by day, newest
   * first, by default). Requires TREASURER of that custodian.
   */
  public PageResult<ExpenseRow> listed(Long custodianId, ExpenseState state, PageRequest page) {
    if (custodianId == null) {
      access.requireAny(TransparencyGrants.TREASURER_OF_ALL);
    } else {
      access.requireAnyToSee("custodian", custodianId, TransparencyGrants.treasurerOf(custodianId));
    }
    List<Long> ids = custodianId == null ? null : List.of(custodianId);
    List<Expense> list =
        expenses.ofCustodians(
            ids,
            state,
            page.sortFieldOr(Set.copyOf(ExpenseRepository.SORTS), "spentOn"),
            page.sortField() != null && page.ascending(),
            page.first(),
            page.size());
    return new PageResult<>(rows(list), expenses.countOfCustodians(ids, state));
  }

  /**
   * The receipt {@code receiptId} of an expense (its current one or that of an earlier revision).
   * Same access as {@link #get}.
   */
  public ReceiptDownload receipt(long expenseId, long receiptId) {
    access.requireSignedIn();
    Expense e =
        expenses.find(expenseId).orElseThrow(() -> new NotFoundException("expense", expenseId));
    requireVisible(e);
    boolean belongs =
        Long.valueOf(receiptId).equals(e.getReceiptId())
            || expenses.revisions(expenseId).stream()
                .anyMatch(r -> Long.valueOf(receiptId).equals(r.getContent().getReceiptId()));
    Receipt r =
        expenses
            .receipt(receiptId)
            .filter(x -> belongs)
            .orElseThrow(() -> new NotFoundException("receipt", receiptId));
    byte[] content = r.getContent() != null ? r.getContent() : receipts.read(r.getStoredName());
    return new ReceiptDownload(r.getFileName(), r.getMediaType(), content);
  }

  // --- rules -------------------------------------------------------------------------------

  private ExpenseDetails checkedDetails(ExpenseDetails details, OffsetDateTime now) {
    ExpenseDetails checked = details.checked(now.toLocalDate());
    Category category =
        expenses
            .category(checked.categoryCode())
            .orElseThrow(
                () -> new TransparencyException("category", "transparency.expense.category"));
    if (!category.isClaimable()) {
      throw new TransparencyException("category", "transparency.expense.notClaimable");
    }
    return checked;
  }

  /**
   * How many approvals an expense needs (two from the configured amount in the reporting currency,
   * or when its currency has no rate for its month to tell) and whether its custodian's own
   * treasurers, other than claimant and payee, are too few.
   */
  private Approvers approversFor(
      long custodianId, ExpenseDetails d, long claimantId, Long payeeId) {
    TransparencySettings settings = expenses.settings();
    Optional<BigDecimal> inReporting =
        d.currency().equals(settings.getReportingCurrency())
            ? Optional.of(d.amount())
            : ledger
                .rate(d.currency(), YearMonth.from(d.spentOn()))
                .map(r -> d.amount().multiply(r.getRate()));
    return Approvers.decide(
        inReporting,
        settings.getTwoApprovalsFrom(),
        grants.holdersInternal(TransparencyGrants.treasurerOf(custodianId)).stream()
            .map(AccountSummary::id)
            .toList(),
        claimantId,
        payeeId);
  }

  private void requireApprover(Expense e, long me) {
    if (e.getClaimantId() == me || (e.getPayeeAccountId() != null && e.getPayeeAccountId() == me)) {
      throw new TransparencyException(null, "transparency.expense.own");
    }
    if (!mayApprove(e)) {
      throw new TransparencyException(null, "transparency.expense.notApprover");
    }
  }

  /** Whether the caller is in the expense's pool of approvers (not whether they approved yet). */
  private boolean mayApprove(Expense e) {
    return isOwnTreasurer(e.getCustodianId())
        || (e.isCentralApprovers() && access.hasAny(TransparencyGrants.TREASURER_OF_ALL));
  }

  private static void requireNotFrozen(Expense e, ClosedMonths closed) {
    if (isFrozen(e, closed)) {
      throw new TransparencyException(null, "transparency.expense.closed");
    }
  }

  private static boolean isFrozen(Expense e, ClosedMonths closed) {
    return e.getState().counts() && closed.isFrozen(e.getSpentOn(), e.getDecidedAt());
  }

  private ClosedMonths closedMonths() {
    return new ClosedMonths(ledger.closedMonths());
  }

  private Long storeReceipt(long custodianId, ReceiptUpload upload, long me, OffsetDateTime now) {
    ReceiptFiles.Checked checked = ReceiptFiles.check(upload.content());
    String name = fileName(upload.fileName(), checked.mediaType());
    Optional<Path> dir = receipts.directory();
    Receipt r =
        new Receipt(
            custodianId,
            name,
            checked.mediaType(),
            upload.content().length,
            checked.sha256(),
            dir.isPresent() ? null : upload.content(),
            dir.map(d -> receipts.store(d, upload.content())).orElse(null),
            me,
            now);
    expenses.add(r);
    return r.getId();
  }

  /** The uploaded name without any path, on one line, with the extension its content has. */
  private static String fileName(String given, String mediaType) {
    String base = given == null ? "" : given.replaceAll(".*[/\\\\]", "");
    base = base.replaceAll("[\\p{Cntrl}\"]", "").strip();
    base = base.replaceAll("\\.[A-Za-z0-9]{1,5}$", "");
    if (base.isEmpty()) {
      base = "receipt";
    }
    if (base.length() > 180) {
      base = base.substring(0, 180);
    }
    return base
        + switch (mediaType) {
          case "application/pdf" -> ".pdf";
          case "image/png" -> ".png";
          default -> ".jpg";
        };
  }

  // --- access ------------------------------------------------------------------------------

  private static Grant treasurerOf(long custodianId) {
    return TransparencyGrants.treasurerOf(custodianId);
  }

  /** Whether the caller holds TREASURER of exactly this custodian. */
  private boolean isOwnTreasurer(long custodianId) {
    return access.grantsOf(Role.TREASURER).stream()
        .anyMatch(g -> g.scope().equals(Scope.custodian(custodianId)));
  }

  private List<Long> ownTreasurerCustodians() {
    return access.grantsOf(Role.TREASURER).stream()
        .filter(g -> !g.scope().isAll())
        .map(g -> g.scope().id())
        .toList();
  }

  /** The custodians the caller is an active member of (personally or for an organisation). */
  private Set<Long> memberCustodians() {
    return activeMemberships().stream().map(MemberFacts::custodianId).collect(Collectors.toSet());
  }

  /**
   * Whether the caller chose to have their paid work named on the public transparency page.
   * Requires a signed-in user.
   */
  public boolean isPaidWorkNamed() {
    access.requireSignedIn();
    return ownPersons().stream().anyMatch(id -> expenses.publicPayee(id).isPresent());
  }

  /**
   * Names the caller's paid work on the public page (their name, hours and pay), or stops naming
   * it; audited. Requires a signed-in user who is an active member as a person (nothing to name
   * otherwise).
   */
  public void namePaidWork(boolean named) {
    access.requireSignedIn();
    for (long id : ownPersons()) {
      var current = expenses.publicPayee(id);
      if (named && current.isEmpty()) {
        expenses.add(new coop.spokes.transparency.model.PublicPayee(id, OffsetDateTime.now(clock)));
      } else if (!named && current.isPresent()) {
        expenses.remove(current.get());
      } else {
        continue;
      }
      audit.record(
          STREAM, named ? "paid-work.named" : "paid-work.unnamed", "member", id, Map.of(), null);
    }
  }

  /** The active person memberships of the caller's own account. */
  private List<Long> ownPersons() {
    long me = access.requireUserId();
    return activeMemberships().stream()
        .filter(m -> m.accountId() != null && m.accountId() == me)
        .map(MemberFacts::id)
        .toList();
  }

  /** The active member records the caller acts for. */
  private List<MemberFacts> activeMemberships() {
    List<Long> memberIds =
        access.grantsOf(Role.MEMBER).stream()
            .filter(g -> !g.scope().isAll())
            .map(g -> g.scope().id())
            .toList();
    return members.byIdsInternal(memberIds).values().stream()
        .filter(m -> "ACTIVE".equals(m.status()))
        .toList();
  }

  private void requireVisible(Expense e) {
    long me = access.requireUserId();
    boolean own =
        e.getClaimantId() == me || (e.getPayeeAccountId() != null && e.getPayeeAccountId() == me);
    if (!own) {
      access.requireAnyToSee(
          "expense", e.getId(), TransparencyGrants.treasurerOf(e.getCustodianId()));
    }
  }

  private Expense lockVisible(long expenseId) {
    Expense e =
        expenses.lock(expenseId).orElseThrow(() -> new NotFoundException("expense", expenseId));
    requireVisible(e);
    return e;
  }

  private Expense lockForTreasurer(long expenseId) {
    Expense e =
        expenses.lock(expenseId).orElseThrow(() -> new NotFoundException("expense", expenseId));
    access.requireAnyToSee(
        "expense", expenseId, TransparencyGrants.treasurerOf(e.getCustodianId()));
    return e;
  }

  // --- mail --------------------------------------------------------------------------------

  private void mailClaimant(Expense e, AccountSummary to, String template, Object... more) {
    Object[] args = new Object[5 + more.length];
    args[0] = to.displayName();
    args[1] = e.getDescription();
    args[2] =
        Formatting.money(
            e.getMoney().amount(), e.getMoney().currency(), Languages.localeOf(to.language()));
    args[3] = Formatting.date(e.getSpentOn(), Languages.localeOf(to.language()));
    args[4] = link(e);
    System.arraycopy(more, 0, args, 5, more.length);
    mail.queue(to.email(), to.language(), template, args);
  }

  /** Tells each approver in the expense's pool, but its claimant and payee, that it waits. */
  private void mailApprovers(Expense e) {
    Map<Long, AccountSummary> pool = new LinkedHashMap<>();
    grants
        .holdersInternal(TransparencyGrants.treasurerOf(e.getCustodianId()))
        .forEach(a -> pool.put(a.id(), a));
    if (e.isCentralApprovers()) {
      grants.holdersInternal(TransparencyGrants.TREASURER_OF_ALL).forEach(a -> pool.put(a.id(), a));
    }
    pool.remove(e.getClaimantId());
    if (e.getPayeeAccountId() != null) {
      pool.remove(e.getPayeeAccountId());
    }
    String claimant = account(e.getClaimantId()).displayName();
    for (AccountSummary a : pool.values()) {
      if (a.enabled()) {
        mailClaimant(e, a, "transparency.expense.waiting", claimant);
      }
    }
  }

  private MailLink link(Expense e) {
    return new MailLink(
        baseUrl.replaceAll("/+$", "") + "/transparency/expense.xhtml?id=" + e.getId());
  }

  private AccountSummary account(long id) {
    return accounts.findInternal(id).orElseThrow();
  }

  // --- rows --------------------------------------------------------------------------------

  private List<ExpenseRow> rows(List<Expense> list) {
    Context context = Context.of(this, list);
    return list.stream().map(e -> row(e, context)).toList();
  }

  /** What rows of a list share: names, receipts, approval counts and the closed months. */
  private record Context(
      Map<Long, String> custodianNames,
      Map<Long, String> people,
      Map<Long, ReceiptRow> receipts,
      Map<Long, Integer> approvalCounts,
      ClosedMonths closed,
      Set<Long> approvedByMe) {
    static Context of(ExpenseService s, Collection<Expense> list) {
      Map<Long, String> custodians = new TreeMap<>();
      s.custodians.listPublic().forEach(c -> custodians.put(c.id(), c.name()));
      Set<Long> people = new LinkedHashSet<>();
      list.forEach(e -> people.add(e.getClaimantId()));
      Map<Long, ReceiptRow> receipts = new HashMap<>();
      for (Object[] r :
          s.expenses.receiptNames(
              list.stream().map(Expense::getReceiptId).filter(id -> id != null).toList())) {
        receipts.put(
            (Long) r[0], new ReceiptRow((Long) r[0], (String) r[1], (String) r[2], (Integer) r[3]));
      }
      List<Long> ids = list.stream().map(Expense::getId).toList();
      long me = s.access.requireUserId();
      Set<Long> mine =
          s.approvals.approvedBy(
              Expense.APPROVAL_SUBJECT,
              list.stream()
                  .filter(e -> e.getState() == ExpenseState.SUBMITTED)
                  .map(Expense::getId)
                  .toList(),
              me);
      return new Context(
          custodians,
          s.accounts.displayNamesInternal(people),
          receipts,
          s.approvals.counts(Expense.APPROVAL_SUBJECT, ids),
          s.closedMonths(),
          mine);
    }
  }

  private ExpenseRow row(Expense e, Context c) {
    long me = access.requireUserId();
    boolean treasurer = access.hasAny(TransparencyGrants.treasurerOf(e.getCustodianId()));
    boolean ownOrPayee =
        e.getClaimantId() == me || (e.getPayeeAccountId() != null && e.getPayeeAccountId() == me);
    boolean frozen = isFrozen(e, c.closed());
    return new ExpenseRow(
        e.getId(),
        e.getCustodianId(),
        c.custodianNames().getOrDefault(e.getCustodianId(), "#" + e.getCustodianId()),
        e.getCategoryCode(),
        e.getClaimantId(),
        c.people().getOrDefault(e.getClaimantId(), "#" + e.getClaimantId()),
        e.getPayeeAccountId() != null && e.getPayeeAccountId() == e.getClaimantId(),
        e.getPayeeName(),
        e.getPayeePublicName(),
        e.getMoney().amount(),
        e.getMoney().currency(),
        e.getSpentOn(),
        e.getDescription(),
        e.getReceiptId() == null ? null : c.receipts().get(e.getReceiptId()),
        e.getState(),
        e.getRevision(),
        c.approvalCounts().getOrDefault(e.getId(), 0),
        e.getApprovalsRequired(),
        e.getSubmittedAt(),
        e.getDecidedAt(),
        e.getDecisionComment(),
        e.getPaidAt(),
        e.getState() == ExpenseState.SUBMITTED
            && !ownOrPayee
            && mayApprove(e)
            && !c.approvedByMe().contains(e.getId()),
        e.getState() != ExpenseState.PAID && !frozen && (e.getClaimantId() == me || treasurer),
        e.isCentralApprovers(),
        e.getState() == ExpenseState.APPROVED
            && treasurer
            && !(e.getPayeeAccountId() != null && e.getPayeeAccountId() == me));
  }
}
