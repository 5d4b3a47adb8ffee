#!/usr/bin/env bash
# Standing benchmark on PostgreSQL with 100,000 members (docs/benchmarks.md, "Standing").
# Same needs as directory.sh; also loads payments-100k.sql, then runs standing.py.
source "$(dirname "$0")/bench-db.sh"
bench_sql payments-100k.sql
psql -tA -h 127.0.0.1 -U test -d bench -c "select 'payments: ' || count(*) from contribution_payment"
python3 "$repo/docs/bench/standing.py" "$base" 5
