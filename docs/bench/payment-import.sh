#!/usr/bin/env bash
# Payment import benchmark on PostgreSQL (docs/benchmarks.md, "Payment import"). Same needs as
# directory.sh; also loads payments-100k.sql, then runs payment_import.py three times (50,000
# lines each).
source "$(dirname "$0")/bench-db.sh"
bench_sql payments-100k.sql
for _ in 1 2 3; do
  python3 "$repo/docs/bench/payment_import.py" "$base" 50000
done
