#!/usr/bin/env bash
# Cast-rate benchmark (docs/benchmarks.md, "Ballots through the vote page", "At a steady pace"):
# Spokes from target/spokes.war (build it first: mvn package -DskipTests) with its shipped
# boot commands on a new PostgreSQL database `bench` with the demo data (the role `test`,
# password `test`, as .ci/run sets up), every receipt mail delivered to GreenMail on port 3025
# (docs/bench/SmtpSink.java, on the same cores), then docs/bench/cast_rate.py with CLIENTS (9)
# client processes, WARMUP (60) seconds unmeasured and SECONDS_MEASURED (60) measured, once per
# MODES ("script form": as the vote page's script, then as its form without script).
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
[ -s "$repo/target/test-classpath.txt" ] || mvn -B -q -ntp -f "$repo/pom.xml" dependency:build-classpath \
  -Dmdep.outputFile="$repo/target/test-classpath.txt" -Dmdep.includeScope=test
if [ "${SINK:-1}" = 1 ]; then
  java -cp "$(cat "$repo/target/test-classpath.txt")" "$repo/docs/bench/SmtpSink.java" 3025 > /tmp/spokes-smtp-sink.log 2>&1 &
  sink=$!
else
  sink=""  # SINK=0: no SMTP server, every receipt mail fails to send and waits to be retried
fi
BOOT_COMMANDS="$repo/src/main/payara/boot-commands.txt" BENCH_MEMBERS=0 source "$repo/docs/bench/bench-db.sh"
bench_stop_hooks='[ -z "$sink" ] || { kill $sink; wait $sink 2>/dev/null || true; grep -hs "smtp sink:" /tmp/spokes-smtp-sink.log || true; }'
echo "date $(date -I), commit $(git -C "$repo" rev-parse --short HEAD), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1), PostgreSQL $(psql -V | awk '{print $3}')"
for mode in ${MODES:-script form}; do
  python3 "$repo/docs/bench/cast_rate.py" "$base" "${CLIENTS:-9}" "${SECONDS_MEASURED:-60}" "${WARMUP:-60}" "$mode"
done
