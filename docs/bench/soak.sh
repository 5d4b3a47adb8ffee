#!/usr/bin/env bash
# Soak benchmark (docs/benchmarks.md, "Soak"): Spokes on PostgreSQL with 100,000 members and
# -Xmx512m (bench-db.sh), then Gatling's SoakSimulation (docs/bench/gatling): a warm-up minute,
# MINUTES (30) minutes at 20 requests/s, half anonymous and half signed in across four roles, the
# heap weighed after a full GC at the end of the first minute and at the end; then BURST (100,000)
# anonymous GETs from 16 clients between two one-minute probes of signed-in pages. soak_report.py
# prints the figures and checks the criteria (exit 1 when one fails).
# Needs the machine's PostgreSQL as .ci/run sets it up, and a built WAR (mvn -DskipTests package).
source "$(dirname "$0")/bench-db.sh"
out="$repo/target/bench/soak"
rm -rf "$out" && mkdir -p "$out"
(
  cd "$repo/docs/bench/gatling"
  mvn -B -q -ntp gatling:test -Dgatling.simulationClass=coop.spokes.bench.SoakSimulation \
    -Dbase="$base" -DtimingsFile="$out/timings.txt" -Dpid="$pid" -Dwarmup="${WARMUP:-60}" -Dminutes="${MINUTES:-30}" -Dburst="${BURST:-100000}" \
    -DheapFile="$out/heap.txt" || true
)
python3 "$repo/docs/bench/soak_report.py" "$out"
