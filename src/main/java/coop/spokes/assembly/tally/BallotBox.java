package coop.spokes.assembly.tally;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ballots of one vote, gathered one at a time so that a million of them need not be held:
 * anonymous ballots are grouped by what matters to the count, and only ballots naming a voter
 * (proxies, changed votes) are kept one by one until the count resolves them. Receipt hashes must
 * be distinct.
 */
public final class BallotBox {

  private final ReceiptSet receipts = new ReceiptSet();
  private final Map<Ballot.Shape, Group> anonymous = new LinkedHashMap<>();
  private final List<Ballot> named = new ArrayList<>();
  private final List<MergedEntry> merged = new ArrayList<>();
  private int size;

  /** A run of identical anonymous ballots, with where the first one was written. */
  static final class Group {
    final int firstIndex;
    long count;

    Group(int firstIndex) {
      this.firstIndex = firstIndex;
    }
  }

  /**
   * Adds a ballot.
   *
   * @throws InvalidTallyException when its receipt hash was seen before, or it names who cast it
   *     but not whose vote it is
   */
  public void add(Ballot ballot) {
    if (ballot.receipt() != null) {
      char[] chars = ballot.receipt().toCharArray();
      add(ballot, chars, 0, chars.length);
    } else {
      add(ballot, null, 0, 0);
    }
  }

  /**
   * Adds a ballot whose receipt is {@code length} characters of {@code receipt} from {@code offset}
   * (or null).
   */
  void add(Ballot ballot, char[] receipt, int offset, int length) {
    size++;
    if (receipt != null && length > ReceiptSet.MAX_LENGTH) {
      throw new InvalidTallyException(
          "$.ballots[" + ballot.index() + "].receipt",
          "a receipt is at most " + ReceiptSet.MAX_LENGTH + " characters");
    }
    if (receipt != null && !receipts.add(receipt, offset, length)) {
      throw new InvalidTallyException(
          "$.ballots[" + ballot.index() + "].receipt",
          "receipt " + new String(receipt, offset, length) + " appears on an earlier ballot");
    }
    if (ballot.count() < 1) {
      throw new InvalidTallyException(
          "$.ballots[" + ballot.index() + "].count", "a group must hold at least one ballot");
    }
    if (ballot.voter() == null) {
      if (ballot.castBy() != null) {
        throw new InvalidTallyException(
            "$.ballots[" + ballot.index() + "].voter",
            "a ballot cast by a proxy holder must name its voter");
      }
      Ballot.Shape shape = ballot.shape();
      Group group = anonymous.get(shape);
      if (group == null) {
        group = new Group(ballot.index());
        anonymous.put(shape, group);
      }
      group.count += ballot.count();
    } else {
      if (ballot.count() != 1) {
        throw new InvalidTallyException(
            "$.ballots[" + ballot.index() + "].count", "a ballot naming its voter is one ballot");
      }
      named.add(ballot);
    }
  }

  public void add(MergedEntry entry) {
    merged.add(entry);
  }

  /** How many ballot entries were added (a group counts once). */
  public int size() {
    return size;
  }

  Map<Ballot.Shape, Group> anonymous() {
    return anonymous;
  }

  List<Ballot> named() {
    return named;
  }

  List<MergedEntry> merged() {
    return merged;
  }

  /** How many receipts the box holds (for the published list of ballot hashes). */
  public int receiptCount() {
    return receipts.size();
  }
}
