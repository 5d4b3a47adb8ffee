#!/usr/bin/env bash
# Ballot store benchmark (docs/benchmarks.md, "Ballots through the vote page", the database's part):
# BENCH_VOTERS (20000) voters on one open motion cast from BENCH_THREADS (8) threads at once, each
# cast one transaction as the voting service writes it (roll entry locked, participation and
# ballot inserted, caster marked present); BENCH_RUNS (5) runs after a warm-up, each on a new
# motion. No Payara: coop.spokes.assembly.infra.BallotStoreBenchmark in the test sources, over
# EclipseLink. Needs the machine's PostgreSQL on 127.0.0.1:5432 with the role `test` (password
# `test`), as .ci/run sets up; creates (drops first) the database $BENCH_DB (spokes_ballots).
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
db="${BENCH_DB:-spokes_ballots}"
export PGPASSWORD=test BENCH_URL="jdbc:postgresql://127.0.0.1:5432/$db"
cd "$repo"
mvn -B -q -o -ntp test-compile
mvn -B -q -o -ntp org.apache.maven.plugins:maven-dependency-plugin:3.7.1:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-cp.txt
cp="target/test-classes:target/classes:$(cat target/bench-cp.txt)"
su postgres -c "dropdb --if-exists $db && createdb -O test $db"
java -cp "$cp" coop.spokes.assembly.infra.BallotStoreBenchmark migrate
echo "date $(date -I), commit $(git rev-parse --short HEAD), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
java -Duser.timezone=UTC -cp "$cp" coop.spokes.assembly.infra.BallotStoreBenchmark
