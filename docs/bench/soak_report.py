#!/usr/bin/env python3
"""Reads a SoakSimulation run (its Gatling report's js/stats.json and heap.txt) and prints the soak
figures of docs/benchmarks.md; exits 1 when a criterion fails: the last minute's p95 at most 1.2x
the first minute's, no request failed, the heap at the end within 64 MB of the one after the first
minute, and signed-in pages as fast after the burst as before it (p95 at most 1.2x)."""
import glob, json, os, sys

out = sys.argv[1]
stats_files = glob.glob(os.path.join(out, "*", "js", "stats.json"))
if not stats_files:
    sys.exit("no Gatling report under " + out)
root = json.load(open(sorted(stats_files)[-1]))

rows = {}
def walk(node):
    stats = node.get("stats", {})
    if node.get("type") == "REQUEST" or "name" in stats:
        rows[stats.get("name", node.get("name"))] = stats
    for child in node.get("contents", {}).values():
        walk(child)
walk(root)
total = root["stats"]

def fig(name, key):
    return rows[name][key]["total"]

print("%-24s %8s %6s %6s %6s %6s %8s" % ("requests", "count", "KO", "p50", "p95", "p99", "req/s"))
for name in sorted(rows):
    s = rows[name]
    print("%-24s %8d %6d %6s %6s %6s %8s" % (name, s["numberOfRequests"]["total"], s["numberOfRequests"]["ko"],
          s["percentiles1"]["total"], s["percentiles3"]["total"], s["percentiles4"]["total"],
          s["meanNumberOfRequestsPerSecond"]["total"]))

minutes = sorted(n for n in rows if n.startswith("minute "))
first, last = minutes[0], minutes[-1]
failed = total["numberOfRequests"]["ko"]
p95_first, p95_last = fig(first, "percentiles3"), fig(last, "percentiles3")
before, after = fig("signed-in before burst", "percentiles3"), fig("signed-in after burst", "percentiles3")
heap_lines = [l.strip() for l in open(os.path.join(out, "heap.txt"))]
used = [float(l.split()[-2]) for l in heap_lines]

checks = [
    ("p95 %s %d ms, %s %d ms (<= 1.2x)" % (last, p95_last, first, p95_first), p95_last <= 1.2 * p95_first),
    ("failed requests %d (= 0)" % failed, failed == 0),
    ("heap after full GC: %s (end within 64 MB of first minute)" % "; ".join(heap_lines),
     len(used) == 2 and used[1] - used[0] <= 64),
    ("signed-in p95 before burst %d ms, after %d ms (<= 1.2x)" % (before, after), after <= max(1.2 * before, before + 5)),
]
ok = True
for text, passed in checks:
    print(("PASS " if passed else "FAIL ") + text)
    ok = ok and passed
sys.exit(0 if ok else 1)
