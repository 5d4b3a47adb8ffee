#!/usr/bin/env bash
# Ballots benchmark (docs/benchmarks.md, "Ballots through the vote page"): the load test
# AssemblyLoadIT on the machine's PostgreSQL (-Ppostgres), with VOTERS (1000) members who sign in,
# then, with the vote page open, all cast their ballot on one motion at the same moment as the
# page's script does (a tenth of them twice at once; VIA=form: all open the page and send its
# ballot form instead); the test checks that the published document counts one ballot per voter
# and prints how long the thousand took. Needs the machine's PostgreSQL with the
# role `test` (password `test`) and the database `test`, as .ci/run sets them up. RUNS (3) runs,
# each on a fresh deployment and a cleaned database.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$repo"
mkdir -p target/bench
echo "date $(date -I), commit $(git rev-parse --short HEAD), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
for run in $(seq 1 "${RUNS:-3}"); do
  mvn -B -ntp -o verify -Ppostgres -DskipUnitTests=true -Dit.test=AssemblyLoadIT \
    -Dfailsafe.failIfNoSpecifiedTests=false -Dspokes.load.voters="${VOTERS:-1000}" -Dspokes.load.via="${VIA:-script}" \
    > "target/bench/ballots-$run.log" 2>&1 || { tail -40 "target/bench/ballots-$run.log"; exit 1; }
  echo "run $run: $(grep -h '^\[spokes\] [0-9]* voters ' "target/bench/ballots-$run.log")"
done
