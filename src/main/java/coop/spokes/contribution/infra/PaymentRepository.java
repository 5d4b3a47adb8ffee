package coop.spokes.contribution.infra;

import coop.spokes.contribution.model.Payment;
import coop.spokes.platform.persistence.RowsInsert;
import coop.spokes.platform.time.RecordWindow;
import coop.spokes.platform.time.RecordWindows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Payments and reversals, their receipt numbers, and sums for standing. */
@ApplicationScoped
public class PaymentRepository {
  @PersistenceContext EntityManager em;
  @Inject ReceiptCounters counters;

  public Optional<Payment> find(long id) {
    return Optional.ofNullable(em.find(Payment.class, id));
  }

  public Optional<Payment> lock(long id) {
    return Optional.ofNullable(em.find(Payment.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public void add(Payment payment) {
    em.persist(payment);
  }

  public void flush() {
    em.flush();
  }

  /** The reversal of a payment, if it has one. */
  public Optional<Payment> reversalOf(long paymentId) {
    return em.createQuery("select p from Payment p where p.reversesId = :id", Payment.class)
        .setParameter("id", paymentId)
        .getResultStream()
        .findFirst();
  }

  /** Whether the custodian already has a payment with this external reference. */
  public boolean referenceExists(long custodianId, String reference) {
    return !em.createQuery(
            "select p.id from Payment p where p.custodianId = :c and p.externalReference = :r",
            Long.class)
        .setParameter("c", custodianId)
        .setParameter("r", reference)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** A member's payments through the given custodians (null: all), newest first. */
  public List<Payment> ofMember(long memberId, Long custodianId) {
    var q =
        em.createQuery(
                "select p from Payment p where p.memberId = :m"
                    + (custodianId == null ? "" : " and p.custodianId = :c")
                    + " order by p.receivedOn desc, p.id desc",
                Payment.class)
            .setParameter("m", memberId);
    if (custodianId != null) {
      q.setParameter("c", custodianId);
    }
    return q.getResultList();
  }

  /**
   * Per custodian, what a member paid for fiscal year {@code year} as known at {@code asOf}:
   * payments received and recorded by then, and reversals recorded by then.
   */
  public Map<Long, BigDecimal> sumsOfMember(long memberId, int year, OffsetDateTime asOf) {
    Map<Long, BigDecimal> sums = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select p.custodianId, sum(p.money.amount) from Payment p where p.memberId = :m"
                    + " and p.fiscalYear = :y and p.recordedAt <= :at and p.receivedOn <= :day"
                    + " group by p.custodianId",
                Object[].class)
            .setParameter("m", memberId)
            .setParameter("y", year)
            .setParameter("at", asOf)
            .setParameter("day", asOf.toLocalDate())
            .getResultList()) {
      sums.put((Long) row[0], (BigDecimal) row[1]);
    }
    return sums;
  }

  /**
   * {@link #sumsOfMember} for many members in one query: per member and custodian, what they paid
   * for fiscal year {@code year} as known at {@code asOf}. At most a few thousand members at once.
   */
  public Map<Long, Map<Long, BigDecimal>> sumsOfMembers(
      java.util.Collection<Long> memberIds, int year, OffsetDateTime asOf) {
    return sums(memberIds, year, asOf);
  }

  /**
   * For the given members, what they paid each custodian for a fiscal year (a member who moved
   * within the year has paid two), by member and custodian.
   */
  public Map<Long, Map<Long, BigDecimal>> sumsByCustodian(
      int year, java.util.Collection<Long> memberIds) {
    return sums(memberIds, year, null);
  }

  /** Sums by member and custodian; with {@code asOf}, only what was known then. */
  private Map<Long, Map<Long, BigDecimal>> sums(
      java.util.Collection<Long> memberIds, int year, OffsetDateTime asOf) {
    Map<Long, Map<Long, BigDecimal>> sums = new HashMap<>();
    if (memberIds.isEmpty()) {
      return sums;
    }
    var q =
        em.createQuery(
                "select p.memberId, p.custodianId, sum(p.money.amount) from Payment p"
                    + " where p.memberId in :m and p.fiscalYear = :y"
                    + (asOf == null ? "" : " and p.recordedAt <= :at and p.receivedOn <= :day")
                    + " group by p.memberId, p.custodianId",
                Object[].class)
            .setParameter("m", memberIds)
            .setParameter("y", year);
    if (asOf != null) {
      q.setParameter("at", asOf).setParameter("day", asOf.toLocalDate());
    }
    for (Object[] row : q.getResultList()) {
      sums.computeIfAbsent((Long) row[0], k -> new HashMap<>())
          .put((Long) row[1], (BigDecimal) row[2]);
    }
    return sums;
  }

  /** What one member paid a custodian in one currency, summed over a window (reversals count). */
  public record MemberIncome(long custodianId, long memberId, String currency, BigDecimal amount) {}

  /**
   * Up to {@code max} members' sums of the payments of {@code window} (received on its days,
   * recorded in its instants) of custodian {@code custodianId} (every custodian when null), by
   * member after {@code afterMember}: a page of a walk through every member, summed in the
   * database.
   */
  public List<MemberIncome> incomeByMember(
      Long custodianId, RecordWindow window, long afterMember, int max) {
    return incomeByMember(custodianId, RecordWindows.of(window), afterMember, max);
  }

  /** {@link #incomeByMember} of the payments of any of {@code windows}. */
  public List<MemberIncome> incomeByMember(
      Long custodianId, RecordWindows window, long afterMember, int max) {
    var q =
        em.createQuery(
                "select p.custodianId, p.memberId, p.money.currency, sum(p.money.amount)"
                    + " from Payment p where "
                    + window.where("p.receivedOn", "p.recordedAt")
                    + " and p.memberId > :after"
                    + (custodianId == null ? "" : " and p.custodianId = :c")
                    + " group by p.memberId, p.custodianId, p.money.currency"
                    + " order by p.memberId, p.custodianId, p.money.currency",
                Object[].class)
            .setParameter("after", afterMember)
            .setMaxResults(max);
    if (custodianId != null) {
      q.setParameter("c", custodianId);
    }
    window.bind(q);
    return q.getResultList().stream()
        .map(
            r ->
                new MemberIncome(
                    (Long) r[0], (Long) r[1], ((String) r[2]).strip(), (BigDecimal) r[3]))
        .toList();
  }

  /**
   * Up to {@code max} payments (and reversals), as columns, of any of {@code windows} of custodian
   * {@code custodianId} (every custodian when null), by id after {@code afterId}: a walk through a
   * report's payments.
   */
  public List<PaymentLine> linesAfter(
      Long custodianId, RecordWindows windows, long afterId, int max) {
    var q =
        em.createQuery(
                "select p.id, p.custodianId, p.memberId, p.receivedOn, p.receiptNumber,"
                    + " p.money.amount, p.money.currency from Payment p where p.id > :after and "
                    + windows.where("p.receivedOn", "p.recordedAt")
                    + (custodianId == null ? "" : " and p.custodianId = :c")
                    + " order by p.id",
                Object[].class)
            .setParameter("after", afterId)
            .setMaxResults(max);
    if (custodianId != null) {
      q.setParameter("c", custodianId);
    }
    return windows.bind(q).getResultList().stream()
        .map(
            r ->
                new PaymentLine(
                    (Long) r[0],
                    (Long) r[1],
                    (Long) r[2],
                    (java.time.LocalDate) r[3],
                    (String) r[4],
                    (BigDecimal) r[5],
                    ((String) r[6]).strip()))
        .toList();
  }

  /** A payment's columns a report export lists, read without managing the payment. */
  public record PaymentLine(
      long id,
      long custodianId,
      long memberId,
      java.time.LocalDate receivedOn,
      String receiptNumber,
      BigDecimal amount,
      String currency) {}

  /** How many payments {@link #linesAfter} walks through. */
  public long linesCount(Long custodianId, RecordWindows windows) {
    var q =
        em.createQuery(
            "select count(p) from Payment p where "
                + windows.where("p.receivedOn", "p.recordedAt")
                + (custodianId == null ? "" : " and p.custodianId = :c"),
            Long.class);
    if (custodianId != null) {
      q.setParameter("c", custodianId);
    }
    return windows.bind(q).getSingleResult();
  }

  /** The next receipt number of a custodian and year, the counter locked until commit. */
  public long nextReceipt(long custodianId, int year) {
    if (increment(custodianId, year) == 0) {
      try {
        counters.create(custodianId, year);
      } catch (RuntimeException e) {
        // Created meanwhile by a concurrent recording.
      }
      increment(custodianId, year);
    }
    return ((Number)
            em.createNativeQuery(
                    "select last_seq from contribution_receipt_counter where custodian_id = ? and receipt_year = ?")
                .setParameter(1, custodianId)
                .setParameter(2, year)
                .getSingleResult())
        .longValue();
  }

  /**
   * Reserves {@code n} receipt numbers of a custodian and year at once; returns the first. The
   * counter stays locked until the transaction ends.
   */
  public long reserveReceipts(long custodianId, int year, int n) {
    if (add(custodianId, year, n) == 0) {
      try {
        counters.create(custodianId, year);
      } catch (RuntimeException e) {
        // Created meanwhile by a concurrent recording.
      }
      add(custodianId, year, n);
    }
    long last =
        ((Number)
                em.createNativeQuery(
                        "select last_seq from contribution_receipt_counter where custodian_id = ? and receipt_year = ?")
                    .setParameter(1, custodianId)
                    .setParameter(2, year)
                    .getSingleResult())
            .longValue();
    return last - n + 1;
  }

  /**
   * Moves the counter on by {@code n}, from the highest receipt already given if that is higher
   * (numbers given outside Spokes, or restored data, never collide).
   */
  private int add(long custodianId, int year, int n) {
    return em.createNativeQuery(
            "update contribution_receipt_counter set last_seq = greatest(last_seq, coalesce(("
                + "select max(p.receipt_seq) from contribution_payment p where p.custodian_id = ?"
                + " and p.receipt_year = ?), 0)) + ? where custodian_id = ? and receipt_year = ?")
        .setParameter(1, custodianId)
        .setParameter(2, year)
        .setParameter(3, n)
        .setParameter(4, custodianId)
        .setParameter(5, year)
        .executeUpdate();
  }

  /** An imported payment, ready to be written. */
  public record Imported(
      long id,
      long memberId,
      BigDecimal amount,
      java.time.LocalDate receivedOn,
      int fiscalYear,
      String reference,
      String note,
      long receiptSeq) {}

  private static final RowsInsert<Imported> IMPORTED =
      new RowsInsert<>(
          "insert into contribution_payment (id, custodian_id, member_id, amount, currency,"
              + " received_on, fiscal_year, method, external_reference, note, recorded_at,"
              + " recorded_by, reverses_id, receipt_year, receipt_seq, receipt_number) values",
          "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)",
          250);

  /**
   * Writes imported payments of one custodian in multi-row INSERTs of 250 (one transaction with the
   * caller's).
   */
  public void insertImported(
      long custodianId,
      String currency,
      String method,
      String code,
      int receiptYear,
      long by,
      OffsetDateTime now,
      List<Imported> rows) {
    IMPORTED.write(
        em.unwrap(java.sql.Connection.class),
        rows,
        (r, v) ->
            v.add(r.id())
                .add(custodianId)
                .add(r.memberId())
                .add(r.amount())
                .add(currency)
                .add(r.receivedOn())
                .add(r.fiscalYear())
                .add(method)
                .add(r.reference())
                .add(r.note())
                .add(now)
                .add(by)
                .add(receiptYear)
                .add(r.receiptSeq())
                .add(code + "-" + receiptYear + "-" + String.format("%06d", r.receiptSeq())),
        "imported payments");
  }

  private int increment(long custodianId, int year) {
    return add(custodianId, year, 1);
  }
}
