#!/usr/bin/env bash
# Capacity benchmark (docs/benchmarks.md, "Capacity"): Spokes on PostgreSQL with 100,000 members
# and -Xmx512m (bench-db.sh), then Gatling's CapacitySimulation (docs/bench/gatling): USERS (200)
# people signed in at once browsing the directory, the standing list, their contributions and their
# week, 1-5 s between pages, for MINUTES (5) minutes once all have signed in. Prints the report's
# figures per page. Needs the machine's PostgreSQL as .ci/run sets it up, and a built WAR.
source "$(dirname "$0")/bench-db.sh"
out="$repo/target/bench/capacity"
rm -rf "$out" && mkdir -p "$out"
(
  cd "$repo/docs/bench/gatling"
  mvn -B -q -ntp gatling:test -Dgatling.simulationClass=coop.spokes.bench.CapacitySimulation \
    -Dbase="$base" -DtimingsFile="$out/timings.txt" -Dusers="${USERS:-200}" -Dminutes="${MINUTES:-5}" || true
)
python3 "$repo/docs/bench/gatling_figures.py" "$out"
