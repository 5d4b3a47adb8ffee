#!/usr/bin/env bash
# Recount benchmark (docs/benchmarks.md): times `java -jar target/spokes-cli.jar recount FILE`,
# JVM start included, on a generated document of BALLOTS separate ballots.
#
#   mvn -q package -DskipTests        # builds target/spokes-cli.jar
#   docs/bench/recount.sh [BALLOTS] [RUNS]
#
# The document is written once to target/bench/tally-BALLOTS.json by docs/bench/tally-document.py
# (fixed seed: the same document every time). Each run's wall time is printed, then the median.
set -euo pipefail
cd "$(dirname "$0")/../.."
ballots=${1:-1000000}
runs=${2:-9}
doc=target/bench/tally-$ballots.json
mkdir -p target/bench
if [[ ! -s $doc ]]; then
  python3 docs/bench/tally-document.py "$ballots" > "$doc"
fi
echo "document: $doc ($(du -h "$doc" | cut -f1)), $(nproc) cores, $(java -version 2>&1 | head -1)"
# One untimed run so that the document is in the page cache, as it is when anyone recounts twice.
java -jar target/spokes-cli.jar recount "$doc" > /dev/null
times=()
for ((i = 1; i <= runs; i++)); do
  start=$(date +%s%N)
  java -jar target/spokes-cli.jar recount "$doc" > /dev/null
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  echo "run $i: $ms ms"
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "median: ${sorted[$((runs / 2))]} ms, best: ${sorted[0]} ms, worst: ${sorted[$((runs - 1))]} ms"
