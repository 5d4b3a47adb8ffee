#!/usr/bin/env python3
"""Prints the figures a load simulation wrote (timings.txt in the given folder): per request name,
the count, the failures, the 50th, 95th and 99th percentiles in ms and the throughput. Exits 1 when
a request failed. Importable: rows() gives the same figures to soak_report.py."""
import os, sys

def rows(folder):
    found = {}
    for line in open(os.path.join(folder, "timings.txt")):
        if line.startswith("#") or not line.strip():
            continue
        name, count, failed, p50, p95, p99, rate = line.rstrip("\n").split("\t")
        found[name] = {"count": int(count), "failed": int(failed), "p50": int(p50), "p95": int(p95),
                       "p99": int(p99), "rate": float(rate)}
    return found

def print_table(folder):
    found = rows(folder)
    print("%-26s %8s %6s %6s %6s %6s %8s" % ("requests", "count", "failed", "p50", "p95", "p99", "req/s"))
    for name in sorted(found):
        s = found[name]
        print("%-26s %8d %6d %6d %6d %6d %8.1f" % (name, s["count"], s["failed"], s["p50"], s["p95"], s["p99"], s["rate"]))
    return found

if __name__ == "__main__":
    found = print_table(sys.argv[1])
    sys.exit(0 if sum(s["failed"] for s in found.values()) == 0 else 1)
