package coop.spokes.assembly.tally;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The receipt hashes seen so far, exactly (no fingerprint that two receipts could share), kept in a
 * few large byte arrays rather than a million strings: a hexadecimal hash takes half a byte per
 * digit, any other receipt one or two bytes per character. A recount of a million ballots then
 * spends its time counting, not allocating and copying strings.
 */
final class ReceiptSet {

  /** The longest receipt accepted; a hash written in hexadecimal or Base64 is far shorter. */
  static final int MAX_LENGTH = 512;

  private static final int CHUNK_BITS = 22;
  private static final int CHUNK = 1 << CHUNK_BITS;
  private static final byte HEX = 0;
  private static final byte LATIN = 1;
  private static final byte WIDE = 2;

  private final List<byte[]> chunks = new ArrayList<>();
  private final byte[] probe = new byte[3 + 2 * MAX_LENGTH];
  private byte[] current;
  private int used;

  /** Hexadecimal digits' values by character, -1 for any other character. */
  private static final byte[] HEX_VALUE = new byte[128];

  static {
    Arrays.fill(HEX_VALUE, (byte) -1);
    for (char c = '0'; c <= '9'; c++) {
      HEX_VALUE[c] = (byte) (c - '0');
    }
    for (char c = 'a'; c <= 'f'; c++) {
      HEX_VALUE[c] = (byte) (c - 'a' + 10);
    }
  }

  // Open addressing, one long per slot: (reference + 1) in the high half (0 when empty), the
  // hash in the low half, so that a probe touches one place in memory.
  private long[] slots = new long[1 << 12];
  private int size;

  /**
   * Adds {@code length} characters of {@code receipt} from {@code offset}.
   *
   * @return false when that receipt was already there
   */
  boolean add(char[] receipt, int offset, int length) {
    int encoded = encode(receipt, offset, length);
    int hash = hash(encoded);
    int mask = slots.length - 1;
    int slot = hash & mask;
    long entry;
    while ((entry = slots[slot]) != 0) {
      if ((int) entry == hash && same((int) (entry >>> 32) - 1, encoded)) {
        return false;
      }
      slot = (slot + 1) & mask;
    }
    slots[slot] = ((long) (store(encoded) + 1) << 32) | (hash & 0xffffffffL);
    if (++size * 2 > slots.length) {
      grow();
    }
    return true;
  }

  int size() {
    return size;
  }

  /**
   * Writes the receipt into {@link #probe}: a kind byte, the length in two bytes, then the
   * characters packed as the kind allows; the same receipt always encodes the same way.
   */
  private int encode(char[] receipt, int offset, int length) {
    probe[1] = (byte) (length >>> 8);
    probe[2] = (byte) length;
    if ((length & 1) == 0) {
      int at = 3;
      int bad = 0;
      for (int i = 0; i < length; i += 2) {
        char a = receipt[offset + i];
        char b = receipt[offset + i + 1];
        int high = a < 128 ? HEX_VALUE[a] : -1;
        int low = b < 128 ? HEX_VALUE[b] : -1;
        bad |= high | low;
        probe[at++] = (byte) ((high << 4) | (low & 15));
      }
      if (bad >= 0) {
        probe[0] = HEX;
        return at;
      }
    }
    boolean latin = true;
    for (int i = 0; i < length; i++) {
      latin &= receipt[offset + i] < 256;
    }
    int at = 3;
    if (latin) {
      probe[0] = LATIN;
      for (int i = 0; i < length; i++) {
        probe[at++] = (byte) receipt[offset + i];
      }
    } else {
      probe[0] = WIDE;
      for (int i = 0; i < length; i++) {
        probe[at++] = (byte) (receipt[offset + i] >>> 8);
        probe[at++] = (byte) receipt[offset + i];
      }
    }
    return at;
  }

  /** Mixes the encoded probe eight bytes at a time. */
  private int hash(int length) {
    long h = length;
    int i = 0;
    for (; i + 8 <= length; i += 8) {
      long word =
          (probe[i] & 0xffL)
              | (probe[i + 1] & 0xffL) << 8
              | (probe[i + 2] & 0xffL) << 16
              | (probe[i + 3] & 0xffL) << 24
              | (probe[i + 4] & 0xffL) << 32
              | (probe[i + 5] & 0xffL) << 40
              | (probe[i + 6] & 0xffL) << 48
              | (probe[i + 7] & 0xffL) << 56;
      h = (h ^ word) * 0x9E3779B97F4A7C15L;
      h ^= h >>> 29;
    }
    for (; i < length; i++) {
      h = (h ^ probe[i]) * 0x9E3779B97F4A7C15L;
    }
    h ^= h >>> 32;
    return (int) h;
  }

  /** Copies the probe into a chunk; the reference is chunk number and offset. */
  private int store(int length) {
    if (current == null || used + length > CHUNK) {
      current = new byte[CHUNK];
      chunks.add(current);
      used = 0;
    }
    int ref = ((chunks.size() - 1) << CHUNK_BITS) | used;
    System.arraycopy(probe, 0, current, used, length);
    used += length;
    return ref;
  }

  private boolean same(int ref, int length) {
    byte[] chunk = chunks.get(ref >>> CHUNK_BITS);
    int at = ref & (CHUNK - 1);
    return at + length <= CHUNK && Arrays.equals(chunk, at, at + length, probe, 0, length);
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    int mask = slots.length - 1;
    for (long entry : old) {
      if (entry != 0) {
        int slot = (int) entry & mask;
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = entry;
      }
    }
  }
}
