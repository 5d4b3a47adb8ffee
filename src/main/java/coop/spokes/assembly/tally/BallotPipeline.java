package coop.spokes.assembly.tally;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Hands ballots from the parsing thread to a second thread that checks their receipts and groups
 * them into the {@link BallotBox}, in batches and in order, so that a recount uses both cores of a
 * small machine. The first invalid ballot (lowest index) is reported, as a sequential read would.
 */
final class BallotPipeline implements AutoCloseable {

  private static final int BATCH = 4096;

  /**
   * Batches in flight: enough that the parser never waits while the second thread's code is still
   * being compiled at the start (it catches up later).
   */
  private static final int IN_FLIGHT = 64;

  /** A batch of ballots with their receipts' characters side by side. */
  private static final class Batch {
    final Ballot[] ballots = new Ballot[BATCH];
    final int[] offsets = new int[BATCH];
    final int[] lengths = new int[BATCH];
    final long[] packed = new long[BATCH];
    char[] chars = new char[BATCH * 64];
    int size;
    int used;
    boolean last;
  }

  private final BallotBox box;
  private final BlockingQueue<Batch> full = new ArrayBlockingQueue<>(IN_FLIGHT + 1);
  private final BlockingQueue<Batch> empty = new ArrayBlockingQueue<>(IN_FLIGHT + 2);
  private final Thread worker;
  private volatile RuntimeException failure;
  private Batch filling = new Batch();
  private int created = 1;

  BallotPipeline(BallotBox box) {
    this.box = box;
    worker = new Thread(this::work, "tally-ballots");
    worker.setDaemon(true);
    worker.start();
  }

  void add(Ballot ballot, char[] receipt, int offset, int length, long packed) {
    Batch b = filling;
    b.packed[b.size] = packed;
    if (receipt != null) {
      if (b.used + length > b.chars.length) {
        b.chars = java.util.Arrays.copyOf(b.chars, Math.max(b.chars.length * 2, b.used + length));
      }
      System.arraycopy(receipt, offset, b.chars, b.used, length);
      b.offsets[b.size] = b.used;
      b.lengths[b.size] = length;
      b.used += length;
    } else {
      b.lengths[b.size] = -1;
    }
    b.ballots[b.size++] = ballot;
    if (b.size == BATCH) {
      hand(b);
    }
  }

  /** Waits until every ballot handed over is in the box; throws the first invalid one's error. */
  void finish() {
    filling.last = true;
    hand(filling);
    join();
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  public void close() {
    if (worker.isAlive()) {
      // The parser failed: let the worker finish what it has (an earlier ballot may be invalid
      // too, and its error comes first), then stop.
      Batch stop = filling != null ? filling : new Batch();
      stop.last = true;
      full.offer(stop);
      join();
      if (failure != null) {
        throw failure;
      }
    }
  }

  private void hand(Batch b) {
    if (failure != null) {
      throw failure;
    }
    try {
      full.put(b);
      filling = b.last ? null : nextBatch();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading ballots", e);
    }
  }

  /** A batch to fill: a used one when the second thread has given one back, else a new one. */
  private Batch nextBatch() throws InterruptedException {
    Batch b = empty.poll();
    if (b == null && created < IN_FLIGHT) {
      created++;
      return new Batch();
    }
    return b != null ? b : empty.take();
  }

  private void join() {
    try {
      worker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading ballots", e);
    }
  }

  private void work() {
    try {
      while (true) {
        Batch b = full.take();
        if (failure == null) {
          try {
            for (int i = 0; i < b.size; i++) {
              int length = b.lengths[i];
              box.add(
                  b.ballots[i],
                  length < 0 ? null : b.chars,
                  b.offsets[i],
                  Math.max(length, 0),
                  b.packed[i]);
            }
          } catch (RuntimeException e) {
            failure = e;
          }
        }
        if (b.last) {
          return;
        }
        java.util.Arrays.fill(b.ballots, 0, b.size, null);
        b.size = 0;
        b.used = 0;
        empty.put(b);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
