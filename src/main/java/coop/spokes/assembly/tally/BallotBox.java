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
  private final PackedGroups packedGroups = new PackedGroups();
  private int size;

  /** A run of identical anonymous ballots, with where the first one was written. */
  static final class Group {
    final int firstIndex;
    long count;

    Group(int firstIndex) {
      this.firstIndex = firstIndex;
    }
  }

  /** Groups keyed by a packed shape: an open-addressing table of longs, no object per key. */
  private static final class PackedGroups {
    private long[] keys = new long[1 << 8];
    private int[] slots = new int[1 << 8];
    private final List<Ballot.Shape> shapes = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();

    void add(long key, Ballot ballot) {
      int mask = keys.length - 1;
      int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
      while (slots[slot] != 0) {
        if (keys[slot] == key) {
          Group g = groups.get(slots[slot] - 1);
          g.count = BallotBox.plus(g.count, ballot.count());
          return;
        }
        slot = (slot + 1) & mask;
      }
      Group group = new Group(ballot.index());
      group.count = ballot.count();
      groups.add(group);
      shapes.add(ballot.shape());
      keys[slot] = key;
      slots[slot] = groups.size();
      if (groups.size() * 2 > keys.length) {
        grow();
      }
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldSlots = slots;
      keys = new long[oldKeys.length * 2];
      slots = new int[oldKeys.length * 2];
      int mask = keys.length - 1;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldSlots[i] != 0) {
          int slot = (int) ((oldKeys[i] * 0x9E3779B97F4A7C15L) >>> 40) & mask;
          while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
          }
          keys[slot] = oldKeys[i];
          slots[slot] = oldSlots[i];
        }
      }
    }

    void foldInto(Map<Ballot.Shape, Group> anonymous) {
      for (int i = 0; i < groups.size(); i++) {
        Group g = groups.get(i);
        Group known = anonymous.putIfAbsent(shapes.get(i), g);
        if (known != null && known != g) {
          Group both = new Group(Math.min(known.firstIndex, g.firstIndex));
          both.count = BallotBox.plus(known.count, g.count);
          anonymous.put(shapes.get(i), both);
        }
      }
      shapes.clear();
      groups.clear();
      keys = new long[1 << 8];
      slots = new int[1 << 8];
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
    add(ballot, receipt, offset, length, -1);
  }

  /**
   * Adds a ballot; {@code packed}, when not negative, is a key the reader packed from the ballot's
   * shape (one number per distinct shape within one document), so that the common ballot is grouped
   * without building a key object.
   */
  void add(Ballot ballot, char[] receipt, int offset, int length, long packed) {
    size++;
    if (receipt != null && length > ReceiptSet.MAX_LENGTH) {
      throw new InvalidTallyException(
          "$.ballots[" + ballot.index() + "].receipt",
          "assembly.tally.invalid.receiptTooLong",
          ReceiptSet.MAX_LENGTH);
    }
    if (receipt != null && !receipts.add(receipt, offset, length)) {
      throw new InvalidTallyException(
          "$.ballots[" + ballot.index() + "].receipt",
          "assembly.tally.invalid.receiptRepeated",
          new String(receipt, offset, length));
    }
    if (ballot.count() < 1) {
      throw new InvalidTallyException(
          "$.ballots[" + ballot.index() + "].count", "assembly.tally.invalid.emptyGroup");
    }
    if (ballot.voter() == null) {
      if (ballot.castBy() != null) {
        throw new InvalidTallyException(
            "$.ballots[" + ballot.index() + "].voter", "assembly.tally.invalid.castByWithoutVoter");
      }
      if (packed >= 0) {
        packedGroups.add(packed, ballot);
        return;
      }
      Ballot.Shape shape = ballot.shape();
      Group group = anonymous.get(shape);
      if (group == null) {
        group = new Group(ballot.index());
        anonymous.put(shape, group);
      }
      group.count = BallotBox.plus(group.count, ballot.count());
    } else {
      if (ballot.count() != 1) {
        throw new InvalidTallyException(
            "$.ballots[" + ballot.index() + "].count", "assembly.tally.invalid.namedBallotCount");
      }
      named.add(ballot);
    }
  }

  public void add(MergedEntry entry) {
    merged.add(entry);
  }

  /** A sum of ballot counts, refusing one too large to count. */
  static long plus(long a, long b) {
    long sum = a + b;
    if (sum < 0 || sum < a) {
      throw new InvalidTallyException("$.ballots", "assembly.tally.invalid.tooManyBallots");
    }
    return sum;
  }

  /** How many ballot entries were added (a group counts once). */
  public int size() {
    return size;
  }

  /** The anonymous ballots grouped by shape (packed groups folded in). */
  Map<Ballot.Shape, Group> anonymous() {
    packedGroups.foldInto(anonymous);
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
