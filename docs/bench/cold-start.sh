#!/usr/bin/env bash
# Cold start and memory of Spokes on Payara Micro (docs/benchmarks.md, "Cold start and memory").
#
# Starts the built WAR on Payara Micro, measures the seconds from launch until
# GET /api/health answers 200, sends REQUESTS requests to /index.xhtml, reads the JVM's RSS,
# prints both figures and stops the JVM it started. Talks to 127.0.0.1 only.
#
# Usage, from the repository root after `mvn -DskipTests package`:
#   docs/bench/cold-start.sh
# Settings (environment):
#   PAYARA_JAR   Payara Micro jar   (default: the 6.2025.10 jar in ~/.m2)
#   WAR          the WAR to deploy  (default: target/spokes.war)
#   PORT         HTTP port          (default: 8080)
#   TIMEOUT_S    give up after      (default: 300 s)
#   REQUESTS     requests before reading RSS (default: 100)
#   BENCH_DIR    working directory of the JVM. Default: a new empty directory, so the run is a
#                first start on an empty H2 demo database (migrations and demo data included).
#                Point it at a directory from an earlier run to measure a restart instead.
#   SPOKES_DB_*  exported, they switch the database (e.g. to PostgreSQL), as for Spokes itself.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PAYARA_JAR="${PAYARA_JAR:-$HOME/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar}"
WAR="${WAR:-$repo_root/target/spokes.war}"
PORT="${PORT:-8080}"
TIMEOUT_S="${TIMEOUT_S:-300}"
REQUESTS="${REQUESTS:-100}"
base="http://127.0.0.1:${PORT}"

die() { echo "cold-start: $*" >&2; exit 1; }

[[ -f "$PAYARA_JAR" ]] || die "no Payara Micro jar at $PAYARA_JAR (run mvn package payara-micro:start once, or set PAYARA_JAR)"
[[ -f "$WAR" ]] || die "no WAR at $WAR (run mvn -DskipTests package first)"
WAR="$(cd "$(dirname "$WAR")" && pwd)/$(basename "$WAR")"
if curl -s -o /dev/null --max-time 2 "$base/"; then
  die "something already answers on $base; stop it or set PORT"
fi

created_dir=""
if [[ -z "${BENCH_DIR:-}" ]]; then
  BENCH_DIR="$(mktemp -d "${TMPDIR:-/tmp}/spokes-bench.XXXXXX")"
  created_dir="$BENCH_DIR"
fi
mkdir -p "$BENCH_DIR"
log="$BENCH_DIR/payara.log"
pid=""

cleanup() {
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 300); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  if [[ -n "$created_dir" ]]; then
    rm -rf -- "$created_dir"
  fi
}
trap cleanup EXIT

cd "$BENCH_DIR"   # the H2 demo database goes to ./data relative to the JVM's working directory
start="$(date +%s.%N)"
# Started directly (not in a subshell), so $! is the JVM itself.
# Demo data is off unless asked for (as the README's run command does); SPOKES_DEMO_ENABLED=false
# measures a start without it (then SPOKES_SECRETS_KEY must be set).
java -Duser.timezone=UTC -Duser.language=en -Duser.country=US -Xmx512m \
  -Dspokes.demo.enabled="${SPOKES_DEMO_ENABLED:-true}" \
  -jar "$PAYARA_JAR" --deploy "$WAR" --contextroot / --nocluster --port "$PORT" \
  >"$log" 2>&1 &
pid=$!

ready=""
for ((i = 0; i < TIMEOUT_S * 10; i++)); do
  if ! kill -0 "$pid" 2>/dev/null; then
    tail -n 40 "$log" >&2 || true
    die "Payara Micro exited before it was ready"
  fi
  code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$base/api/health" || true)"
  if [[ "$code" == "200" ]]; then
    ready="$(date +%s.%N)"
    break
  fi
  sleep 0.1
done
[[ -n "$ready" ]] || { tail -n 40 "$log" >&2 || true; die "no 200 from /api/health within ${TIMEOUT_S} s"; }
seconds="$(awk -v a="$start" -v b="$ready" 'BEGIN { printf "%.1f", b - a }')"

failed=0
for ((i = 0; i < REQUESTS; i++)); do
  curl -fsS -o /dev/null --max-time 30 "$base/index.xhtml" || failed=$((failed + 1))
done
[[ "$failed" -eq 0 ]] || echo "cold-start: $failed of $REQUESTS requests to /index.xhtml failed" >&2

rss_kb="$(ps -o rss= -p "$pid" | tr -d ' ')"
rss_mb="$(awk -v k="$rss_kb" 'BEGIN { printf "%.0f", k / 1024 }')"

echo "date=$(date -u +%Y-%m-%d) commit=$(git -C "$repo_root" rev-parse --short HEAD 2>/dev/null || echo none)"
echo "java=$(java -version 2>&1 | head -n 1) cpus=$(nproc) load=$(cut -d ' ' -f 1-3 /proc/loadavg)"
if [[ -n "${SPOKES_DB_URL:-}" ]]; then
  echo "database=$SPOKES_DB_URL"
elif [[ -n "$created_dir" ]]; then
  echo "database=H2 demo, empty at start (first start: migrations and demo data included)"
else
  echo "database=H2 demo in $BENCH_DIR/data (restart on existing data)"
fi
echo "seconds_to_ready=$seconds"
echo "rss_mb_after_${REQUESTS}_requests=$rss_mb"
