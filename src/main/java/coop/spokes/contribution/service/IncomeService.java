package coop.spokes.contribution.service;

import coop.spokes.contribution.infra.PaymentRepository;
import coop.spokes.contribution.infra.PaymentRepository.MemberIncome;
import coop.spokes.membership.service.MemberFacts;
import coop.spokes.membership.service.MemberFactsService;
import coop.spokes.platform.persistence.KeysetPage;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.time.RecordWindow;
import coop.spokes.platform.time.RecordWindows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Income for the transparency reports: the payments of a window summed per custodian, membership
 * class and currency, with the number of members behind each sum. The class is the member's class
 * now (membership keeps no history of classes). Sums are made in the database a page of members at
 * a time, so memory stays flat however many payments the window holds.
 */
@ApplicationScoped
@Transactional
public class IncomeService {
  /** Members summed per round trip. */
  static final int PAGE = 2000;

  @Inject Access access;
  @Inject PaymentRepository payments;
  @Inject MemberFactsService members;

  /**
   * The payments of {@code window} (received on its days, recorded in its instants) of custodian
   * {@code custodianId} (every custodian when null), summed per custodian, class and currency,
   * sorted so. Internal: only services call it.
   */
  public List<IncomeSum> incomeInternal(Long custodianId, RecordWindow window) {
    access.permitInternal();
    return incomeInternal(custodianId, RecordWindows.of(window));
  }

  /**
   * {@link #incomeInternal(Long, RecordWindow)} of the payments of any of {@code windows}: a
   * contributor counts once per cell however many of the windows they paid in. Internal.
   */
  public List<IncomeSum> incomeInternal(Long custodianId, RecordWindows window) {
    access.permitInternal();
    Map<String, IncomeSum> cells = new TreeMap<>();
    long after = Long.MIN_VALUE;
    while (true) {
      List<MemberIncome> page = payments.incomeByMember(custodianId, window, after, PAGE);
      List<MemberIncome> whole = wholeMembers(page);
      Map<Long, MemberFacts> facts =
          members.byIdsInternal(whole.stream().map(MemberIncome::memberId).distinct().toList());
      for (MemberIncome m : whole) {
        MemberFacts f = facts.get(m.memberId());
        String memberClass = f == null ? "UNKNOWN" : f.memberClass();
        cells.merge(
            m.custodianId() + "|" + memberClass + "|" + m.currency(),
            new IncomeSum(
                m.custodianId(),
                memberClass,
                m.currency(),
                m.amount(),
                m.amount().signum() > 0 ? 1 : 0),
            (a, b) ->
                new IncomeSum(
                    a.custodianId(),
                    a.memberClass(),
                    a.currency(),
                    a.amount().add(b.amount()),
                    a.contributors() + b.contributors()));
      }
      if (page.size() < PAGE) {
        return new ArrayList<>(cells.values());
      }
      after = whole.get(whole.size() - 1).memberId();
    }
  }

  /**
   * The members behind one cell of {@link #incomeInternal}: those of class {@code memberClass} who
   * paid through custodian {@code custodianId} in any of {@code windows}, each with their sum per
   * currency, by member, up to {@code max} members after member {@code afterMember}. its next key
   * is where the next page starts (null: none). Internal.
   */
  public KeysetPage<Contributor> contributorsInternal(
      long custodianId, String memberClass, RecordWindows windows, long afterMember, int max) {
    access.permitInternal();
    List<Contributor> rows = new ArrayList<>();
    long after = afterMember;
    while (true) {
      List<MemberIncome> page = payments.incomeByMember(custodianId, windows, after, PAGE);
      List<MemberIncome> whole = wholeMembers(page);
      Map<Long, MemberFacts> facts =
          members.byIdsInternal(whole.stream().map(MemberIncome::memberId).distinct().toList());
      for (MemberIncome m : whole) {
        MemberFacts f = facts.get(m.memberId());
        String cls = f == null ? "UNKNOWN" : f.memberClass();
        if (!cls.equals(memberClass)) {
          continue;
        }
        long last = rows.isEmpty() ? Long.MIN_VALUE : rows.get(rows.size() - 1).memberId();
        if (rows.size() >= max && last != m.memberId()) {
          return new KeysetPage<>(rows, last);
        }
        rows.add(
            new Contributor(
                m.memberId(),
                f == null ? null : f.memberNumber(),
                f == null ? null : f.displayName(),
                m.currency(),
                m.amount()));
      }
      if (page.size() < PAGE) {
        return new KeysetPage<>(rows, null);
      }
      after = whole.get(whole.size() - 1).memberId();
    }
  }

  /**
   * Hands over every payment of any of {@code windows} of custodian {@code custodianId} (every
   * custodian when null) with its member's class, a batch at a time in id order, for the report
   * exports. Internal.
   */
  public void forEachPaymentInternal(
      Long custodianId, RecordWindows windows, java.util.function.Consumer<PaymentLine> each) {
    access.permitInternal();
    long after = Long.MIN_VALUE;
    while (true) {
      List<PaymentRepository.PaymentLine> batch =
          payments.linesAfter(custodianId, windows, after, PAGE);
      Map<Long, MemberFacts> facts =
          members.byIdsInternal(
              batch.stream().map(PaymentRepository.PaymentLine::memberId).distinct().toList());
      for (var p : batch) {
        MemberFacts f = facts.get(p.memberId());
        each.accept(
            new PaymentLine(
                p.receivedOn(),
                p.custodianId(),
                f == null ? "UNKNOWN" : f.memberClass(),
                f == null ? null : f.memberNumber(),
                p.receiptNumber(),
                p.amount(),
                p.currency()));
      }
      if (batch.size() < PAGE) {
        return;
      }
      after = batch.get(batch.size() - 1).id();
    }
  }

  /** How many payments {@link #forEachPaymentInternal} hands over. Internal. */
  public long paymentCountInternal(Long custodianId, RecordWindows windows) {
    access.permitInternal();
    return payments.linesCount(custodianId, windows);
  }

  /** A payment as a report's export lists it (a reversal has a negative amount). */
  public record PaymentLine(
      java.time.LocalDate day,
      long custodianId,
      String memberClass,
      String memberNumber,
      String receiptNumber,
      BigDecimal amount,
      String currency) {}

  /** A member's payments summed in one currency. */
  public record Contributor(
      long memberId, String memberNumber, String displayName, String currency, BigDecimal amount)
      implements java.io.Serializable {}

  /**
   * A full page without the rows of its last member, which may go on in the next page (a page that
   * is not full is whole).
   */
  static List<MemberIncome> wholeMembers(List<MemberIncome> page) {
    if (page.size() < PAGE) {
      return page;
    }
    long last = page.get(page.size() - 1).memberId();
    List<MemberIncome> whole = page.stream().filter(m -> m.memberId() != last).toList();
    if (whole.isEmpty()) {
      throw new IllegalStateException("member " + last + " has more than " + PAGE + " sums");
    }
    return whole;
  }
}
