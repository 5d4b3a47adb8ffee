#!/usr/bin/env bash
# Payment import benchmark on PostgreSQL (docs/benchmarks.md, "Payment import").
# Needs the machine's PostgreSQL on 127.0.0.1:5432 with the role `test` (password `test`), as
# .ci/run sets up, and a built WAR (mvn -DskipTests package). Creates the database `bench`,
# starts Spokes on it (demo data on), loads members-100k.sql and payments-100k.sql, runs
# payment_import.py three times (50,000 lines each), stops.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
PORT="${PORT:-8080}"
PAYARA_JAR="${PAYARA_JAR:-$HOME/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar}"
export PGPASSWORD=test
su postgres -c "dropdb --if-exists bench && createdb -O test bench"
work="$(mktemp -d)"
cd "$work"
SPOKES_DB_DRIVER=org.postgresql.ds.PGSimpleDataSource SPOKES_DB_URL=jdbc:postgresql://127.0.0.1:5432/bench \
SPOKES_DB_USER=test SPOKES_DB_PASSWORD=test \
  java -Duser.timezone=UTC -Duser.language=en -Xmx512m -jar "$PAYARA_JAR" --deploy "$repo/target/spokes.war" \
  --contextroot / --nocluster --port "$PORT" > payara.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; cp "$work/payara.log" /tmp/bench-payara.log; rm -rf "$work"' EXIT
for _ in $(seq 1 240); do
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/api/health" && break
  sleep 0.5
done
psql -q -h 127.0.0.1 -U test -d bench -f "$repo/docs/bench/members-100k.sql"
psql -tA -h 127.0.0.1 -U test -d bench -c "select 'members: ' || count(*) from membership_member"
psql -q -h 127.0.0.1 -U test -d bench -f "$repo/docs/bench/payments-100k.sql"
psql -tA -h 127.0.0.1 -U test -d bench -c "select 'payments: ' || count(*) from contribution_payment"
for n in 1 2 3; do python3 "$repo/docs/bench/payment_import.py" "http://127.0.0.1:$PORT" 50000; done
