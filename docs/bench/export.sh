#!/usr/bin/env bash
# Report export benchmark on PostgreSQL (docs/benchmarks.md, "Report exports"): Spokes with a
# 256 MB heap, 100,000 members, ~100,000 payments and 20,000 expenses of 2026; export.py times the
# year's consolidated PDF and CSV exports three times each.
export SPOKES_XMX=256m
source "$(dirname "$0")/bench-db.sh"
bench_sql payments-100k.sql
bench_sql export-year.sql
psql -tA -h 127.0.0.1 -U test -d bench -c "select 'payments of 2026: ' || count(*) from contribution_payment where received_on between '2026-01-01' and '2026-12-31'"
psql -tA -h 127.0.0.1 -U test -d bench -c "select 'expenses of 2026: ' || count(*) from transparency_expense where spent_on between '2026-01-01' and '2026-12-31'"
for _ in 1 2 3; do
  python3 "$repo/docs/bench/export.py" "$base" PDF
  python3 "$repo/docs/bench/export.py" "$base" CSV
done
grep -E "report export [0-9]+ made in|OutOfMemory" "$work/payara.log" || true
