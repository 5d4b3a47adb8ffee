#!/usr/bin/env bash
# Durability benchmark (docs/benchmarks.md, "Durability"): no acknowledged write is lost on a crash.
# For each database (DB=h2, the embedded default, and DB=postgres; both when DB is unset): starts
# Spokes with demo data, lets durability.py record payments through the manager's page, kills the
# JVM with kill -9 after KILL_AFTER (15) seconds of writing, starts Spokes again on the same data,
# and counts: every payment the client saw acknowledged must be in the database, and every payment
# written must be whole (its row with its receipt number, and the audit event naming that receipt: one transaction).
# Needs a built WAR (mvn -DskipTests package); for PostgreSQL, the machine's cluster as .ci/run sets
# it up (role test / password test; the database durability is created afresh).
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
PORT="${PORT:-8080}"
base="http://127.0.0.1:$PORT"
PAYARA_JAR="${PAYARA_JAR:-$HOME/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar}"
H2_JAR="$(ls "$HOME"/.m2/repository/com/h2database/h2/*/h2-*.jar | sort -V | tail -1)"
KILL_AFTER="${KILL_AFTER:-15}"
out="$repo/target/bench/durability"
mkdir -p "$out"
export PGPASSWORD=test

start() { # $1: database, $2: work folder; sets pid
  (
    cd "$2"
    if [ "$1" = postgres ]; then
      export SPOKES_DB_DRIVER=org.postgresql.ds.PGSimpleDataSource
      export SPOKES_DB_URL=jdbc:postgresql://127.0.0.1:5432/durability SPOKES_DB_USER=test SPOKES_DB_PASSWORD=test
    fi
    exec java -Duser.timezone=UTC -Xmx512m -Dspokes.demo.enabled=true -jar "$PAYARA_JAR" \
      --deploy "$repo/target/spokes.war" --contextroot / --nocluster --port "$PORT" >> payara.log 2>&1
  ) &
  pid=$!
  for _ in $(seq 1 240); do
    curl -fs -o /dev/null "$base/api/health" && return 0
    sleep 0.5
  done
  echo "Spokes did not start (see $2/payara.log)" >&2
  return 1
}

query() { # $1: database, $2: work folder, $3: SQL; prints one value per line
  if [ "$1" = postgres ]; then
    psql -tA -h 127.0.0.1 -U test -d durability -c "$3"
  else
    java -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:file:$2/data/spokes;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" \
      -user sa -password sa -sql "$3" | sed '1d;/^(/d;/^$/d'
  fi
}

for db in ${DB:-h2 postgres}; do
  work="$out/$db"
  rm -rf "$work" && mkdir -p "$work"
  if [ "$db" = postgres ]; then
    su postgres -c "dropdb --if-exists durability && createdb -O test durability"
  fi
  run="$(date +%s)"
  start "$db" "$work"
  python3 "$repo/docs/bench/durability.py" "$base" "$run" "$work/acked.txt" > "$work/client.txt" 2>&1 &
  client=$!
  sleep "$KILL_AFTER"
  kill -9 "$pid"
  wait "$client" || true
  start "$db" "$work"   # Spokes comes back on the same data (recovery, migrations already applied)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  sort -u "$work/acked.txt" > "$work/acked.sorted"
  query "$db" "$work" "select external_reference from contribution_payment where external_reference like 'dur-$run-%' order by 1" \
    | tr -d ' ' | sort -u > "$work/stored.sorted"
  incomplete="$(query "$db" "$work" "select count(*) from contribution_payment p where p.external_reference like 'dur-$run-%' and not exists (select 1 from audit_event e where e.action = 'payment.recorded' and e.details like '%' || p.receipt_number || '%')" | tr -d ' ')"
  lost="$(comm -23 "$work/acked.sorted" "$work/stored.sorted" | wc -l)"
  printf '%s: %s writes attempted, %d acknowledged, %d stored, %d acknowledged but lost, %s stored but incomplete\n' \
    "$db" "$(sed 's/[^0-9]//g' "$work/client.txt")" "$(wc -l < "$work/acked.sorted")" "$(wc -l < "$work/stored.sorted")" "$lost" "$incomplete"
  [ "$lost" -eq 0 ] && [ "$incomplete" = 0 ]
done
