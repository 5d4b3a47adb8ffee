package coop.spokes.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Response times by name (a page, a minute of the soak), kept by the simulations beside Gatling's
 * own report and written as plain text ({@code name count failed p50 p95 p99 mean_per_s}) for the
 * scripts that check the criteria: Gatling's HTML report is for reading, not for parsing.
 */
final class Timings {
  private final Map<String, Queue<Integer>> times = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> failed = new ConcurrentHashMap<>();
  private final Map<String, long[]> span = new ConcurrentHashMap<>();

  void record(String name, int millis, boolean ok) {
    times.computeIfAbsent(name, n -> new ConcurrentLinkedQueue<>()).add(millis);
    failed.computeIfAbsent(name, n -> new AtomicLong());
    if (!ok) {
      failed.get(name).incrementAndGet();
    }
    long now = System.currentTimeMillis();
    span.compute(
        name,
        (n, s) -> s == null ? new long[] {now, now} : new long[] {Math.min(s[0], now), now});
  }

  void write(Path file) {
    List<String> lines = new ArrayList<>();
    lines.add("# name count failed p50_ms p95_ms p99_ms per_second");
    for (var e : new TreeMap<>(times).entrySet()) {
      List<Integer> sorted = new ArrayList<>(e.getValue());
      Collections.sort(sorted);
      long[] s = span.get(e.getKey());
      double seconds = Math.max(1, (s[1] - s[0]) / 1000.0);
      lines.add(
          String.format(
              java.util.Locale.ROOT,
              "%s\t%d\t%d\t%d\t%d\t%d\t%.1f",
              e.getKey(),
              sorted.size(),
              failed.get(e.getKey()).get(),
              percentile(sorted, 50),
              percentile(sorted, 95),
              percentile(sorted, 99),
              sorted.size() / seconds));
    }
    try {
      Files.write(file, lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The nearest-rank percentile. */
  private static int percentile(List<Integer> sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }
}
