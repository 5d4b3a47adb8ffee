#!/usr/bin/env python3
"""Reads what SoakSimulation wrote (timings.txt and heap.txt in the given folder) and prints the soak figures
of docs/benchmarks.md; exits 1 when a criterion fails: the last minute's p95 at most 1.2x the first
minute's, no request failed, the heap after a full GC at the end within 64 MB of the one after the
first minute, and signed-in pages as fast after the burst as before it (p95 at most 1.2x, or 5 ms
when that is more: a few ms apart is noise at these figures)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gatling_figures import print_table

report = sys.argv[1]
rows = print_table(report)
p95 = lambda name: rows[name]["p95"]
minutes = sorted(n for n in rows if n.startswith("minute "))
first, last = minutes[0], minutes[-1]
failed = sum(r["failed"] for r in rows.values())
before, after = p95("signed-in before burst"), p95("signed-in after burst")
heap_lines = [l.strip() for l in open(os.path.join(report, "heap.txt")) if l.strip()]
used = [float(l.split()[-2]) for l in heap_lines]



def histogram(label):
    """Bytes per class in the histogram SoakSimulation kept at that point (empty if none)."""
    path = os.path.join(report, "histogram %s.txt" % label)
    sizes = {}
    if os.path.exists(path):
        for line in open(path):
            parts = line.split()
            if len(parts) >= 4 and parts[0].endswith(":") and parts[0][:-1].isdigit():
                sizes[parts[3]] = (int(parts[1]), int(parts[2]))
    return sizes


first_histogram, last_histogram = histogram("after the first minute"), histogram("at the end")
if first_histogram and last_histogram:
    growth = sorted(((last_histogram.get(c, (0, 0))[1] - first_histogram.get(c, (0, 0))[1],
                      last_histogram.get(c, (0, 0))[0] - first_histogram.get(c, (0, 0))[0], c)
                     for c in set(first_histogram) | set(last_histogram)), reverse=True)
    print("\nLive heap growth by class, first minute to end (top 10):")
    print("| class | instances | bytes |\n|---|---|---|")
    for grew, count, name in growth[:10]:
        print("| %s | %+d | %+d |" % (name, count, grew))
    print()

checks = [
    ("p95 %s %d ms, %s %d ms (at most 1.2x)" % (last, p95(last), first, p95(first)), p95(last) <= 1.2 * p95(first)),
    ("failed requests %d (none)" % failed, failed == 0),
    ("heap after a full GC: %s (end within 64 MB of the first minute)" % "; ".join(heap_lines),
     len(used) == 2 and used[1] - used[0] <= 64),
    ("signed-in p95 before the burst %d ms, after %d ms (at most 1.2x)" % (before, after),
     after <= max(1.2 * before, before + 5)),
]
ok = True
for text, passed in checks:
    print(("PASS " if passed else "FAIL ") + text)
    ok = ok and passed
sys.exit(0 if ok else 1)
