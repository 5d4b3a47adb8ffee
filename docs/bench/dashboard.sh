#!/usr/bin/env bash
# Dashboard benchmark on PostgreSQL with 100,000 members (docs/benchmarks.md, "Dashboards").
# Same needs as directory.sh; also loads payments-100k.sql, computes each custodian's standing
# list once, then times the dashboard of the admin, a manager, the treasurer and an ops member.
source "$(dirname "$0")/bench-db.sh"
bench_sql payments-100k.sql
psql -tA -h 127.0.0.1 -U test -d bench -c "select 'payments: ' || count(*) from contribution_payment"
python3 "$repo/docs/bench/dashboard.py" "$base" prepare
# The steady state autovacuum keeps: statistics and visibility maps current after the bulk loads
# (index-only scans need the latter).
psql -q -h 127.0.0.1 -U test -d bench -c "VACUUM ANALYZE membership_member" -c "VACUUM ANALYZE contribution_standing"
python3 "$repo/docs/bench/dashboard.py" "$base" "${RUNS:-200}"
