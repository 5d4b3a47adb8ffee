package coop.spokes.transparency.infra;

import coop.spokes.platform.time.RecordWindow;
import coop.spokes.platform.time.RecordWindows;
import coop.spokes.transparency.model.Approvers;
import coop.spokes.transparency.model.Category;
import coop.spokes.transparency.model.CategoryName;
import coop.spokes.transparency.model.Expense;
import coop.spokes.transparency.model.ExpenseRevision;
import coop.spokes.transparency.model.ExpenseState;
import coop.spokes.transparency.model.Receipt;
import coop.spokes.transparency.model.TransparencySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Expenses, their receipts and revisions, categories and settings (approvals: the platform's). */
@ApplicationScoped
public class ExpenseRepository {
  /** What a list of expenses may be sorted by, and the default. */
  public static final List<String> SORTS = List.of("spentOn", "submittedAt", "amount", "state");

  @PersistenceContext EntityManager em;

  public void add(Expense e) {
    em.persist(e);
    em.flush();
  }

  public void add(Receipt r) {
    em.persist(r);
    em.flush();
  }

  public void add(ExpenseRevision r) {
    em.persist(r);
  }

  public Optional<Expense> find(long id) {
    return Optional.ofNullable(em.find(Expense.class, id));
  }

  public Optional<Expense> lock(long id) {
    return Optional.ofNullable(em.find(Expense.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public Optional<Receipt> receipt(long id) {
    return Optional.ofNullable(em.find(Receipt.class, id));
  }

  /** The file name, media type and size of receipts, by id, without their bytes. */
  public List<Object[]> receiptNames(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select r.id, r.fileName, r.mediaType, r.sizeBytes from Receipt r where r.id in :ids",
            Object[].class)
        .setParameter("ids", ids)
        .getResultList();
  }

  public List<ExpenseRevision> revisions(long expenseId) {
    return em.createQuery(
            "select r from ExpenseRevision r where r.expenseId = :e order by r.revision",
            ExpenseRevision.class)
        .setParameter("e", expenseId)
        .getResultList();
  }

  /** A page of the expenses {@code claimantId} submitted, newest first. */
  public List<Expense> ofClaimant(long claimantId, int first, int max) {
    return em.createQuery(
            "select e from Expense e where e.claimantId = :c order by e.submittedAt desc, e.id desc",
            Expense.class)
        .setParameter("c", claimantId)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long countOfClaimant(long claimantId) {
    return em.createQuery("select count(e) from Expense e where e.claimantId = :c", Long.class)
        .setParameter("c", claimantId)
        .getSingleResult();
  }

  /**
   * A page of the submitted expenses {@code me} may approve and has not, oldest first: those of the
   * custodians they are a treasurer of ({@code own}), and with {@code central} those whose
   * custodian had too few treasurers; never their own claims or payments to them.
   */
  public List<Expense> waitingFor(
      long me, Collection<Long> own, boolean central, int first, int max) {
    return waiting("select e", " order by e.submittedAt, e.id", Expense.class, me, own, central)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /** How many expenses {@link #waitingFor} pages through. */
  public long countWaitingFor(long me, Collection<Long> own, boolean central) {
    return waiting("select count(e)", "", Long.class, me, own, central).getSingleResult();
  }

  private <T> TypedQuery<T> waiting(
      String select, String order, Class<T> type, long me, Collection<Long> own, boolean central) {
    String jpql =
        select
            + " from Expense e where e.state = :s and e.claimantId <> :me"
            + " and (e.payeeAccountId is null or e.payeeAccountId <> :me)"
            + " and (e.custodianId in :own"
            + (central ? " or e.approverPool = :all" : "")
            + ") and not exists (select a from Approval a where a.subjectType = :type"
            + " and a.subjectId = e.id and a.approverId = :me)"
            + order;
    TypedQuery<T> q =
        em.createQuery(jpql, type)
            .setParameter("s", ExpenseState.SUBMITTED)
            .setParameter("me", me)
            .setParameter("own", own.isEmpty() ? List.of(-1L) : own)
            .setParameter("type", Expense.APPROVAL_SUBJECT);
    return central ? q.setParameter("all", Approvers.ALL) : q;
  }

  /**
   * A page of the expenses of {@code custodianIds} (all custodians when null), in {@code state}
   * when given, sorted by an allow-listed field (newest day first by default).
   */
  public List<Expense> ofCustodians(
      Collection<Long> custodianIds,
      ExpenseState state,
      String sort,
      boolean ascending,
      int first,
      int max) {
    String field = SORTS.contains(sort) ? sort : "spentOn";
    String path =
        switch (field) {
          case "amount" -> "e.content.money.amount";
          case "spentOn" -> "e.content.spentOn";
          default -> "e." + field;
        };
    String direction = ascending ? " asc" : " desc";
    return listed(
            "select e",
            custodianIds,
            state,
            Expense.class,
            " order by " + path + direction + ", e.id" + direction)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /** How many expenses {@link #ofCustodians} pages through. */
  public long countOfCustodians(Collection<Long> custodianIds, ExpenseState state) {
    return listed("select count(e)", custodianIds, state, Long.class, "").getSingleResult();
  }

  private <T> TypedQuery<T> listed(
      String select,
      Collection<Long> custodianIds,
      ExpenseState state,
      Class<T> type,
      String order) {
    String where =
        " from Expense e where 1 = 1"
            + (custodianIds == null ? "" : " and e.custodianId in :cs")
            + (state == null ? "" : " and e.state = :s");
    TypedQuery<T> q = em.createQuery(select + where + order, type);
    if (custodianIds != null) {
      q.setParameter("cs", custodianIds.isEmpty() ? List.of(-1L) : custodianIds);
    }
    if (state != null) {
      q.setParameter("s", state);
    }
    return q;
  }

  /** What a custodian spent on a category in one currency, and to how many payees. */
  public record Spent(
      long custodianId, String category, String currency, BigDecimal amount, long payees) {}

  /**
   * The approved (or paid) expenses of {@code window} (spent on its days, approved in its instants)
   * of custodian {@code custodianId} (every custodian when null), summed per custodian, category
   * and currency in the database, with the number of distinct payees.
   */
  public List<Spent> spent(Long custodianId, RecordWindow window) {
    return spent(custodianId, RecordWindows.of(window));
  }

  /** {@link #spent(Long, RecordWindow)} of any of {@code window}: each payee counted once. */
  public List<Spent> spent(Long custodianId, RecordWindows window) {
    TypedQuery<Object[]> q =
        em.createQuery(
                "select e.custodianId, e.content.categoryCode, e.content.money.currency,"
                    + " sum(e.content.money.amount), count(distinct e.content.payeeName)"
                    + " from Expense e where e.state in :counted"
                    + " and "
                    + window.where("e.content.spentOn", "e.decidedAt")
                    + (custodianId == null ? "" : " and e.custodianId = :c")
                    + " group by e.custodianId, e.content.categoryCode, e.content.money.currency"
                    + " order by e.custodianId, e.content.categoryCode, e.content.money.currency",
                Object[].class)
            .setParameter("counted", List.of(ExpenseState.APPROVED, ExpenseState.PAID));
    if (custodianId != null) {
      q.setParameter("c", custodianId);
    }
    window.bind(q);
    return q.getResultList().stream()
        .map(
            r ->
                new Spent(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    ((String) r[2]).strip(),
                    (BigDecimal) r[3],
                    ((Number) r[4]).longValue()))
        .toList();
  }

  /**
   * One page of the lines behind a figure of {@link #spent}: the approved (or paid) expenses of
   * category {@code category} from any of {@code windows} of custodian {@code custodianId} (every
   * custodian when null), by day then id.
   */
  public List<Expense> spentLines(
      Long custodianId, String category, RecordWindows windows, int first, int max) {
    return spentQuery(
            "select e",
            " order by e.content.spentOn, e.id",
            custodianId,
            category,
            windows,
            Expense.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /** How many lines {@link #spentLines} pages through. */
  public long spentLinesCount(Long custodianId, String category, RecordWindows windows) {
    return spentQuery("select count(e)", "", custodianId, category, windows, Long.class)
        .getSingleResult();
  }

  /**
   * Up to {@code max} approved (or paid) expenses of any category of any of {@code windows} of
   * custodian {@code custodianId} (every custodian when null), by id after {@code afterId}: a walk
   * through a report's expenses.
   */
  public List<SpentLine> spentAfter(
      Long custodianId, RecordWindows windows, long afterId, int max) {
    return spentQuery(
            "select e.id, e.custodianId, e.content.spentOn, e.content.categoryCode,"
                + " e.content.payeeName, e.content.description, e.content.money.amount,"
                + " e.content.money.currency",
            " and e.id > :after order by e.id",
            custodianId,
            null,
            windows,
            Object[].class)
        .setParameter("after", afterId)
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(
            r ->
                new SpentLine(
                    (Long) r[0],
                    ((Number) r[1]).longValue(),
                    (java.time.LocalDate) r[2],
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    (BigDecimal) r[6],
                    ((String) r[7]).strip()))
        .toList();
  }

  /** An expense's columns a report export lists, read without managing the expense. */
  public record SpentLine(
      long id,
      long custodianId,
      java.time.LocalDate spentOn,
      String category,
      String payee,
      String description,
      BigDecimal amount,
      String currency) {}

  /** How many expenses {@link #spentAfter} walks through. */
  public long spentCount(Long custodianId, RecordWindows windows) {
    return spentQuery("select count(e)", "", custodianId, null, windows, Long.class)
        .getSingleResult();
  }

  private <T> TypedQuery<T> spentQuery(
      String select,
      String order,
      Long custodianId,
      String category,
      RecordWindows windows,
      Class<T> type) {
    TypedQuery<T> q =
        em.createQuery(
                select
                    + " from Expense e where e.state in :counted"
                    + (category == null ? "" : " and e.content.categoryCode = :cat")
                    + " and "
                    + windows.where("e.content.spentOn", "e.decidedAt")
                    + (custodianId == null ? "" : " and e.custodianId = :c")
                    + order,
                type)
            .setParameter("counted", List.of(ExpenseState.APPROVED, ExpenseState.PAID));
    if (category != null) {
      q.setParameter("cat", category);
    }
    if (custodianId != null) {
      q.setParameter("c", custodianId);
    }
    return windows.bind(q);
  }

  /** The members who chose to have their paid work named publicly. */
  public List<Long> publicPayees() {
    return em.createQuery("select p.memberId from PublicPayee p order by p.memberId", Long.class)
        .getResultList();
  }

  public Optional<coop.spokes.transparency.model.PublicPayee> publicPayee(long memberId) {
    return Optional.ofNullable(em.find(coop.spokes.transparency.model.PublicPayee.class, memberId));
  }

  public void add(coop.spokes.transparency.model.PublicPayee p) {
    em.persist(p);
  }

  public void remove(coop.spokes.transparency.model.PublicPayee p) {
    em.remove(p);
  }

  public List<Category> categories() {
    return em.createQuery("select c from Category c order by c.position, c.code", Category.class)
        .getResultList();
  }

  public Optional<Category> category(String code) {
    return Optional.ofNullable(em.find(Category.class, code));
  }

  public Optional<CategoryName> categoryName(String code, String language) {
    return Optional.ofNullable(em.find(CategoryName.class, new CategoryName.Key(code, language)));
  }

  public void add(CategoryName name) {
    em.persist(name);
  }

  public List<CategoryName> categoryNames() {
    return em.createQuery("select n from CategoryName n", CategoryName.class).getResultList();
  }

  public TransparencySettings settings() {
    return em.find(TransparencySettings.class, TransparencySettings.ID);
  }
}
