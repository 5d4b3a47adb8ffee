#!/usr/bin/env bash
# Roll benchmark (docs/benchmarks.md, "Roll at a date"): a custodian's whole roll of 100,000
# members on a date, read page by page through the statuses (membership) and standings
# (contributions) that an assembly needs. No Payara: the services run in a plain JVM over the
# database (coop.spokes.contribution.service.RollBenchmark, in the test sources).
# Needs the machine's PostgreSQL on 127.0.0.1:5432 with the role `test` (password `test`), as
# .ci/run sets up. Creates (drops first) the database $BENCH_DB (spokes_roll), migrates it, loads
# docs/bench/roll-100k.sql, then times BENCH_RUNS runs (5) after a warm-up, pages of BENCH_PAGE (5000).
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
db="${BENCH_DB:-spokes_roll}"
export PGPASSWORD=test BENCH_URL="jdbc:postgresql://127.0.0.1:5432/$db"
cd "$repo"
mvn -B -q -o -ntp test-compile
mvn -B -q -o -ntp org.apache.maven.plugins:maven-dependency-plugin:3.7.1:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-cp.txt
cp="target/test-classes:target/classes:$(cat target/bench-cp.txt)"
main="${BENCH_MAIN:-coop.spokes.contribution.service.RollBenchmark}"
su postgres -c "dropdb --if-exists $db && createdb -O test $db"
java -cp "$cp" "$main" migrate
psql -v ON_ERROR_STOP=1 -q -h 127.0.0.1 -U test -d "$db" -f docs/bench/roll-100k.sql
psql -tA -h 127.0.0.1 -U test -d "$db" -c "select 'members: ' || count(*) from membership_member"
echo "date $(date -I), commit $(git rev-parse --short HEAD), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
java -Duser.timezone=UTC -cp "$cp" "$main"
