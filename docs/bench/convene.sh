#!/usr/bin/env bash
# Convening benchmark (docs/benchmarks.md, "Convening"): Spokes on PostgreSQL with its default
# 512 MB heap, 100,000 members on the roll of a DRAFT assembly; convene.py presses Convene and
# times it until every notice is queued. The outbox's rows and the server's log are checked after.
source "$(dirname "$0")/bench-db.sh"
bench_sql convene.sql
psql -tA -h 127.0.0.1 -U test -d bench -c "select 'eligible on the roll: ' || count(*) from assembly_roll_entry where assembly_id = 900 and eligible"
python3 "$repo/docs/bench/convene.py" "$base"
psql -tA -h 127.0.0.1 -U test -d bench -c "select 'notices queued: ' || count(*) from platform_mail_outbox where template = 'assemblyNotice'" || true
grep -E "OutOfMemory|Exception" "$work/payara.log" | head -5 || true
