# Shared by the PostgreSQL benchmarks (sourced, not run): creates the database `bench` (the role
# `test`, password `test`, as .ci/run sets up), starts Spokes on it from target/spokes.war with demo
# data, waits until it answers, loads 100,000 members (unless BENCH_MEMBERS=0), and stops Spokes
# when the script exits. BOOT_COMMANDS: a boot command file for Payara Micro (none by default);
# SPOKES_JAVA_OPTS: more JVM options (a flight recording, say). Sets `repo`, `PORT`, `base` and
# `work` (a directory removed on exit).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PORT="${PORT:-8080}"
base="http://127.0.0.1:$PORT"
PAYARA_JAR="${PAYARA_JAR:-$HOME/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar}"
export PGPASSWORD=test
# A Spokes still stopping from an earlier run would answer the health check below.
for _ in $(seq 1 60); do
  curl -fs -o /dev/null "$base/api/health" || break
  sleep 1
done
su postgres -c "dropdb --if-exists bench && createdb -O test bench"
work="$(mktemp -d)"
boot=()
[ -z "${BOOT_COMMANDS:-}" ] || boot=(--prebootcommandfile "$BOOT_COMMANDS")
(
  cd "$work"
  SPOKES_DB_DRIVER=org.postgresql.ds.PGSimpleDataSource SPOKES_DB_URL=jdbc:postgresql://127.0.0.1:5432/bench \
  SPOKES_DB_USER=test SPOKES_DB_PASSWORD=test \
    exec java -Duser.timezone=UTC -Duser.language=en -Xmx"${SPOKES_XMX:-512m}" -Dspokes.demo.enabled=true \
    ${SPOKES_JAVA_OPTS:-} -jar "$PAYARA_JAR" \
    --deploy "$repo/target/spokes.war" --contextroot / --nocluster --port "$PORT" "${boot[@]}" > payara.log 2>&1
) &
pid=$!
mkdir -p "$repo/target/bench"
bench_stop_hooks=""
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; eval "$bench_stop_hooks"; cp "$work/payara.log" "$repo/target/bench/payara.log"; rm -rf "$work"' EXIT
# This instance says it is ready in its own log (an earlier instance still stopping can answer on
# the port), then answers three times in a row, a second apart.
ok=0
for _ in $(seq 1 240); do
  if grep -q "ready in" "$work/payara.log" 2>/dev/null && curl -fs -o /dev/null "$base/api/health"; then
    ok=$((ok + 1))
  else
    ok=0
  fi
  [ "$ok" -lt 3 ] || break
  sleep 1
done
if [ "${BENCH_MEMBERS:-100000}" != 0 ]; then
  psql -q -h 127.0.0.1 -U test -d bench -f "$repo/docs/bench/members-100k.sql"
  psql -tA -h 127.0.0.1 -U test -d bench -c "select 'members: ' || count(*) from membership_member"
fi

# Runs a SQL file of docs/bench on the bench database.
bench_sql() {
  psql -q -h 127.0.0.1 -U test -d bench -f "$repo/docs/bench/$1"
}
