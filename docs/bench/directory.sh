#!/usr/bin/env bash
# Directory benchmark on PostgreSQL with 100,000 members (docs/benchmarks.md, "Member directory").
# Needs the machine's PostgreSQL on 127.0.0.1:5432 with the role `test` (password `test`), as
# .ci/run sets up, and a built WAR (mvn -DskipTests package). bench-db.sh creates the database
# `bench`, starts Spokes on it and loads the members; then directory.py runs.
source "$(dirname "$0")/bench-db.sh"
python3 "$repo/docs/bench/directory.py" "$base" manager.es@spokes.example 1 200
